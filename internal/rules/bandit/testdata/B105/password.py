password = "Password123"  # want: B105(low/medium)
PASSWORD = "hunter2"  # want: B105
db_password = "hunter2"  # want: B105
secret_key_token_x = "no"  # want: B105
api_token = "abc"  # want: B105
self_passwd = "abc"  # want: B105
config.password = "x"  # want: B105
a = b = "x"
password = "a" if x else "b"
password = get_password()
passwords = "notmatched"
username = "admin"
my_pass = "secret"  # want: B105
passphrase = "correct horse"  # want: B105

d = {"password": "xyz"}  # want: B105
d = {"password": None}  # want: B105
d = {"user": "xyz"}
d["password"] = "xyz"  # want: B105
d["user"] = "xyz"

if password == "root":  # want: B105
    pass
if user.password == "root":  # want: B105
    pass
if password == other:
    pass
if "root" == password:
    pass
