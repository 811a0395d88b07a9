from enum import Enum

from pydantic import BaseModel


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"
    xlsx = "xlsx"


class Region(str, Enum):
    eu = "eu"
    us = "us"


class ItemIn(BaseModel):
    name: str
    sku: str
    quantity: int
    price: float
    supplier_url: str = ""


class ReportRequest(BaseModel):
    title: str
    template: str
    warehouse_id: int
