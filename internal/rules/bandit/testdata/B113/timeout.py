import httpx
import requests
import requests as req
from requests import get

requests.get("https://gmail.com")  # want: B113(medium/low)
requests.get("https://gmail.com", timeout=None)  # want: B113
requests.get("https://gmail.com", timeout=5)
requests.post("https://gmail.com")  # want: B113
requests.post("https://gmail.com", timeout=None)  # want: B113
requests.post("https://gmail.com", timeout=5)
requests.put("https://gmail.com")  # want: B113
requests.delete("https://gmail.com")  # want: B113
requests.patch("https://gmail.com")  # want: B113
requests.options("https://gmail.com")  # want: B113
requests.head("https://gmail.com")  # want: B113
req.get("https://gmail.com")  # want: B113
get("https://gmail.com")  # want: B113
requests.get("https://gmail.com", timeout=settings.TIMEOUT)
requests.get("https://gmail.com", timeout=compute())  # want: B113
httpx.get("https://gmail.com")
httpx.get("https://gmail.com", timeout=None)  # want: B113
httpx.Client(timeout=None)  # want: B113
httpx.AsyncClient()
requests.Session().get("https://gmail.com")


def fetch(requests):
    return requests.get("https://gmail.com")
