"""python -m opskit TOOL ...: dispatch to one of the tools."""
import sys

from . import backup, calc, dbadmin, deploy, directory, fetch, logs, metrics, render, state, xmltool

TOOLS = {
    "backup": backup.main,
    "calc": calc.main,
    "db": dbadmin.main,
    "deploy": deploy.main,
    "who": directory.main,
    "fetch": fetch.main,
    "logs": logs.main,
    "metrics": metrics.main,
    "render": render.main,
    "state": state.main,
    "xml": xmltool.main,
}


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in TOOLS:
        print("usage: python -m opskit {" + ",".join(sorted(TOOLS)) + "} ...")
        return 2
    tool = TOOLS[sys.argv.pop(1)]
    return tool()


if __name__ == "__main__":
    sys.exit(main())
