import hashlib
import hmac
import random
import string

import bcrypt
import jwt
from fastapi import APIRouter, Header, HTTPException, Response

from .settings import JWT_KEY, WEBHOOK_KEY

router = APIRouter()


@router.post("/login")
async def login(response: Response, username: str, password: str):
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=8))  # want: KR503
    session_token = "".join(random.choices(string.ascii_letters + string.digits, k=32))  # want: KR509
    response.set_cookie("session", session_token)  # want: KR224
    return {"hashed": hashed.decode()}


@router.get("/me")
async def me(authorization: str = Header()):
    claims = jwt.decode(authorization.removeprefix("Bearer "), JWT_KEY, algorithms=["HS256", "none"])  # want: KR511
    return claims


@router.post("/hooks/payments")
async def payment_hook(body: bytes, x_signature: str = Header()):
    expected = hmac.new(WEBHOOK_KEY, body, hashlib.sha256).hexdigest()
    if x_signature != expected:  # want: KR510
        raise HTTPException(status_code=400)
    return {"ok": True}
