"""Administrative page management (class-based views)."""
import os
import shutil

from flask import jsonify, request, session
from flask.views import MethodView

from .helpers import get_db, login_required, page_path, safe_page_path


class AuditEntry:
    def __init__(self, actor, action):
        self.actor = actor
        self.action = action


def write_audit(entry):
    sql = "INSERT INTO audit (actor, action) VALUES ('" + entry.actor + "', '" + entry.action + "')"
    get_db().execute(sql)  # miss: KR601 the tainted value is a field of an object built by its caller (AuditEntry(actor)): krait does not follow objects passed by value into fields read elsewhere
    get_db().commit()


class PageAdmin(MethodView):
    decorators = [login_required]

    def get(self, name):
        with open(safe_page_path(name)) as fh:  # safe: KR604 containment check in helper
            return jsonify(name=name, body=fh.read())

    def put(self, name):
        payload = request.get_json()
        write_audit(AuditEntry(request.headers.get("X-Actor", "unknown"), "edit " + name))
        with open(page_path(name), "w") as fh:  # want: KR604
            fh.write(payload["body"])
        return jsonify(saved=True)

    def delete(self, name):
        os.remove(page_path(name))  # want: KR604
        return "", 204


class PageRename(MethodView):
    decorators = [login_required]

    def post(self, name):
        new_name = request.form["new_name"]
        shutil.move(safe_page_path(name), page_path(new_name))  # want: KR604
        session["last_renamed"] = new_name  # want: KR612
        return jsonify(renamed=True)


class PageArchive(MethodView):
    decorators = [login_required]

    def post(self, page_id):
        get_db().execute("UPDATE pages SET archived = 1 WHERE id = " + str(page_id))  # safe: KR601 int route converter
        get_db().commit()
        return jsonify(archived=page_id)


def register_admin(app):
    app.add_url_rule("/admin/pages/<name>", view_func=PageAdmin.as_view("page_admin"))
    app.add_url_rule("/admin/pages/<name>/rename", view_func=PageRename.as_view("page_rename"))
    app.add_url_rule("/admin/pages/<int:page_id>/archive", view_func=PageArchive.as_view("page_archive"))
