import httpx
import requests

requests.get("https://gmail.com", timeout=30, verify=True)
requests.get("https://gmail.com", timeout=30, verify=False)  # want: B501(high/high)
requests.post("https://gmail.com", timeout=30, verify=False)  # want: B501
requests.put("https://gmail.com", timeout=30, verify=False)  # want: B501
requests.delete("https://gmail.com", timeout=30, verify=False)  # want: B501
requests.patch("https://gmail.com", timeout=30, verify=False)  # want: B501
requests.options("https://gmail.com", timeout=30, verify=False)  # want: B501
requests.head("https://gmail.com", timeout=30, verify=False)  # want: B501
requests.get("https://gmail.com", timeout=30, verify="/etc/ca.pem")
httpx.request("GET", "https://gmail.com", verify=False)  # want: B501
httpx.get("https://gmail.com", verify=False)  # want: B501
httpx.Client(verify=False)  # want: B501
httpx.AsyncClient(verify=False)  # want: B501
httpx.Client()
requests.get(
    "https://gmail.com",
    timeout=30,
    verify=False,  # want: B501
)
other.get("https://gmail.com", verify=False)
