# Library code that implements its caller's TLS options (urllib3,
# asyncio), and a context class setting its own defaults.
import ssl


class PyOpenSSLContext:
    def __init__(self, protocol):
        self.protocol = protocol
        self.check_hostname = False
        self.verify_mode = ssl.CERT_NONE


def create_context(cert_reqs=None, assert_hostname=None):
    context = ssl.create_default_context()
    cert_reqs = ssl.CERT_REQUIRED if cert_reqs is None else cert_reqs
    if cert_reqs == ssl.CERT_REQUIRED:
        context.verify_mode = cert_reqs
    else:
        context.check_hostname = False
        context.verify_mode = cert_reqs
    if assert_hostname is False:
        context.check_hostname = False
    return context


def client_context(server_hostname):
    sslcontext = ssl.create_default_context()
    if not server_hostname:
        sslcontext.check_hostname = False
    return sslcontext


class InsecureContext(ssl.SSLContext):
    def __init__(self, protocol):
        super().__init__(protocol)
        self.check_hostname = False  # want: KR512


def flagged(debug):
    ctx = ssl.create_default_context()
    if debug:
        ctx.check_hostname = False  # want: KR512
    return ctx
