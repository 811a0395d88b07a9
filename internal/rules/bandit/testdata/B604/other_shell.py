import os

foo(shell=True)  # want: B604(medium/low)
foo(cmd, shell=True)  # want: B604
os.system("ls", shell=True)  # want: B604
foo(shell=False)
foo()
pop("/bin/gcc --version", shell=True)  # want: B604
