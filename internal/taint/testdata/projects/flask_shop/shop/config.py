"""Static configuration. Nothing here comes from a request."""
import os

BASE_DIR = os.path.dirname(os.path.abspath(__file__))


class DefaultConfig:
    SECRET_KEY = "dev-only-secret"
    DATABASE = os.path.join(BASE_DIR, "..", "instance", "shop.sqlite3")
    UPLOAD_DIR = "/srv/shop/uploads"
    INVOICE_DIR = "/srv/shop/invoices"
    ARCHIVE_DIR = "/srv/shop/invoices/archive"
    EXPORT_DIR = "/srv/shop/exports"
    BACKUP_DIR = "/srv/shop/backups"
    RESTORE_DIR = "/srv/shop/restore"
    DATA_DIR = os.path.join(BASE_DIR, "data")
    INVENTORY_API = "https://inventory.internal.example.com"
    LDAP_URL = "ldap://ldap.example.com"
    LDAP_BASE_DN = "ou=people,dc=example,dc=com"
    LDAP_BIND_DN = "cn=shop,ou=services,dc=example,dc=com"
    LDAP_BIND_PASSWORD = "not-a-real-password"
    ALLOWED_CURRENCIES = ("EUR", "USD", "GBP")
    PARTNER_HOSTS = frozenset({"api.fedex.example", "api.dhl.example"})


UPLOAD_DIR = DefaultConfig.UPLOAD_DIR
INVOICE_DIR = DefaultConfig.INVOICE_DIR
