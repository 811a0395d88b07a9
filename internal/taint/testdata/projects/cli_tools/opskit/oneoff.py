"""A one-off script: everything runs at module level."""
import os
import subprocess
import sys
from os import system as run_shell

from .common import BACKUP_ROOT

target = sys.argv[1]
os.system("tar czf /tmp/backup.tgz " + target)  # want: KR602
run_shell("du -sh " + sys.argv[2])  # want: KR602
subprocess.run(["tar", "czf", "/tmp/b.tgz", target], check=True)  # safe: KR602 argument list with a constant program

if __name__ == "__main__":
    with open(os.path.join(BACKUP_ROOT, target), "rb") as fh:  # want: KR604
        print(len(fh.read()))
    os.system("ls -l " + BACKUP_ROOT)  # safe: KR602 constant directory

label = target.replace("-", "_")  # safe: KR604 str.replace is not Path.replace
