# A command-line tool: print is its output, not a log.
import getpass
import logging

log = logging.getLogger(__name__)


def main():
    password = getpass.getpass()
    print("password:", password)
    log.debug("read %d characters", len(password))


class Tokenizer:
    def __init__(self):
        self.log = []

    def push(self, token):
        self.log.append(token)


def lexer(stream):
    for token in stream:
        logging.info("token: %s", token.kind)


def math_log(token):
    import math

    log = math.log
    return log(token)
