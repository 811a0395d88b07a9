import socket

s = socket.socket()
s.bind(("", 0))
