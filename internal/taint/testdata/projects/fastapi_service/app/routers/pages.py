"""The few HTML pages the service serves itself."""
import html
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import escape
from sqlalchemy.orm import Session

from .. import crud
from ..db import get_db
from ..services.render import results_table, results_table_escaped

router = APIRouter(tags=["pages"])
templates = Jinja2Templates(directory="app/templates")


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: str = ""):
    return templates.TemplateResponse(request, "home.html", {"q": q})  # safe: KR701 KR702 template file, tainted variable


@router.get("/hello", response_class=HTMLResponse)
def hello(name: str = "world"):
    return f"<h1>Hello {name}</h1>"  # want: KR701


@router.get("/hello/json")
def hello_json(name: str = "world"):
    # Without an HTML response class FastAPI serialises the string as JSON.
    return f"<h1>Hello {name}</h1>"  # safe: KR701 JSON response


@router.get("/hello/escaped", response_class=HTMLResponse)
def hello_escaped(name: str = "world"):
    return f"<h1>Hello {escape(name)}</h1>"  # safe: KR701 markupsafe.escape


@router.get("/results")
def results(db: Annotated[Session, Depends(get_db)], q: Annotated[str, Query(max_length=50)] = ""):
    rows = crud.search_items_bound(db, q)
    return HTMLResponse(content=results_table(rows, q))  # want: KR701


@router.get("/results/escaped")
def results_escaped(db: Annotated[Session, Depends(get_db)], q: str = ""):
    rows = crud.search_items_bound(db, q)
    return HTMLResponse(results_table_escaped(rows, q))  # safe: KR701 html.escape in the helper


@router.get("/banner")
async def banner(request: Request):
    text = request.query_params.get("text", "")
    page = "<div class='banner'>"
    for word in text.split():
        page += f"<span>{word}</span>"
    page += "</div>"
    return HTMLResponse(page)  # want: KR701


@router.get("/banner/plain")
async def banner_plain(request: Request):
    words = [html.escape(w) for w in request.query_params.get("text", "").split()]
    return HTMLResponse("<div>" + " ".join(words) + "</div>")  # safe: KR701 html.escape
