"""Building carrier-cli command lines."""
import shlex

CARRIER_CLI = "carrier-cli"


def carrier_command(action, *params):
    # Plain join: whatever the caller passes ends up unquoted on the command line.
    return " ".join([CARRIER_CLI, action, *params])


def carrier_command_quoted(action, *params):
    return shlex.join([CARRIER_CLI, action, *params])


def carrier_version_command(_ignored=None):
    return CARRIER_CLI + " --version"
