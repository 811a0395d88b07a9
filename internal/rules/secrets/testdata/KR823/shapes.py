# KR823 discord_webhook_url: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

WEBHOOK_URL = "https://discord.com/api/webhooks/" "092111820380031320/KRAITFAKE9Ghkmw7AoFEkFCR1YXIMDRJ2Fp6QJM_uzUbXNMV0bNYgmvD83nWRXJI35-Y"  # want: KR823(medium/high)
settings.webhook_url = "https://discord.com/api/webhooks/" "092111820380031320/KRAITFAKE9Ghkmw7AoFEkFCR1YXIMDRJ2Fp6QJM_uzUbXNMV0bNYgmvD83nWRXJI35-Y"  # want: KR823
CONFIG = {"service": "x", "credential": "https://discord.com/api/webhooks/" "092111820380031320/KRAITFAKE9Ghkmw7AoFEkFCR1YXIMDRJ2Fp6QJM_uzUbXNMV0bNYgmvD83nWRXJI35-Y"}  # want: KR823
client = connect(endpoint, credential="https://discord.com/api/webhooks/" "092111820380031320/KRAITFAKE9Ghkmw7AoFEkFCR1YXIMDRJ2Fp6QJM_uzUbXNMV0bNYgmvD83nWRXJI35-Y")  # want: KR823


def connect_default(credential="https://discord.com/api/webhooks/" "092111820380031320/KRAITFAKE9Ghkmw7AoFEkFCR1YXIMDRJ2Fp6QJM_uzUbXNMV0bNYgmvD83nWRXJI35-Y"):  # want: KR823
    return credential


line = f"{name}: " "https://discord.com/api/webhooks/" "092111820380031320/KRAITFAKE9Ghkmw7AoFEkFCR1YXIMDRJ2Fp6QJM_uzUbXNMV0bNYgmvD83nWRXJI35-Y"  # want: KR823
if credential == "https://discord.com/api/webhooks/" "092111820380031320/KRAITFAKE9Ghkmw7AoFEkFCR1YXIMDRJ2Fp6QJM_uzUbXNMV0bNYgmvD83nWRXJI35-Y":  # want: KR823
    pass
stored = os.environ.get("CREDENTIAL", "https://discord.com/api/webhooks/" "092111820380031320/KRAITFAKE9Ghkmw7AoFEkFCR1YXIMDRJ2Fp6QJM_uzUbXNMV0bNYgmvD83nWRXJI35-Y")  # want: KR823


def documented():
    "Call it with " "https://discord.com/api/webhooks/" "092111820380031320/KRAITFAKE9Ghkmw7AoFEkFCR1YXIMDRJ2Fp6QJM_uzUbXNMV0bNYgmvD83nWRXJI35-Y"  # want: KR823

# Negatives: environment lookups, placeholders, documentation examples.
WEBHOOK_URL = os.environ["WEBHOOK_URL"]
WEBHOOK_URL = os.getenv("WEBHOOK_URL")
WEBHOOK_URL = os.environ.get("WEBHOOK_URL", "")
WEBHOOK_URL = "<your-credential>"
WEBHOOK_URL = "${WEBHOOK_URL}"
WEBHOOK_URL = "https://discord.com/api/webhooks/" "xxxxxxxxxxxxxxxxxx/xxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxx-x"  # the shape, with x for every character
