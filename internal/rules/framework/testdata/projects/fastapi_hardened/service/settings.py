import os

JWT_KEY = os.environ["JWT_KEY"]
WEBHOOK_KEY = os.environ["WEBHOOK_KEY"].encode()
