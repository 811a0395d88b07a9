import subprocess
from flask import request


def run(cmd):
	subprocess.call(cmd, shell=True)  # tab-indented
	return 0


def query(db, name):
    sql = (
        "SELECT * FROM users "
        "WHERE name = '%s' "
        "AND active = 1" % name
    )
    return db.execute(sql)


def view():
    user = request.args["user"]
    q = "SELECT * FROM t WHERE u = '" + user + "'"
    return query_db(q)
