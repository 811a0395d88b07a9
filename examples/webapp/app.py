"""A small Flask application with the mistakes krait looks for.

Run krait on this directory to see them: `krait examples/webapp`.
"""
import os
import pickle
import sqlite3
import subprocess

import yaml
from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "")
ADMIN_PASSWORD = "hunter2"


@app.route("/user/<name>")
def user(name: str) -> str:
    db = sqlite3.connect("app.db")
    # Parameter binding: not an injection, and krait does not report it.
    row = db.execute("SELECT email FROM users WHERE name = ?", (name,)).fetchone()
    return f"{name}: {row[0] if row else 'unknown'}"


@app.route("/search")
def search() -> str:
    db = sqlite3.connect("app.db")
    term = request.args.get("q", "")
    rows = db.execute(f"SELECT name FROM users WHERE name LIKE '%{term}%'").fetchall()
    return ", ".join(r[0] for r in rows)


@app.route("/ping")
def ping() -> str:
    host = request.args.get("host", "localhost")
    return subprocess.check_output("ping -c 1 " + host, shell=True, text=True)


@app.route("/uptime")
def uptime() -> str:
    # A fixed command: reviewed and suppressed for this rule only.
    return subprocess.check_output(["/usr/bin/uptime"], text=True)  # nosec B603


@app.route("/import", methods=["POST"])
def import_settings() -> str:
    settings = yaml.load(request.data, Loader=yaml.Loader)
    session = pickle.loads(request.cookies["session"].encode())
    return f"{len(settings)} settings for {session}"


if __name__ == "__main__":
    app.run(debug=True)
