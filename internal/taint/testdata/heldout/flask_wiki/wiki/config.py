class DefaultConfig:
    SECRET_KEY = "change-me"
    DATABASE = "/var/lib/wiki/wiki.db"
    PAGES_DIR = "/var/lib/wiki/pages"
    UPLOAD_DIR = "/var/lib/wiki/uploads"
    TOC_FILE = "/var/lib/wiki/toc.xml"
    LDAP_URL = "ldap://ldap.wiki.internal"
    RENDER_SERVICE = "https://render.example.com"
    ALLOWED_EXPORT_FORMATS = ("html", "markdown", "plain")
    WELCOME_TEMPLATE = "<h1>Welcome to {{ site }}</h1>"
