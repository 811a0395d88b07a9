"""Link previews, webmentions and avatars."""
import hashlib
from urllib.parse import quote

import requests
from django.conf import settings


def preview_link(url):
    resp = requests.get(url, timeout=4, allow_redirects=False)  # want: KR606
    return resp.text[:2000]


def send_webmention(source, target):
    return requests.post(settings.WEBMENTION_ENDPOINT, data={"source": source, "target": target}, timeout=4)  # safe: KR606 constant endpoint


def avatar_url(email):
    digest = hashlib.md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()
    return settings.GRAVATAR_URL + digest


def avatar_exists(email):
    return requests.head(avatar_url(email), timeout=2).ok  # safe: KR606 constant host, hashed path


def provider_embed(provider, url):
    return requests.get("https://%s/api/oembed" % provider, params={"url": url}, timeout=4).json()  # want: KR606


def site_feed(site):
    return requests.get("{}/feed.xml".format(site), timeout=4).text  # want: KR606


def ping_feed_reader(reader, feed_url):
    if reader == "feedly":
        return requests.get("https://cloud.feedly.com/v3/search/feeds", params={"query": feed_url}, timeout=4).ok  # safe: KR606 compared with a constant, tainted query
    return False


def fetch_embed(url):
    url = settings.WEBMENTION_ENDPOINT + "/embed"
    return requests.get(url, timeout=4).json()  # safe: KR606 reassigned to a constant


def oembed(provider, url):
    endpoint = f"https://{provider}/oembed?url={quote(url)}"
    return requests.get(endpoint, timeout=4).json()  # want: KR606
