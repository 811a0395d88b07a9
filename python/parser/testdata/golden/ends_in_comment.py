x = 1
# final comment without newline