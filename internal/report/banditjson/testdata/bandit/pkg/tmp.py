import os

f = open(
    "/tmp/krait-test",
    "w",
)
password = "hunter2"
