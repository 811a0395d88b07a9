from starlette.responses import JSONResponse


async def login(request):
    response = JSONResponse({})
    # Starlette defaults samesite to "lax".
    response.set_cookie("session", "1", secure=True, httponly=True)
    response.set_cookie("session", "1", httponly=True)  # want: KR224
    return response
