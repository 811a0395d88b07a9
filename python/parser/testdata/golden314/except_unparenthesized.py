try:
    pass
except ValueError, TypeError:
    pass
except KeyError, IndexError, LookupError:
    pass
except (OSError, EOFError) as e:
    pass

try:
    pass
except* ValueError, TypeError:
    pass
except* KeyError, OSError:
    pass

try:
    pass
except a.b, c[0], d():
    pass

# A trailing comma makes a one-element tuple.
try:
    pass
except A,:
    pass
try:
    pass
except* B,:
    pass
