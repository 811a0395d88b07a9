import os
import stat
from os import chmod as change_mode

os.chmod("/etc/passwd", 0o777)  # want: B103(high/high)
os.chmod("/etc/passwd", 0o227)  # want: B103(high/high)
os.chmod("/etc/passwd", 0o770)  # want: B103(medium/high)
os.chmod("/etc/passwd", 0o710)  # want: B103(medium/high)
os.chmod(key_file, 0o760)  # want: B103(medium/high)
os.chmod("~/.bashrc", 511)  # want: B103(high/high)
os.chmod("/tmp/oh_hai", 0x1FF)  # want: B103(high/high)
os.fchmod(fd, 0o777)  # want: B103(high/high)
change_mode("/etc/hosts", 0o777)  # want: B103(high/high)

os.chmod("/etc/passwd", 0o600)
os.chmod("/etc/passwd", 0o644)
os.chmod("/etc/passwd", 0o400)
os.chmod("/etc/passwd", stat.S_IRWXU)
os.chmod("/etc/passwd", mode)
os.chmod("/etc/passwd", mode=0o777)
os.chmod("/etc/passwd")
