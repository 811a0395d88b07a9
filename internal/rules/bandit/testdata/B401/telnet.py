import telnetlib  # want: B401(high/high)
from telnetlib import Telnet  # want: B401
