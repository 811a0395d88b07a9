# Not Django settings: a script with a DEBUG flag.
DEBUG = True
VERBOSE = False


def main():
    if DEBUG:
        print("building")
