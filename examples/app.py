"""A small web application, used as a sample input for krait."""
import os
import sqlite3
import subprocess

from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "")


@app.route("/user/<name>")
def user(name: str) -> str:
    db = sqlite3.connect("app.db")
    # Parameter binding: not an injection.
    row = db.execute("SELECT email FROM users WHERE name = ?", (name,)).fetchone()
    return f"{name}: {row[0] if row else 'unknown'}"


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    match host.split("."):
        case [single]:
            target = single
        case [*parts, tld] if tld in {"com", "org"}:
            target = ".".join([*parts, tld])
        case _:
            return "bad host", 400
    out = subprocess.run(["ping", "-c", "1", target], capture_output=True, text=True)
    return out.stdout


if __name__ == "__main__":
    app.run(debug=False)
