from flask import Flask
from flask_cors import CORS, cross_origin

app = Flask(__name__)
CORS(app, supports_credentials=True)  # want: KR223(high/high)
CORS(app, origins="*", supports_credentials=True)  # want: KR223
CORS(app, origins=[r".*"], supports_credentials=True)  # want: KR223
CORS(app, resources={r"/api/*": {"origins": "*"}, r"/admin/*": {"origins": "https://admin.example.com"}}, supports_credentials=True)  # want: KR223
CORS(app, resources={r"/api/*": {"origins": "*", "supports_credentials": True}})  # want: KR223

# Fine: explicit origins with credentials, or a wildcard without them.
CORS(app, origins=["https://app.example.com"], supports_credentials=True)
CORS(app)
CORS(app, resources={r"/public/*": {"origins": "*"}})


@app.route("/data")
@cross_origin(supports_credentials=True)  # want: KR223
def data():
    return {}


@app.route("/public")
@cross_origin()
def public():
    return {}
