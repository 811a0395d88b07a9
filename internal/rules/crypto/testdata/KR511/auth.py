import jwt
from jose import jwt as jose_jwt

NO_VERIFY = {"verify_signature": False}
ALGS = ["HS256", "none"]


def claims_unverified(token):
    return jwt.decode(token, options={"verify_signature": False})  # want: KR511(high/high)


def claims_named_options(token, key):
    return jwt.decode(token, key, algorithms=["HS256"], options=NO_VERIFY)  # want: KR511


def claims_pyjwt1(token, key):
    return jwt.decode(token, key, verify=False)  # want: KR511


def claims_none(token, key):
    a = jwt.decode(token, key, algorithms=["HS256", "none"])  # want: KR511
    b = jose_jwt.decode(token, key, algorithms=ALGS)  # want: KR511
    return a, b


def issue(claims):
    return jwt.encode(claims, None, algorithm="none")  # want: KR511


# Fine: verified decodes, unverified headers, other decode functions.


def verified(token, key):
    a = jwt.decode(token, key, algorithms=["HS256"], audience="api")
    b = jwt.decode(token, key, algorithms=["RS256"], options={"verify_signature": True, "verify_exp": False})
    c = jwt.decode(token, key, algorithms=["HS256"], options={"verify_aud": False})
    return a, b, c


def header_first(token):
    header = jwt.get_unverified_header(token)
    return header["kid"]


def issue_signed(claims, key):
    return jwt.encode(claims, key, algorithm="HS256")


def other(data):
    import base64

    return base64.b64decode(data).decode("utf-8", errors="none")
