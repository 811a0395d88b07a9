import ssl

ssl.wrap_socket()  # want: B504(low/medium)
ssl.wrap_socket(sock, server_side=True)  # want: B504
ssl.wrap_socket(ssl_version=ssl.PROTOCOL_TLSv1_2)
ssl.wrap_socket(ssl_version=choose())  # want: B504
ssl.wrap_socket(ssl_version=version)
