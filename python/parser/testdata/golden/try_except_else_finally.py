try:
    pass
except:
    pass

try:
    x()
except ValueError:
    y()
except (TypeError, KeyError) as e:
    z(e)
except Exception as exc:
    raise
else:
    w()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except E:
    pass
else:
    pass

try:
    pass
except mod.Error as err:
    pass
except (a.b, c[0], d()):
    pass
except x if y else z:
    pass
