# Not server code: a command-line tool returning a traceback to its caller.
import traceback


def describe_error():
    return traceback.format_exc()
