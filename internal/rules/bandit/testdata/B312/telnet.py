import telnetlib

tn = telnetlib.Telnet("localhost")  # want: B312(high/high)
