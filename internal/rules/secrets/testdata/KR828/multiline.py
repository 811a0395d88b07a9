# A key spread over lines, as code usually holds one; and an encrypted one.
KEY = (  # want+1: KR828(high/high)
    "-----BEGIN RSA "
    "PRIVATE KEY-----\n"
    "MIIEowWu4bX8OHc5wMcLQxlL5TrucMrG+u3UW0W5ALSjf1CUWz54LQwwqajrqmdi\n"
    "fSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\n"
    "XnQXgPh+UjXNa9SalG7xNjtaATVWoYjxidfx9qv/Uheq+RrvNkkRypc2JygU4hs7cbBeh6\n"
    "-----END RSA PRIVATE KEY-----\n"
)
ENCRYPTED = (  # want+1: KR828(medium/high)
    b"-----BEGIN ENCRYPTED "
    b"PRIVATE KEY-----\n"
    b"fSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\n"
    b"XnQXgPh+UjXNa9SalG7xNjtaATVWoYjxidfx9qv/Uheq+RrvNkkRypc2JygU4hs7cbBeh6\n"
    b"-----END ENCRYPTED PRIVATE KEY-----\n"
)
PUBLIC = "-----BEGIN PUBLIC KEY-----\nfSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\n-----END PUBLIC KEY-----"
