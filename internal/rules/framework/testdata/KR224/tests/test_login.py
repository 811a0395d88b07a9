from flask import Flask


def test_login(client):
    client.set_cookie("session", "1")
