import asyncio
import os
import socket
import socketserver
from http.server import HTTPServer, SimpleHTTPRequestHandler
from wsgiref.simple_server import make_server

import uvicorn
import waitress
from aiohttp import web
from flask import Flask
from werkzeug.serving import run_simple

app = Flask(__name__)
HOST = "0.0.0.0"
ANY = ""

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000)  # want: KR103(medium/high)
    app.run(HOST, 8000)  # want: KR103
    uvicorn.run("main:app", host="::", port=8000)  # want: KR103
    web.run_app(web.Application(), host=HOST)  # want: KR103
    run_simple("0.0.0.0", 5000, app)  # want: KR103
    make_server("0.0.0.0", 8000, app).serve_forever()  # want: KR103
    waitress.serve(app, listen="127.0.0.1:8080 0.0.0.0:8081")  # want: KR103
    HTTPServer(("", 8000), SimpleHTTPRequestHandler).serve_forever()  # want: KR103
    socketserver.ThreadingTCPServer((ANY, 9000), None)  # want: KR103
    sock = socket.socket()
    sock.bind(("0.0.0.0", 9000))  # want: KR103
    sock.bind((ANY, 9001))  # want: KR103
    asyncio.start_server(None, "0.0.0.0", 8888)  # want: KR103

    # Fine: loopback, a specific address, or configuration from the environment.
    app.run()
    app.run(host="127.0.0.1")
    app.run(host=os.environ.get("HOST", "0.0.0.0"))
    uvicorn.run("main:app", host="localhost")
    sock.bind(("127.0.0.1", 9000))
    sock.bind(path)
    HTTPServer(("localhost", 8000), SimpleHTTPRequestHandler)
    waitress.serve(app, listen="127.0.0.1:8080")
    widget.bind("<Return>", on_enter)
    allowed = "0.0.0.0" in networks
