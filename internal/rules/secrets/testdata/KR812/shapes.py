# KR812 openai_api_key: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

OPENAI_API_KEY = "sk-proj-" "KRAITFAKEAQ4gnEZg2XkbRnplIjFbgfGKJsdDEW97sOJkKnLJf72K9Y9u6vT2F2k"  # want: KR812(high/high)
settings.openai_api_key = "sk-proj-" "KRAITFAKEAQ4gnEZg2XkbRnplIjFbgfGKJsdDEW97sOJkKnLJf72K9Y9u6vT2F2k"  # want: KR812
CONFIG = {"service": "x", "credential": "sk-proj-" "KRAITFAKEAQ4gnEZg2XkbRnplIjFbgfGKJsdDEW97sOJkKnLJf72K9Y9u6vT2F2k"}  # want: KR812
client = connect(endpoint, credential="sk-proj-" "KRAITFAKEAQ4gnEZg2XkbRnplIjFbgfGKJsdDEW97sOJkKnLJf72K9Y9u6vT2F2k")  # want: KR812


def connect_default(credential="sk-proj-" "KRAITFAKEAQ4gnEZg2XkbRnplIjFbgfGKJsdDEW97sOJkKnLJf72K9Y9u6vT2F2k"):  # want: KR812
    return credential


line = f"{name}: " "sk-proj-" "KRAITFAKEAQ4gnEZg2XkbRnplIjFbgfGKJsdDEW97sOJkKnLJf72K9Y9u6vT2F2k"  # want: KR812
if credential == "sk-proj-" "KRAITFAKEAQ4gnEZg2XkbRnplIjFbgfGKJsdDEW97sOJkKnLJf72K9Y9u6vT2F2k":  # want: KR812
    pass
stored = os.environ.get("CREDENTIAL", "sk-proj-" "KRAITFAKEAQ4gnEZg2XkbRnplIjFbgfGKJsdDEW97sOJkKnLJf72K9Y9u6vT2F2k")  # want: KR812


def documented():
    "Call it with " "sk-proj-" "KRAITFAKEAQ4gnEZg2XkbRnplIjFbgfGKJsdDEW97sOJkKnLJf72K9Y9u6vT2F2k"  # want: KR812

# Negatives: environment lookups, placeholders, documentation examples.
OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "")
OPENAI_API_KEY = "<your-credential>"
OPENAI_API_KEY = "${OPENAI_API_KEY}"
OPENAI_API_KEY = "sk-proj-" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
