import sqlite3

from werkzeug.security import generate_password_hash


class User:
    @property
    def password(self):
        raise AttributeError("write-only")

    @password.setter
    def password(self, password):
        self.password_hash = generate_password_hash(password)


def register(form, db):
    user = User()
    user.password = form.password.data  # the setter hashes it (not Django)
    user.password_hash = form.password.data  # want: KR502
    user.password_hash = generate_password_hash(form.password.data)
    db.execute("INSERT INTO users (name, password) VALUES (?, ?)", (form.name.data, form.password.data))  # want: KR502
    hashed = generate_password_hash(form.password.data)
    db.execute("INSERT INTO users (name, password_hash) VALUES (?, ?)", (form.name.data, hashed))
    db.execute("UPDATE users SET name = ? WHERE id = ?", (form.name.data, 1))
