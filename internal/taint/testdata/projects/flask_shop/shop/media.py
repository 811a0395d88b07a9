"""Product images and customer uploads."""
import codecs
import io
import os
import shelve
import shutil
import uuid
from pathlib import Path

from flask import Blueprint, abort, jsonify, request
from werkzeug.utils import secure_filename

from .auth import login_required
from .config import UPLOAD_DIR, DefaultConfig
from .integrations import fetch_remote_image

media_bp = Blueprint("media", __name__)
UPLOAD_ROOT = Path(UPLOAD_DIR)
ALLOWED_FOLDERS = {"avatars", "products", "banners"}


@media_bp.route("/upload", methods=["POST"])
@login_required
def upload():
    f = request.files["image"]
    f.save(os.path.join(UPLOAD_DIR, f.filename))  # want: KR604
    return jsonify(stored=True)


@media_bp.route("/upload-safe", methods=["POST"])
@login_required
def upload_safe():
    f = request.files["image"]
    f.save(os.path.join(UPLOAD_DIR, secure_filename(f.filename)))  # safe: KR604 secure_filename
    return jsonify(stored=True)


@media_bp.route("/upload-renamed", methods=["POST"])
@login_required
def upload_renamed():
    f = request.files["image"]
    name = f"{uuid.uuid4().hex}.png"
    f.save(os.path.join(UPLOAD_DIR, name))  # safe: KR604 generated name
    return jsonify(name=name)


@media_bp.route("/raw/<path:name>")
def raw(name):
    data = (UPLOAD_ROOT / name).read_bytes()  # want: KR604
    return jsonify(name=name, size=len(data))


@media_bp.route("/caption/<name>")
def caption(name):
    text = Path(UPLOAD_DIR, secure_filename(name) + ".txt").read_text()  # safe: KR604 secure_filename
    return jsonify(caption=text)


@media_bp.route("/notes/<name>")
def notes(name):
    with codecs.open(os.path.join(UPLOAD_DIR, "notes", name), encoding="utf-8") as fh:  # want: KR604
        return jsonify(notes=fh.read())


@media_bp.route("/legacy/<name>")
def legacy(name):
    with io.open(UPLOAD_DIR + "/legacy/" + name, "rb") as fh:  # want: KR604
        return jsonify(size=len(fh.read()))


@media_bp.route("/folders/<folder>")
@login_required
def list_folder(folder):
    if folder not in ALLOWED_FOLDERS:
        abort(404)
    return jsonify(files=os.listdir(os.path.join(UPLOAD_DIR, folder)))  # safe: KR604 allow-list that aborts


@media_bp.route("/folders/<folder>/browse")
@login_required
def browse_folder(folder):
    return jsonify(files=os.listdir(os.path.join(UPLOAD_DIR, folder)))  # want: KR604


@media_bp.route("/folders", methods=["POST"])
@login_required
def make_folder():
    folder = request.form["folder"]
    os.makedirs(os.path.join(UPLOAD_DIR, folder), exist_ok=True)  # want: KR604
    return jsonify(created=folder)


@media_bp.route("/rename", methods=["POST"])
@login_required
def rename():
    src = secure_filename(request.form["from"])
    dst = request.form["to"]
    os.rename(os.path.join(UPLOAD_DIR, src), os.path.join(UPLOAD_DIR, dst))  # want: KR604
    return jsonify(renamed=True)


@media_bp.route("/delete/<name>", methods=["POST"])
@login_required
def delete(name):
    base = os.path.realpath(UPLOAD_DIR)
    path = os.path.realpath(os.path.join(base, name))
    if not path.startswith(base + os.sep):
        abort(400)
    os.unlink(path)  # safe: KR604 realpath then startswith, aborts on failure
    return jsonify(deleted=True)


@media_bp.route("/trash/<name>", methods=["POST"])
@login_required
def trash(name):
    base = os.path.abspath(os.path.join(UPLOAD_DIR, "trash"))
    path = os.path.abspath(os.path.join(base, name))
    if not path.startswith(base + os.sep):
        abort(404)
    os.remove(path)  # safe: KR604 abspath then startswith, aborts on failure
    return jsonify(deleted=True)


@media_bp.route("/delete-unchecked/<name>", methods=["POST"])
@login_required
def delete_unchecked(name):
    path = os.path.join(UPLOAD_DIR, name)
    # Checks the joined path without normalising it first: "../" still escapes.
    if not path.startswith(UPLOAD_DIR):
        abort(400)
    os.unlink(path)  # want: KR604
    return jsonify(deleted=True)


class ExportTarget:
    """Where the nightly export goes; staff can point it elsewhere."""

    directory = "/srv/shop/exports/nightly"
    default = "/srv/shop/exports/nightly"


@media_bp.route("/export-target", methods=["POST"])
@login_required
def set_export_target():
    ExportTarget.directory = request.form["directory"]
    return jsonify(target=ExportTarget.directory)


@media_bp.route("/export-target/prepare", methods=["POST"])
@login_required
def prepare_export_target():
    os.makedirs(ExportTarget.directory, exist_ok=True)  # want: KR604
    os.makedirs(ExportTarget.default, exist_ok=True)  # safe: KR604 constant class attribute
    return jsonify(ready=True)


@media_bp.route("/bulk-delete", methods=["POST"])
@login_required
def bulk_delete():
    paths = [os.path.join(UPLOAD_DIR, n) for n in request.form.getlist("name")]
    for path in paths:
        os.remove(path)  # want: KR604
    safe_paths = [os.path.join(UPLOAD_DIR, secure_filename(n)) for n in request.form.getlist("name")]
    for safe_path in safe_paths:
        os.remove(safe_path)  # safe: KR604 secure_filename in a comprehension
    return jsonify(deleted=len(paths))


@media_bp.route("/folder/clear", methods=["POST"])
@login_required
def clear_folder():
    folder, _, name = request.form["path"].partition("/")
    shutil.rmtree(os.path.join(UPLOAD_DIR, folder), ignore_errors=True)  # want: KR604
    return jsonify(cleared=folder, name=name)


@media_bp.route("/thumb/<name>")
def thumbnail(name):
    with open("{}/thumbs/{}".format(UPLOAD_DIR, name), "rb") as fh:  # want: KR604
        return jsonify(size=len(fh.read()))


@media_bp.route("/mirror", methods=["POST"])
@login_required
def mirror():
    url = request.form["url"]
    data = fetch_remote_image(url)
    name = f"{uuid.uuid4().hex}.img"
    with open(os.path.join(UPLOAD_DIR, "mirrored", name), "wb") as fh:  # safe: KR604 generated name
        fh.write(data)
    return jsonify(name=name)


@media_bp.route("/tags/<collection>")
def tag_store(collection):
    with shelve.open(os.path.join(DefaultConfig.DATA_DIR, collection)) as db:  # want: KR604 KR607
        return jsonify(tags=sorted(db.keys()))


@media_bp.route("/tags-default")
def tag_store_default():
    with shelve.open(os.path.join(DefaultConfig.DATA_DIR, "tags")) as db:  # safe: KR604 KR607 constant path
        return jsonify(tags=sorted(db.keys()))
