connect(user="app", password="hunter2")  # want: B106(low/medium)
connect(user="app", password=os.environ["PW"])
connect(user="app", passwd="x", token="y")  # want: B106
login(
    user="app",
    pwd="secret",  # want: B106
)
connect(user="app", password=None)
connect(user="app", username="admin")
