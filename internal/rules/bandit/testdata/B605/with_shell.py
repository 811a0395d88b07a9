import commands
import os
import popen2
import subprocess

os.system("/bin/echo hi")  # want: B605(low/high)
os.system(cmd)  # want: B605(high/high)
os.popen("/bin/uname -av")  # want: B605(low/high)
os.popen2("/bin/uname -av")  # want: B605
os.popen3("/bin/uname -av")  # want: B605
os.popen4("/bin/uname -av")  # want: B605
popen2.popen2("/bin/uname -av")  # want: B605
popen2.Popen3("/bin/uname -av")  # want: B605
commands.getoutput("/bin/uname -av")  # want: B605
commands.getstatusoutput("/bin/uname -av")  # want: B605
subprocess.getoutput("/bin/uname -av")  # want: B605
subprocess.getstatusoutput(cmd)  # want: B605(high/high)
os.system("ls " + path)  # want: B605(high/high)
os.system()
