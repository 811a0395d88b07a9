import subprocess
import subprocess as sp
from subprocess import Popen as pop

subprocess.Popen("/bin/gcc --version", shell=True)  # want: B602(low/high)
subprocess.Popen("/bin/ls *", shell=True)  # want: B602(low/high)
subprocess.Popen("/bin/ls *" + file, shell=True)  # want: B602(high/high)
subprocess.Popen(["/bin/ls", "-l"], shell=True)  # want: B602(high/high)
subprocess.call(cmd, shell=True)  # want: B602(high/high)
subprocess.check_call(cmd, shell=True)  # want: B602
subprocess.check_output(cmd, shell=True)  # want: B602
subprocess.run(cmd, shell=True)  # want: B602
sp.run(cmd, shell=True)  # want: B602
pop(cmd, shell=True)  # want: B602
subprocess.run(f"ls {path}", shell=True)  # want: B602(high/high)
subprocess.run(cmd, shell=1)  # want: B602
subprocess.run(cmd, shell="yes")  # want: B602
subprocess.run(cmd, shell=[1])  # want: B602
subprocess.run(cmd, shell=flag)  # want: B602
subprocess.run(cmd, shell=False)
subprocess.run(cmd, shell=0)
subprocess.run(cmd, shell="")
subprocess.run(cmd, shell=None)
subprocess.run(cmd, shell=[])
subprocess.run(cmd, shell={})
subprocess.run(shell=True, args=cmd)
subprocess.run(
    cmd,
    cwd="/",
    shell=True,  # want: B602
)
