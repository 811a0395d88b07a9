def connect(host, password="hunter2"):  # want: B107(low/medium)
    pass


def connect2(host, password=None):
    pass


def connect3(host, user="admin", token=""):  # want: B107
    pass


def connect4(
    host,
    secret="s3cr3t",
):  # want-3: B107
    pass


async def connect5(host, password="hunter2"):
    pass


def connect6(host, *, password="hunter2"):
    pass


def connect7(host, user="admin"):
    pass
