x = 1
# comment ending in a backslash \
