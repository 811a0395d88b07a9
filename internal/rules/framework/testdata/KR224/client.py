from flask import Flask

app = Flask(__name__)
with app.test_client() as client:
    client.set_cookie("session", "1")
