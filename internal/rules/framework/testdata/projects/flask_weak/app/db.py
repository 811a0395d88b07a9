import sqlite3

db = sqlite3.connect("blog.db", check_same_thread=False)
