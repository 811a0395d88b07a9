# KR828 private_key: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

KEY = "-----BEGIN RSA " "PRIVATE KEY-----\nMIIEowWu4bX8OHc5wMcLQxlL5TrucMrG+u3UW0W5ALSjf1CUWz54LQwwqajrqmdi\nfSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\nXnQXgPh+UjXNa9SalG7xNjtaATVWoYjxidfx9qv/Uheq+RrvNkkRypc2JygU4hs7cbBeh6\n-----END RSA PRIVATE KEY-----\n"  # want: KR828(high/high)
settings.key = "-----BEGIN RSA " "PRIVATE KEY-----\nMIIEowWu4bX8OHc5wMcLQxlL5TrucMrG+u3UW0W5ALSjf1CUWz54LQwwqajrqmdi\nfSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\nXnQXgPh+UjXNa9SalG7xNjtaATVWoYjxidfx9qv/Uheq+RrvNkkRypc2JygU4hs7cbBeh6\n-----END RSA PRIVATE KEY-----\n"  # want: KR828
CONFIG = {"service": "x", "credential": "-----BEGIN RSA " "PRIVATE KEY-----\nMIIEowWu4bX8OHc5wMcLQxlL5TrucMrG+u3UW0W5ALSjf1CUWz54LQwwqajrqmdi\nfSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\nXnQXgPh+UjXNa9SalG7xNjtaATVWoYjxidfx9qv/Uheq+RrvNkkRypc2JygU4hs7cbBeh6\n-----END RSA PRIVATE KEY-----\n"}  # want: KR828
client = connect(endpoint, credential="-----BEGIN RSA " "PRIVATE KEY-----\nMIIEowWu4bX8OHc5wMcLQxlL5TrucMrG+u3UW0W5ALSjf1CUWz54LQwwqajrqmdi\nfSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\nXnQXgPh+UjXNa9SalG7xNjtaATVWoYjxidfx9qv/Uheq+RrvNkkRypc2JygU4hs7cbBeh6\n-----END RSA PRIVATE KEY-----\n")  # want: KR828


def connect_default(credential="-----BEGIN RSA " "PRIVATE KEY-----\nMIIEowWu4bX8OHc5wMcLQxlL5TrucMrG+u3UW0W5ALSjf1CUWz54LQwwqajrqmdi\nfSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\nXnQXgPh+UjXNa9SalG7xNjtaATVWoYjxidfx9qv/Uheq+RrvNkkRypc2JygU4hs7cbBeh6\n-----END RSA PRIVATE KEY-----\n"):  # want: KR828
    return credential


line = f"{name}: " "-----BEGIN RSA " "PRIVATE KEY-----\nMIIEowWu4bX8OHc5wMcLQxlL5TrucMrG+u3UW0W5ALSjf1CUWz54LQwwqajrqmdi\nfSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\nXnQXgPh+UjXNa9SalG7xNjtaATVWoYjxidfx9qv/Uheq+RrvNkkRypc2JygU4hs7cbBeh6\n-----END RSA PRIVATE KEY-----\n"  # want: KR828
if credential == "-----BEGIN RSA " "PRIVATE KEY-----\nMIIEowWu4bX8OHc5wMcLQxlL5TrucMrG+u3UW0W5ALSjf1CUWz54LQwwqajrqmdi\nfSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\nXnQXgPh+UjXNa9SalG7xNjtaATVWoYjxidfx9qv/Uheq+RrvNkkRypc2JygU4hs7cbBeh6\n-----END RSA PRIVATE KEY-----\n":  # want: KR828
    pass
stored = os.environ.get("CREDENTIAL", "-----BEGIN RSA " "PRIVATE KEY-----\nMIIEowWu4bX8OHc5wMcLQxlL5TrucMrG+u3UW0W5ALSjf1CUWz54LQwwqajrqmdi\nfSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\nXnQXgPh+UjXNa9SalG7xNjtaATVWoYjxidfx9qv/Uheq+RrvNkkRypc2JygU4hs7cbBeh6\n-----END RSA PRIVATE KEY-----\n")  # want: KR828


def documented():
    "Call it with " "-----BEGIN RSA " "PRIVATE KEY-----\nMIIEowWu4bX8OHc5wMcLQxlL5TrucMrG+u3UW0W5ALSjf1CUWz54LQwwqajrqmdi\nfSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\nXnQXgPh+UjXNa9SalG7xNjtaATVWoYjxidfx9qv/Uheq+RrvNkkRypc2JygU4hs7cbBeh6\n-----END RSA PRIVATE KEY-----\n"  # want: KR828

# Negatives: environment lookups, placeholders, documentation examples.
KEY = os.environ["KEY"]
KEY = os.getenv("KEY")
KEY = os.environ.get("KEY", "")
KEY = "<your-credential>"
KEY = "${KEY}"
KEY = "-----BEGIN RSA " "PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"  # the shape, with x for every character
