from flask import Blueprint, Flask
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import Form, StringField

app = Flask(__name__)
app.config["WTF_CSRF_ENABLED"] = False  # want: KR222(medium/high)
app.config["WTF_CSRF_CHECK_DEFAULT"] = False  # want: KR222
csrf = CSRFProtect(app)
api = Blueprint("api", __name__)
csrf.exempt(api)  # want: KR222


@app.route("/hook", methods=["POST"])
@csrf.exempt  # want: KR222
def hook():
    return ""


class SearchForm(FlaskForm):
    q = StringField("q")

    class Meta:
        csrf = False  # want: KR222


class PlainForm(Form):
    # wtforms' own Form has no CSRF protection to turn off.
    class Meta:
        csrf = False


class Other:
    exempt = staticmethod(lambda f: f)


other = Other()


@other.exempt
def not_flask_wtf():
    pass
