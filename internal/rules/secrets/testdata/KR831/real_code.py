# KR831 generic_secret: false alarms found on real code (the packages of a
# Python installation: botocore, cfn-lint, pygments, moto, typeshed) and
# kept as negatives, then the positives next to them that must stay.
from typing import Final

# Values that read as words: identifiers, type paths, phrases with digits.
PROVIDERS = {"s3_disable_express_session_auth": ("s3_disable_express_session_auth", "AWS_S3_DISABLE_EXPRESS_SESSION_AUTH", False)}
AWS_S3_DISABLE_EXPRESS_SESSION_AUTH = "AWS::S3::DisableExpressSessionAuth"
password_properties = ["CrossRealmTrustPrincipalPassword", "KdcAdminPassword", "ADDomainJoinPassword"]
token_variants = ["+i6t-not-inline", "+i6t-inline", "+i6t-use-option"]
AUTH_MECHANISM = "SASL_SCRAM_512_AUTH"
LocalConsolePassword = "PassWordMustBeAtLeast6Chars."
# Names that are types, not values.
SCHEMAS = {"AWS::ApiGateway::ApiKey": "d7210dff076ce2ef", "AWS::SecretsManager::Secret": "87b0b125ec1d7da0"}
# Regular expressions.
TOKEN: Final = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,}"
tokens = {"token": r"(?<=[a-z])\w+(?=\()", "token-sym-brackets": r"(?P<delim>[\[\](){}<>])"}
# Tokens an API hands out, which are not credentials: idempotency and
# pagination tokens, verification values; UUIDs bound to a token.
update_token = "5bc8fbbc-bde5-c099-4164-d8399f767c45"
REQUEST = {"ClientRequestToken": "d76d4330-f144-6bea-b0c1-1fdecb91ce37", "NextContinuationToken": "aF1kxJgLuNRUSochqZoBrSGetZz2oV728Vodgwu3zgnWu8AE5xdcZA=="}
RESPONSE = {"VerificationToken": "7n8aUDm+8H7CNH8GbtCPXcdRJEfjQEMAAmtuVFWUoGU=", "PurchaseToken": "eyJ2IjoiMSIsInMiOjEsImMiOi0xfQ=="}
session_token = "87b0b125ec1d7da0a6eb8c9ebd69fe29"
# Dates.
USER = {"PasswordLastUsed": "2016-09-08T21:47:36Z"}

# Positives of the same shapes: a UUID or a hex value is a secret where
# the name says password, secret or key.
db_password = "5bc8fbbc-bde5-c099-4164-d8399f767c45"  # want: KR831
API_KEY = "87b0b125ec1d7da0a6eb8c9ebd69fe29"  # want: KR831
CLIENT = {"client_secret": "aF1kxJgLuNRUSochqZoBrSGetZz2oV728Vodgwu3zgnWu8AE5xdcZA=="}  # want: KR831(medium/medium)
access_token = "7n8aUDm+8H7CNH8GbtCPXcdRJEfjQEMAAmtuVFWUoGU="  # want: KR831
