import requests

requests.get(  # want: B113
    "https://example.com",
    timeout=None,
)
