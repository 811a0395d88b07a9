import sqlite3

database = sqlite3.connect("example.db")
cur = database.cursor()

query = "SELECT * FROM foo WHERE id = '%s'" % identifier  # want: B608(medium/low)
query = "INSERT INTO foo VALUES ('a', 'b', '%s')" % value  # want: B608
query = "DELETE FROM foo WHERE id = '%s'" % identifier  # want: B608
query = "UPDATE foo SET value = 'b' WHERE id = '%s'" % identifier  # want: B608
query = """WITH cte AS (SELECT x FROM foo)
SELECT x FROM cte WHERE x = '%s'""" % identifier  # want-1: B608
query = "SELECT * FROM foo WHERE id = '" + identifier + "'"  # want: B608
query = "SELECT * FROM foo WHERE id = '{}'".format(identifier)  # want: B608
query = f"SELECT * FROM foo WHERE id = {tmp}"  # want: B608
query = "SELECT * FROM foo WHERE id = '[VALUE]'".replace("[VALUE]", identifier)  # want: B608(medium/low)

cur.execute("SELECT * FROM foo WHERE id = '%s'" % identifier)  # want: B608(medium/medium)
cur.execute("INSERT INTO foo VALUES ('a', 'b', '%s')" % value)  # want: B608(medium/medium)
cur.execute("SELECT * FROM foo WHERE id = '{}'".format(identifier))  # want: B608(medium/medium)
cur.execute(f"SELECT * FROM foo WHERE id = {identifier}")  # want: B608(medium/medium)
cur.execute("SELECT * FROM foo WHERE id = '[VALUE]'".replace("[VALUE]", identifier))  # want: B608(medium/low)
cur.executemany("SELECT * FROM foo WHERE id = " + identifier, rows)  # want: B608(medium/medium)

# Good
cur.execute("SELECT * FROM foo WHERE id = '%s'", identifier)
cur.execute("INSERT INTO foo VALUES ('a', 'b', '%s')", value)
cur.execute("SELECT * FROM foo")
query = "SELECT * FROM foo"
a = "SELECT * FROM foo" if x else "no"
# Bandit reports prose that reads like SQL too:
message = "Select an item from the list: %s" % items  # want: B608
message = "we need to update our set %s" % s  # want: B608(medium/low)
