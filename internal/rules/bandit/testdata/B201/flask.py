from flask import Flask

app = Flask(__name__)


@app.route("/")
def main():
    raise Exception()


app.run(debug=True)  # want: B201(high/medium)
app.run()
app.run(debug=False)
app.run(host="0.0.0.0", debug=os.environ.get("DEBUG"))
app.run(
    host="127.0.0.1",
    debug=True,  # want: B201
)
Flask(__name__).run(debug=True)  # want: B201
app.start(debug=True)
