import ssl

from OpenSSL import SSL

ssl.wrap_socket(ssl_version=ssl.PROTOCOL_SSLv2)  # want: B502(high/high)
SSL.Context(method=SSL.SSLv2_METHOD)  # want: B502(medium/medium)
SSL.Context(method=SSL.SSLv23_METHOD)  # want: B502(medium/medium)

herp_derp(ssl_version=ssl.PROTOCOL_SSLv2)  # want: B502(medium/medium)
herp_derp(method=SSL.SSLv2_METHOD)  # want: B502(medium/medium)

ssl.wrap_socket(ssl_version=ssl.PROTOCOL_SSLv3)  # want: B502(high/high)
ssl.wrap_socket(ssl_version=ssl.PROTOCOL_TLSv1)  # want: B502(high/high)
ssl.wrap_socket(ssl_version=ssl.PROTOCOL_TLSv1_1)  # want: B502
SSL.Context(method=SSL.TLSv1_METHOD)  # want: B502(medium/medium)
SSL.Context(method=SSL.TLSv1_1_METHOD)  # want: B502(medium/medium)

ssl.wrap_socket(ssl_version=ssl.PROTOCOL_TLSv1_2)
SSL.Context(method=SSL.TLSv1_2_METHOD)
ssl.wrap_socket()
herp_derp(ssl_version=ssl.PROTOCOL_TLS_CLIENT)
