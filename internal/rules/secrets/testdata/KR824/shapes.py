# KR824 telegram_bot_token: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

BOT_TOKEN = "7204815396:" "AAKRAITFAKEw6NyQHONE5C9A7RKMc1yAv8v"  # want: KR824(high/high)
settings.bot_token = "7204815396:" "AAKRAITFAKEw6NyQHONE5C9A7RKMc1yAv8v"  # want: KR824
CONFIG = {"service": "x", "credential": "7204815396:" "AAKRAITFAKEw6NyQHONE5C9A7RKMc1yAv8v"}  # want: KR824
client = connect(endpoint, credential="7204815396:" "AAKRAITFAKEw6NyQHONE5C9A7RKMc1yAv8v")  # want: KR824


def connect_default(credential="7204815396:" "AAKRAITFAKEw6NyQHONE5C9A7RKMc1yAv8v"):  # want: KR824
    return credential


line = f"{name}: " "7204815396:" "AAKRAITFAKEw6NyQHONE5C9A7RKMc1yAv8v"  # want: KR824
if credential == "7204815396:" "AAKRAITFAKEw6NyQHONE5C9A7RKMc1yAv8v":  # want: KR824
    pass
stored = os.environ.get("CREDENTIAL", "7204815396:" "AAKRAITFAKEw6NyQHONE5C9A7RKMc1yAv8v")  # want: KR824


def documented():
    "Call it with " "7204815396:" "AAKRAITFAKEw6NyQHONE5C9A7RKMc1yAv8v"  # want: KR824

# Negatives: environment lookups, placeholders, documentation examples.
BOT_TOKEN = os.environ["BOT_TOKEN"]
BOT_TOKEN = os.getenv("BOT_TOKEN")
BOT_TOKEN = os.environ.get("BOT_TOKEN", "")
BOT_TOKEN = "<your-credential>"
BOT_TOKEN = "${BOT_TOKEN}"
BOT_TOKEN = "7204815396:" "xxxxxxx_x_xxxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
