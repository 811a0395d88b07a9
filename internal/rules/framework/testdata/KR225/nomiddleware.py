# An app that configures no middleware is not reported.
from fastapi import FastAPI

app = FastAPI()


@app.get("/")
def root():
    return {}
