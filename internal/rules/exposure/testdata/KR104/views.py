import logging
import traceback

from flask import Flask, jsonify, make_response

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(Exception)
def on_error(e):
    return jsonify(error=traceback.format_exc()), 500  # want: KR104(medium/medium)


@app.route("/debug")
def debug_view():
    tb = traceback.format_exc()  # want: KR104
    return make_response({"trace": tb}, 500)


@app.route("/plain")
def plain():
    try:
        work()
    except Exception:
        return traceback.format_exc(), 500  # want: KR104


@app.route("/logged")
def logged():
    try:
        work()
    except Exception:
        tb = traceback.format_exc()
        log.error("failed: %s", tb)
        return jsonify(error="internal error"), 500


def helper():
    # Text kept for the log only.
    text = "".join(traceback.format_exception(*sys.exc_info()))
    log.error(text)
