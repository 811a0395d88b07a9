"""Constants for the service."""
DB_PATH = "/var/lib/notes/notes.db"
PG_DSN = "postgresql://notes@db.internal/notes"
ATTACHMENTS = "/var/lib/notes/attachments"
EXPORTS = "/var/lib/notes/exports"
SEARCH_API = "https://search.internal.example.com"
PREVIEW_HOSTS = frozenset({"images.example.com", "static.example.com"})
TRUSTED_REDIRECTS = ("/", "/notes", "/login")
COOKIE_SECRET = b"0123456789abcdef0123456789abcdef"
