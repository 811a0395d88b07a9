# nginx in front proxies to the loopback interface.
bind = "127.0.0.1:8000"
workers = 4
accesslog = "-"
