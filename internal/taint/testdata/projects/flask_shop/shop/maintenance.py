"""Maintenance endpoints that run their work in nested helpers."""
import subprocess

from flask import Blueprint, request

bp = Blueprint("maintenance", __name__, url_prefix="/maintenance")


@bp.route("/reindex", methods=["POST"])
def reindex():
    index = request.form["index"]
    batch = int(request.form.get("batch", "100"))

    def run():
        subprocess.run("reindex --index " + index, shell=True, check=False)  # want: KR602
        subprocess.run("reindex --batch %d" % batch, shell=True, check=False)  # safe: KR602 an int the enclosing view converted

    run()
    return "", 202


@bp.route("/vacuum/<table>", methods=["POST"])
def vacuum(table):
    def run(name):
        subprocess.run("vacuum " + name, shell=True, check=False)  # want: KR602

    run(table)
    return "", 202
