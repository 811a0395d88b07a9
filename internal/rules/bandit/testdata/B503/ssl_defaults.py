import ssl

from OpenSSL import SSL


def open_ssl_socket(version=ssl.PROTOCOL_SSLv2):  # want: B503(medium/medium)
    pass


def open_ssl_socket2(version=SSL.SSLv3_METHOD):  # want: B503
    pass


def open_ssl_socket3(version=SSL.TLSv1_1_METHOD):  # want: B503
    pass


def open_ssl_socket4(version=ssl.PROTOCOL_TLSv1_2):
    pass


def open_ssl_socket5(version=PROTOCOL_SSLv2):
    pass


def open_ssl_socket6(*, version=ssl.PROTOCOL_SSLv2):
    pass


async def open_ssl_socket7(version=ssl.PROTOCOL_SSLv2):
    pass
