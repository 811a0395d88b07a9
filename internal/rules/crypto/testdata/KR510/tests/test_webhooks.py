import hashlib
import hmac


def test_signature():
    sig = hmac.new(b"k", b"body", hashlib.sha256).hexdigest()
    assert sig == "c2f0"
    assert sig == hmac.new(b"k", b"body", hashlib.sha256).hexdigest()
