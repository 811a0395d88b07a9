"""Outgoing webmentions and pingbacks."""
import xmlrpc.client

import requests
from django.conf import settings


class MentionClient:
    def __init__(self, endpoint):
        self.endpoint = endpoint
        self.relay = settings.WEBMENTION_ENDPOINT

    def send(self, source, target):
        return requests.post(self.endpoint, data={"source": source, "target": target}, timeout=4)  # want: KR606

    def send_via_relay(self, source, target):
        return requests.post(self.relay, data={"source": source, "target": target}, timeout=4)  # safe: KR606 endpoint from settings


def discover(target_url):
    resp = requests.head(target_url, timeout=4)  # want: KR606
    return resp.links.get("webmention", {}).get("url")


def pingback(server_url, source, target):
    proxy = xmlrpc.client.ServerProxy("https://pingback.example.com/xmlrpc")
    return proxy.pingback.ping(source, target)
