import hashlib
import pickle
import subprocess
import yaml
from os import system as run_shell


SECRET_KEY = "hard-coded-secret"  # noqa: S105
PASSWORD = 'hunter2'


def insecure(user_input, blob):
    subprocess.call("ls " + user_input, shell=True)
    subprocess.run(["ls", user_input], check=False)
    run_shell(f"echo {user_input}")
    eval(user_input)
    exec(compile(user_input, "<input>", "exec"))
    data = pickle.loads(blob)
    cfg = yaml.load(blob)
    digest = hashlib.md5(blob).hexdigest()
    query = "SELECT * FROM users WHERE name = '%s'" % user_input
    query2 = "SELECT * FROM t WHERE id = {}".format(user_input)
    query3 = f"DELETE FROM t WHERE id = {user_input}"
    assert user_input, "assert is stripped with -O"
    try:
        import telnetlib
    except ImportError:
        pass
    return data, cfg, digest, query, query2, query3


getattr(__builtins__, "ev" + "al")("1 + 1")
__import__("os").system("true")
lambda: __import__("subprocess").Popen("x", shell=True)
