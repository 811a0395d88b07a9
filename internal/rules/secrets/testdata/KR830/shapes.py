# KR830 framework_secret_key: SECRET_KEY literals of Django and Flask.
import os

from flask import Flask

SECRET_KEY = "k8#xQ2!mgjlaNPd72A*0" "FYGlifpp(q-Z6yQ8pXoi&PQfiHhwWd"  # want: KR830(high/medium)
app = Flask(__name__)
app.secret_key = "k8#xQ2!mgjlaNPd72A*0" "FYGlifpp(q-Z6yQ8pXoi&PQfiHhwWd"  # want: KR830
app.config["SECRET_KEY"] = "k8#xQ2!mgjlaNPd72A*0" "FYGlifpp(q-Z6yQ8pXoi&PQfiHhwWd"  # want: KR830
app.config.update(SECRET_KEY="k8#xQ2!mgjlaNPd72A*0" "FYGlifpp(q-Z6yQ8pXoi&PQfiHhwWd")  # want: KR830
app.config["JWT_SECRET_KEY"] = "hs256-" "k8#xQ2!mgjlaNPd72A*0" "FYGlifpp(q-Z6yQ8pXoi&PQfiHhwWd"  # want: KR830
SECRET_KEY = "django-insecure-" "q8#x!m2zk4@w7v^t1r$e9b&n3c(5y)j0"  # want: KR830
SECRET_KEY = os.environ.get("SECRET_KEY", "k8#xQ2!mgjlaNPd72A*0" "FYGlifpp(q-Z6yQ8pXoi&PQfiHhwWd")  # want: KR830
SECRET_KEY = os.environ.get("SECRET_KEY", default="k8#xQ2!mgjlaNPd72A*0" "FYGlifpp(q-Z6yQ8pXoi&PQfiHhwWd")  # want: KR830

# Negatives.
SECRET_KEY = os.environ["SECRET_KEY"]
SECRET_KEY = os.getenv("SECRET_KEY")
SECRET_KEY = "change-me"
SECRET_KEY = "dev"
SECRET_KEY = "your-secret-key-here"
SECRET_KEY = "<secret key>"
SECRET_KEY = "${SECRET_KEY}"
SECRET_KEY = "aaaaaaaaaaaaaaaaaaaaaaaa"
SECRET_KEY_NAME = "k8#xQ2!mgjlaNPd72A*0" "FYGlifpp(q-Z6yQ8pXoi&PQfiHhwWd"  # about the key, not the key
