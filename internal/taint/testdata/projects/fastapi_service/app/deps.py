"""Dependencies shared by the routers."""
from typing import Annotated

from fastapi import Cookie, Depends, Header, HTTPException

from .config import Settings, get_settings


def current_tenant(x_tenant: str = Header(default="public")) -> str:
    return x_tenant


async def bearer_token(authorization: Annotated[str, Header()]) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer":
        raise HTTPException(status_code=401)
    return token


def report_dir(settings: Annotated[Settings, Depends(get_settings)]) -> str:
    return settings.report_dir


def preferred_region(region: str | None = Cookie(default=None)) -> str:
    return region or "eu"


Tenant = Annotated[str, Depends(current_tenant)]
Token = Annotated[str, Depends(bearer_token)]
ReportDir = Annotated[str, Depends(report_dir)]
