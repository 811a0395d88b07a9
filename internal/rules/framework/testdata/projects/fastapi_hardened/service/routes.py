import hashlib
import hmac
import secrets

import jwt
from argon2 import PasswordHasher
from fastapi import APIRouter, Header, HTTPException, Response

from .settings import JWT_KEY, WEBHOOK_KEY

router = APIRouter()
hasher = PasswordHasher()


@router.post("/login")
async def login(response: Response, username: str, password: str):
    hashed = hasher.hash(password)
    session_token = secrets.token_urlsafe(32)
    response.set_cookie("session", session_token, secure=True, httponly=True, samesite="strict")
    return {"hashed": hashed}


@router.get("/me")
async def me(authorization: str = Header()):
    claims = jwt.decode(authorization.removeprefix("Bearer "), JWT_KEY, algorithms=["HS256"], audience="orders")
    return claims


@router.post("/hooks/payments")
async def payment_hook(body: bytes, x_signature: str = Header()):
    expected = hmac.new(WEBHOOK_KEY, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(x_signature, expected):
        raise HTTPException(status_code=400)
    return {"ok": True}
