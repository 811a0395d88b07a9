import os as o
import subprocess as subp

# Vulnerable to wildcard injection
o.system("/bin/tar xvzf *")  # want: B609(high/medium)
o.system("/bin/chown *")  # want: B609
o.popen2("/bin/chmod *")  # want: B609
subp.Popen("/bin/chown *", shell=True)  # want: B609

# Not vulnerable to wildcard injection
subp.Popen("/bin/rsync *")
subp.Popen("/bin/chmod *")
subp.Popen(["/bin/chown", "*"])
subp.Popen(["/bin/chmod", sys.argv[1], "*"], stdin=subp.PIPE, stdout=subp.PIPE)
o.spawnvp(o.P_WAIT, "tar", ["tar", "xvzf", "*"])
o.system("/bin/tar xvzf archive.tgz")
subp.Popen(["/bin/chown", "*"], shell=True)  # want: B609
