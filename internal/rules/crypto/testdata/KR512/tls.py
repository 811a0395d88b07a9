import ssl

import aiohttp
import urllib3


def client_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # want: KR512(high/high)
    ctx.verify_mode = ssl.CERT_NONE  # want: KR512
    return ctx


def legacy_socket(sock):
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)  # want: KR512


def pools():
    a = urllib3.PoolManager(cert_reqs="CERT_NONE")  # want: KR512
    b = aiohttp.TCPConnector(ssl=False)  # want: KR512
    c = aiohttp.TCPConnector(verify_ssl=False)  # want: KR512
    return a, b, c


ssl._create_default_https_context = ssl._create_unverified_context  # want: KR512


# Fine: verification on, server contexts, private CAs.


def verified():
    ctx = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    pool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED")
    conn = aiohttp.TCPConnector(ssl=ctx)
    return ctx, pool, conn


def server_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.check_hostname = False
    srv = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    srv.verify_mode = ssl.CERT_NONE
    return ctx, srv


class Settings:
    def __init__(self):
        self.check_hostname = True
        self.verify_mode = "strict"
