import os
import subprocess

os.popen("ls")  # want: B607(low/high)
subprocess.Popen("ls")  # want: B607
subprocess.Popen(["ls", "-l"])  # want: B607
subprocess.Popen(["/bin/ls", "-l"])
subprocess.Popen("/bin/ls")
subprocess.Popen("./ls")
subprocess.Popen("../bin/ls")
subprocess.Popen("C:\\bin\\ls.exe")
subprocess.Popen("\\\\server\\ls.exe")
os.system("ls -l")  # want: B607
os.execl("ls", "ls")  # want: B607
subprocess.Popen([cmd, "-l"])
subprocess.Popen(cmd)
subprocess.Popen([])
