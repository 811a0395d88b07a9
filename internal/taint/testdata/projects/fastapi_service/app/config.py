"""Service settings: constants and pydantic-settings defaults."""
from functools import lru_cache

from pydantic_settings import BaseSettings

DATA_DIR = "/var/lib/inventory"
REPORT_DIR = "/var/lib/inventory/reports"
MODEL_DIR = "/var/lib/inventory/models"
PRICING_API = "https://pricing.internal.example.com"
CDN_BASE = "https://cdn.example.com"
LDAP_HOST = "ldaps://ldap.example.com"
LDAP_BASE = "ou=users,dc=example,dc=com"
PARTNERS = {"acme": "https://api.acme.example", "globex": "https://api.globex.example"}


class Settings(BaseSettings):
    app_name: str = "inventory"
    upstream_url: str = "https://upstream.internal.example.com/v1"
    report_dir: str = REPORT_DIR
    database_url: str = "postgresql+psycopg://inventory@db/inventory"


@lru_cache
def get_settings() -> Settings:
    return Settings()
