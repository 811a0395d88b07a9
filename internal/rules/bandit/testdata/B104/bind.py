import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("0.0.0.0", 31137))  # want: B104(medium/medium)
s.bind(("192.168.0.1", 8080))
app.run(host="0.0.0.0")  # want: B104
HOST = "0.0.0.0"  # want: B104
"0.0.0.0"
s.bind(("127.0.0.1", 8080))
s.bind(("0.0.0.0 ", 80))


def f():
    """0.0.0.0 in a docstring is not reported."""
    return f"{HOST}:80"
