for i in range(10):
    try:
        a = i
    except:  # want: B112(low/high)
        continue

while True:
    try:
        a = 1
    except Exception:  # want: B112
        continue

for i in range(10):
    try:
        a = i
    except ZeroDivisionError:
        continue

for i in range(10):
    try:
        a = i
    except Exception:
        a = 0
        continue
