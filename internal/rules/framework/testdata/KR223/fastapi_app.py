from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.applications import Starlette
from starlette.middleware import Middleware

app = FastAPI()
app.add_middleware(  # want: KR223
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
)
app.add_middleware(CORSMiddleware, allow_origin_regex="https://.*", allow_credentials=True)  # want: KR223
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False)
app.add_middleware(CORSMiddleware, allow_origins=["*"])
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)
app.add_middleware(CORSMiddleware, allow_origin_regex=r"https://.*\.example\.com", allow_credentials=True)

star = Starlette(middleware=[
    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True),  # want: KR223
])
