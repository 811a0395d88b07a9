import subprocess
from subprocess import run

subprocess.Popen(["/bin/ls", "-l"])  # want: B603(low/high)
subprocess.call(["/bin/ls", "-l"], shell=False)  # want: B603
subprocess.check_output(cmd, shell=0)  # want: B603
run(["ls"])  # want: B603
subprocess.run(cmd, shell=True)
subprocess.getoutput("ls")


def spawn(subprocess):
    subprocess.run(["ls"])
