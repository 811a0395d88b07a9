"""Shipping: labels, pickups and manifests through the carrier's command-line tool."""
import logging
import os
import subprocess

from flask import Blueprint, abort, jsonify, request

from ..auth import login_required, staff_only
from ..utils.commands import carrier_command, carrier_command_quoted, carrier_version_command

shipping = Blueprint("shipping", __name__)
log = logging.getLogger(__name__)

SERVICES = frozenset({"standard", "express", "overnight"})


class Carrier:
    binary = "carrier-cli"
    last_tracking = ""


@shipping.route("/track/<tracking>")
def track(tracking):
    out = subprocess.run("carrier-cli track {}".format(tracking), shell=True, capture_output=True)  # want: KR602
    Carrier.last_tracking = tracking
    return jsonify(status=out.returncode)


@shipping.route("/track/notify", methods=["POST"])
@staff_only
def notify_last():
    os.system(Carrier.binary + " notify " + Carrier.last_tracking)  # want: KR602
    os.system(Carrier.binary + " --ping")  # safe: KR602 constant class attribute
    return jsonify(sent=True)


@shipping.route("/labels", methods=["POST"])
@login_required
def labels():
    flags = []
    for opt in request.form.getlist("option"):
        flags.append("--" + opt)
    os.system("carrier-cli label " + " ".join(flags))  # want: KR602
    return jsonify(queued=True)


@shipping.route("/ship", methods=["POST"])
@login_required
def ship():
    job = {"cmd": Carrier.binary, "target": request.form["address"]}
    os.system(job["cmd"] + " ship --to " + job["target"])  # want: KR602
    os.system(job["cmd"] + " --version")  # safe: KR602 constant dict entry
    return jsonify(shipped=True)


@shipping.route("/quote")
def quote():
    carrier, service = request.args.get("via", "dhl/standard").split("/", 1)
    subprocess.call(f"carrier-cli quote --carrier {carrier}", shell=True)  # want: KR602
    if service not in SERVICES:
        abort(400)
    subprocess.call(f"carrier-cli quote --service {service}", shell=True)  # safe: KR602 allow-list that aborts
    return jsonify(ok=True)


@shipping.route("/void", methods=["POST"])
@staff_only
def void_labels():
    refs = request.get_json()["refs"]
    commands = [f"carrier-cli void {ref}" for ref in refs]
    for command in commands:
        os.system(command)  # want: KR602
    return jsonify(voided=len(commands))


@shipping.route("/pickup", methods=["POST"])
@login_required
def pickup():
    address = request.form["address"]
    subprocess.run(carrier_command("pickup", address), shell=True, check=True)  # want: KR602
    subprocess.run(carrier_command_quoted("pickup", address), shell=True, check=True)  # safe: KR602 shlex.join quotes every word
    subprocess.run(carrier_version_command(address), shell=True, check=True)  # safe: KR602 helper ignores its argument
    return jsonify(requested=True)


@shipping.route("/manifest", methods=["POST"])
@staff_only
def manifest():
    with request.files["manifest"].stream as lines:
        for line in lines:
            os.system("carrier-cli manifest-add " + line.decode().strip())  # want: KR602
    return jsonify(loaded=True)


@shipping.route("/manifest/count", methods=["POST"])
@staff_only
def manifest_count():
    count = sum(1 for _ in request.files["manifest"].stream)
    os.system("carrier-cli manifest-expect %d" % count)  # safe: KR602 an int computed from the upload
    return jsonify(count=count)
