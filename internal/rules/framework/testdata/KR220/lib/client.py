# Not Flask: another library's config dictionary.
class Client:
    def __init__(self):
        self.config = {}
        self.config["SECRET_KEY"] = "abc"
        self.secret_key = "xyz"
