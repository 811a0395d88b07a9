# KR829 url_password: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

DATABASE_URL = "postgresql://app:" "Xk29CRES9yB2nY@db.internal:5432/app"  # want: KR829(high/medium)
settings.database_url = "postgresql://app:" "Xk29CRES9yB2nY@db.internal:5432/app"  # want: KR829
CONFIG = {"service": "x", "credential": "postgresql://app:" "Xk29CRES9yB2nY@db.internal:5432/app"}  # want: KR829
client = connect(endpoint, credential="postgresql://app:" "Xk29CRES9yB2nY@db.internal:5432/app")  # want: KR829


def connect_default(credential="postgresql://app:" "Xk29CRES9yB2nY@db.internal:5432/app"):  # want: KR829
    return credential


line = f"{name}: " "postgresql://app:" "Xk29CRES9yB2nY@db.internal:5432/app"  # want: KR829
if credential == "postgresql://app:" "Xk29CRES9yB2nY@db.internal:5432/app":  # want: KR829
    pass
stored = os.environ.get("CREDENTIAL", "postgresql://app:" "Xk29CRES9yB2nY@db.internal:5432/app")  # want: KR829


def documented():
    "Call it with " "postgresql://app:" "Xk29CRES9yB2nY@db.internal:5432/app"  # prose: not looked at for this rule

# Negatives: environment lookups, placeholders, documentation examples.
DATABASE_URL = os.environ["DATABASE_URL"]
DATABASE_URL = os.getenv("DATABASE_URL")
DATABASE_URL = os.environ.get("DATABASE_URL", "")
DATABASE_URL = "<your-credential>"
DATABASE_URL = "${DATABASE_URL}"
DATABASE_URL = "postgresql://app:" "xxxxxxxxxxxxxx@xx.xxxxxxxx:xxxx/xxx"  # the shape, with x for every character
