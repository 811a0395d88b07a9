# nothing to see

x = 1
