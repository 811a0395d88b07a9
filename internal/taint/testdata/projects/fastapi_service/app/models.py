"""Request and response schemas."""
from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field, HttpUrl


class Category(str, Enum):
    tools = "tools"
    garden = "garden"
    kitchen = "kitchen"


class ItemFilter(BaseModel):
    name: str | None = None
    category: str = "all"
    min_price: float = 0
    limit: int = Field(20, ge=1, le=200)


class ItemCreate(BaseModel):
    sku: str
    name: str
    quantity: int
    description: str = ""


class Webhook(BaseModel):
    url: HttpUrl
    event: str


class ExportRequest(BaseModel):
    fmt: Literal["csv", "json"] = "csv"
    label: str


class PricingRule(BaseModel):
    expression: str
    base_price: float


class LoginForm(BaseModel):
    username: str
    password: str
    next: str = "/"
