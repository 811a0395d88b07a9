try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    print(eg.exceptions)
except *OSError as e:
    pass
else:
    pass
finally:
    done()

try:
    pass
except* E:
    pass
