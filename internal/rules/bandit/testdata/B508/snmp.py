from pysnmp.hlapi import CommunityData, UsmUserData

a = CommunityData("public", mpModel=0)  # want: B508(medium/high)
b = CommunityData("public", mpModel=1)  # want: B508
c = CommunityData("public", mpModel=2)
d = CommunityData("public")
