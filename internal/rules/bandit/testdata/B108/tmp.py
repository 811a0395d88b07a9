with open("/tmp/abc", "w") as f:  # want: B108(medium/medium)
    f.write("def")

with open("/var/tmp/123", "w") as f:  # want: B108
    f.write("def")

with open("/dev/shm/unit/test", "w") as f:  # want: B108
    f.write("def")

with open("/abc/tmp", "w") as f:
    f.write("def")

with open("/tmpfoo", "r") as f:  # want: B108
    f.read()

path = f"/tmp/{name}"  # want: B108
