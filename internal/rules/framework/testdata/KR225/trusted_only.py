from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

app = Starlette(middleware=[
    Middleware(TrustedHostMiddleware, allowed_hosts=["api.example.com"]),  # want: KR225
])
