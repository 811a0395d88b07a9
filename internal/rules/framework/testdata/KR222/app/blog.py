from flask import Blueprint

from .extensions import csrf
from .extensions import protector as guard

bp = Blueprint("blog", __name__)


@bp.route("/hook", methods=["POST"])
@csrf.exempt  # want: KR222
def hook():
    return "ok"


@guard.exempt  # the name does not say csrf: unknown
def other():
    return "ok"
