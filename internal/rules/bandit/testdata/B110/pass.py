try:
    a = 1
except:  # want: B110(low/high)
    pass

try:
    a = 1
except Exception:  # want: B110
    pass

try:
    a = 1
except ZeroDivisionError:
    pass

try:
    a = 1
except (ZeroDivisionError, Exception):
    pass

try:
    a = 1
except Exception:
    a = 2
    pass

try:
    a = 1
except Exception as e:  # want: B110
    pass
