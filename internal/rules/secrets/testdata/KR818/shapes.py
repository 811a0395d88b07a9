# KR818 pypi_upload_token: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

TWINE_PASSWORD = "pypi-" "AgEIcHlwaS5vcmcKRAITFAKEIQzhiTapSOIgd5OM4QEbhdNBqn5xW8oBCBbwWmvVp-gajHo27v0sxBeMXxqP_"  # want: KR818(high/high)
settings.twine_password = "pypi-" "AgEIcHlwaS5vcmcKRAITFAKEIQzhiTapSOIgd5OM4QEbhdNBqn5xW8oBCBbwWmvVp-gajHo27v0sxBeMXxqP_"  # want: KR818
CONFIG = {"service": "x", "credential": "pypi-" "AgEIcHlwaS5vcmcKRAITFAKEIQzhiTapSOIgd5OM4QEbhdNBqn5xW8oBCBbwWmvVp-gajHo27v0sxBeMXxqP_"}  # want: KR818
client = connect(endpoint, credential="pypi-" "AgEIcHlwaS5vcmcKRAITFAKEIQzhiTapSOIgd5OM4QEbhdNBqn5xW8oBCBbwWmvVp-gajHo27v0sxBeMXxqP_")  # want: KR818


def connect_default(credential="pypi-" "AgEIcHlwaS5vcmcKRAITFAKEIQzhiTapSOIgd5OM4QEbhdNBqn5xW8oBCBbwWmvVp-gajHo27v0sxBeMXxqP_"):  # want: KR818
    return credential


line = f"{name}: " "pypi-" "AgEIcHlwaS5vcmcKRAITFAKEIQzhiTapSOIgd5OM4QEbhdNBqn5xW8oBCBbwWmvVp-gajHo27v0sxBeMXxqP_"  # want: KR818
if credential == "pypi-" "AgEIcHlwaS5vcmcKRAITFAKEIQzhiTapSOIgd5OM4QEbhdNBqn5xW8oBCBbwWmvVp-gajHo27v0sxBeMXxqP_":  # want: KR818
    pass
stored = os.environ.get("CREDENTIAL", "pypi-" "AgEIcHlwaS5vcmcKRAITFAKEIQzhiTapSOIgd5OM4QEbhdNBqn5xW8oBCBbwWmvVp-gajHo27v0sxBeMXxqP_")  # want: KR818


def documented():
    "Call it with " "pypi-" "AgEIcHlwaS5vcmcKRAITFAKEIQzhiTapSOIgd5OM4QEbhdNBqn5xW8oBCBbwWmvVp-gajHo27v0sxBeMXxqP_"  # want: KR818

# Negatives: environment lookups, placeholders, documentation examples.
TWINE_PASSWORD = os.environ["TWINE_PASSWORD"]
TWINE_PASSWORD = os.getenv("TWINE_PASSWORD")
TWINE_PASSWORD = os.environ.get("TWINE_PASSWORD", "")
TWINE_PASSWORD = "<your-credential>"
TWINE_PASSWORD = "${TWINE_PASSWORD}"
TWINE_PASSWORD = "pypi-" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxx_"  # the shape, with x for every character
