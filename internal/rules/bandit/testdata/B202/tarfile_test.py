import tarfile


def unsafe_archive_handler(filename):
    tar = tarfile.open(filename)
    tar.extractall(path=tempfile.mkdtemp())  # want: B202(high/high)
    tar.close()


def managed_members_archive_handler(filename):
    tar = tarfile.open(filename)
    tar.extractall(path=tempfile.mkdtemp(), members=members_filter(tar))  # want: B202(low/low)
    tar.close()


def list_members_archive_handler(filename):
    tar = tarfile.open(filename)
    tar.extractall(path=tempfile.mkdtemp(), members=[])  # want: B202(medium/medium)
    tar.close()


def variable_members(filename, safe):
    with tarfile.open(filename) as tar:
        tar.extractall(members=safe)  # want: B202(medium/medium)


def data_filter(filename):
    with tarfile.open(filename) as tar:
        tar.extractall(path="out", filter="data")


def other_filter(filename):
    with tarfile.open(filename) as tar:
        tar.extractall(path="out", filter="fully_trusted")  # want: B202(high/high)


def method_members(filename):
    # Bandit's check raises on members=obj.method(...); nothing is reported.
    with tarfile.open(filename) as tar:
        tar.extractall(members=self.safe(tar))


def extract_one(filename):
    with tarfile.open(filename) as tar:
        tar.extract("member")
