# Only the first line with a bidirectional character is reported.
x = 1
s = "‏"  # want: B613
t = "‮"
