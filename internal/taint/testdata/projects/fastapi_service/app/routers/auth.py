"""Login, redirects, cookies and session state."""
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Cookie, Form, Header, HTTPException, Request, Response
from fastapi.responses import JSONResponse, RedirectResponse
from lxml import etree

from ..deps import Token
from ..models import LoginForm
from ..services.directory import Directory

router = APIRouter(prefix="/auth", tags=["auth"])
directory = Directory()
RETURN_PATHS = {"/", "/items/", "/files/uploads"}
SP_METADATA = b'<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://inventory.example.com/sp"/>'


@router.post("/login")
def login(form: LoginForm, request: Request):
    entries = directory.lookup(form.username)
    if not entries:
        raise HTTPException(status_code=401)
    request.session["display_name"] = form.username  # want: KR612
    request.session["logged_in"] = True  # safe: KR612 constant
    return RedirectResponse(url=form.next, status_code=303)  # want: KR605


@router.get("/return")
def go_back(to: str = "/"):
    if to not in RETURN_PATHS:
        raise HTTPException(status_code=400)
    return RedirectResponse(to)  # safe: KR605 allow-list that raises


@router.get("/sso")
def sso(request: Request, state: str = ""):
    query = urlencode({"client_id": "inventory", "state": state})
    return RedirectResponse("https://sso.example.com/authorize?" + query)  # safe: KR605 constant host, tainted query


@router.get("/continue")
def continue_to(request: Request):
    return RedirectResponse(request.query_params.get("next", "/"))  # want: KR605


@router.get("/groups/{group}")
def check_group(group: str, token: Token):
    return {"member": directory.member_of(token, group)}


@router.get("/whois")
def whois(mail: str):
    return {"entries": len(directory.by_mail(mail))}


@router.post("/prefs")
def prefs(response: Response, theme: str = Form("light"), page_size: int = Form(20)):
    response.set_cookie(key="theme", value=theme, httponly=True)  # want: KR611
    response.set_cookie(key="page_size", value=str(page_size))  # safe: KR611 int form field
    return {"ok": True}


@router.get("/trace")
def trace(response: Response, x_request_id: Annotated[str | None, Header()] = None):
    response.headers["X-Request-Id"] = x_request_id or "none"  # want: KR611
    response.headers["X-Service"] = "inventory"  # safe: KR611 constant
    return {"ok": True}


@router.get("/cache")
def cache_policy(response: Response, mode: str = "private"):
    if mode not in ("private", "public", "no-store"):
        raise HTTPException(status_code=400)
    response.headers["Cache-Control"] = mode  # safe: KR611 allow-list that raises
    response.set_cookie(key="cache_mode", value=mode)  # safe: KR611 allow-list that raises
    return {"mode": mode}


@router.get("/lang")
def lang(request: Request, accept_language: Annotated[str, Header()] = "en"):
    lang_code = accept_language.split(",")[0]
    request.session["lang"] = lang_code  # want: KR612
    return JSONResponse({"lang": lang_code}, headers={"Vary": "Accept-Language"})


@router.get("/region")
def region(request: Request, region: str | None = Cookie(default=None)):
    if region == "eu":
        request.session["region"] = region  # safe: KR612 compared with a constant
    return {"region": request.session.get("region")}


@router.post("/saml/acs")
async def saml_acs(request: Request):
    form = await request.form()
    assertion = form["SAMLResponse"].encode()
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(assertion, parser=parser)  # want: KR610
    issuer = doc.xpath("string(//*[local-name()='Issuer'])")
    return {"issuer": issuer}


@router.get("/saml/sp-metadata")
def sp_metadata(request: Request):
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(SP_METADATA, parser)  # safe: KR610 constant document
    return {"entity": doc.get("entityID"), "asked": request.query_params.get("for", "")}


@router.post("/saml/metadata")
async def saml_metadata(request: Request):
    body = await request.body()
    doc = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))  # safe: KR610 entities not resolved
    entity = request.query_params.get("entity", "")
    found = doc.xpath("//*[@entityID=$e]", e=entity)  # safe: KR608 XPath variable
    named = doc.xpath("//*[@entityID='" + entity + "']")  # want: KR608
    return {"found": len(found), "named": len(named)}
