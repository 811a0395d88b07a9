if x:
    y = 1
    # indented final comment