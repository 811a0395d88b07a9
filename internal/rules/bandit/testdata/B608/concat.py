# Bandit matches each string of a binary operation together with the
# strings of the operations above it, not below it.
q = ("SELECT x " + cols) + " FROM t"  # want: B608
q = "SELECT x " + (cols + " FROM t")
q = "SELECT x FROM " + table + " WHERE a = 1"  # want: B608
