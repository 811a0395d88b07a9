# KR810 gcp_service_account_key: a private key in a service-account dict.
# Split so that this file holds no key block that other scanners would flag.
credentials = {
    "type": "service_account",
    "project_id": "krait",
    "private_key_id": "0123",
    "private_key": "-----BEGIN " "PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCroKncrxRRZFQrE0Hl7wuZIj892n77Ojg\n4M4/X/NTpiCMR216aoSAIqnDofpFxu7VNpQ7fayEewPj9XZGtaJKWD034Qdm/+Hg\n-----END PRIVATE KEY-----\n",  # want: KR810(high/high)
    "client_email": "app@krait.iam.gserviceaccount.com",
}
by_email = {
    "client_email": "app@krait.iam.gserviceaccount.com",
    "private_key": "-----BEGIN " "PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCroKncrxRRZFQrE0Hl7wuZIj892n77Ojg\n4M4/X/NTpiCMR216aoSAIqnDofpFxu7VNpQ7fayEewPj9XZGtaJKWD034Qdm/+Hg\n-----END PRIVATE KEY-----\n",  # want: KR810
}
other = {"private_key": "-----BEGIN " "PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCroKncrxRRZFQrE0Hl7wuZIj892n77Ojg\n4M4/X/NTpiCMR216aoSAIqnDofpFxu7VNpQ7fayEewPj9XZGtaJKWD034Qdm/+Hg\n-----END PRIVATE KEY-----\n"}  # want: KR828
