import ssl

from OpenSSL import SSL


def old_minimum():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # want: KR513(high/high)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1  # want: KR513
    return ctx


def lowest():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED  # want: KR513
    ctx.options &= ~ssl.OP_NO_TLSv1  # want: KR513
    ctx.options &= ~(ssl.OP_NO_SSLv3 | ssl.OP_NO_COMPRESSION)  # want: KR513
    return ctx


def pinned():
    a = ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # want: KR513
    b = SSL.Context(SSL.TLSv1_1_METHOD)  # want: KR513
    return a, b


# Fine: TLS 1.2 and later, options that turn versions off.


def modern():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    method = SSL.Context(SSL.TLS_METHOD)
    return ctx, client, method


class Policy:
    minimum_version = "TLSv1"

    def apply(self):
        self.minimum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED
