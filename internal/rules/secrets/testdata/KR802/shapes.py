# KR802 aws_secret_access_key: 40 base64 characters are a secret key where
# the name says so, or next to an access key id. Split in two literals so
# that this file holds no key that other scanners would flag.
import os

import boto3

aws_secret_access_key = "KRAITFAKEDXtikECWjrG" "b9RP7ttLyGaVgyW4wAB4"  # want: KR802(high/medium)
AWS_SECRET_KEY = "KRAITFAKEDXtikECWjrG" "b9RP7ttLyGaVgyW4wAB4"  # want: KR802
settings.aws_secret_access_key = "KRAITFAKEDXtikECWjrG" "b9RP7ttLyGaVgyW4wAB4"  # want: KR802
CREDENTIALS = {"aws_secret_access_key": "KRAITFAKEDXtikECWjrG" "b9RP7ttLyGaVgyW4wAB4"}  # want: KR802
s3 = boto3.client("s3", aws_secret_access_key="KRAITFAKEDXtikECWjrG" "b9RP7ttLyGaVgyW4wAB4")  # want: KR802


def session(aws_secret_access_key="KRAITFAKEDXtikECWjrG" "b9RP7ttLyGaVgyW4wAB4"):  # want: KR802
    return aws_secret_access_key


line = f"{profile}:" "KRAITFAKEDXtikECWjrG" "b9RP7ttLyGaVgyW4wAB4"  # not bound to a name: not reported
stored = os.environ.get("AWS_SECRET_ACCESS_KEY", "KRAITFAKEDXtikECWjrG" "b9RP7ttLyGaVgyW4wAB4")  # want: KR802

# Next to an access key id: in the same call or dict.
s3 = boto3.client("s3", "AKIA" "KRAITFAKESAKWPFY", "KRAITFAKEDXtikECWjrG" "b9RP7ttLyGaVgyW4wAB4")  # want-0: KR801 KR802
pair = {"id": "AKIA" "KRAITFAKESAKWPFY", "key": "KRAITFAKEDXtikECWjrG" "b9RP7ttLyGaVgyW4wAB4"}  # want: KR801 KR802

# Negatives.
aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
aws_secret_access_key = os.getenv("AWS_SECRET_ACCESS_KEY")
aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"  # AWS's documentation example key: not reported
aws_secret_access_key = "<your-secret-access-key>"
aws_secret_access_key = "0123456789012345678901234567890123456789"
commit = "KRAITFAKEDXtikECWjrG" "b9RP7ttLyGaVgyW4wAB4"  # 40 characters, but nothing says they are a key
