from app import app


def test_index():
    client = app.test_client()
    assert client.get("/user/alice").status_code == 200
