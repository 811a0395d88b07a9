import cgitb

import bottle
import tornado.web
from fastapi import FastAPI
from flask import Flask
from starlette.applications import Starlette
from werkzeug.debug import DebuggedApplication
from werkzeug.serving import run_simple

app = Flask(__name__)
app.debug = True  # want: KR102(high/high)
app.config["DEBUG"] = True  # want: KR102
app.config.update(DEBUG=True)  # want: KR102
api = FastAPI(debug=True)  # want: KR102(medium/high)
star = Starlette(routes=[], debug=True)  # want: KR102(medium)
tornado_app = tornado.web.Application([], serve_traceback=True)  # want: KR102
wsgi = DebuggedApplication(app, evalex=True)  # want: KR102(high)
wsgi = DebuggedApplication(app)  # want: KR102(medium)
run_simple("localhost", 5000, app, use_debugger=True)  # want: KR102
bottle.debug(True)  # want: KR102
cgitb.enable()  # want: KR102
cgitb.enable(display=0, logdir="/var/log/app")

# Fine: off, or from the environment, or in a branch for development.
app.config["DEBUG"] = False
app.debug = os.environ.get("FLASK_DEBUG") == "1"
api = FastAPI(debug=settings.debug)
api = FastAPI()
run_simple("localhost", 5000, app, use_reloader=True)
bottle.debug(False)
if os.environ.get("ENV") == "dev":
    app.config["DEBUG"] = True
