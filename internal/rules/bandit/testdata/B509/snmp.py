from pysnmp.hlapi import UsmUserData

insecure = UsmUserData("securityName")  # want: B509(medium/high)
auth_no_priv = UsmUserData("securityName", "authName")  # want: B509
less_insecure = UsmUserData("securityName", "authName", "privName")
