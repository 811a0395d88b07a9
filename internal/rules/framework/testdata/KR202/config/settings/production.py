from .base import *

KEY = "6w!r0y#c-kept-in-a-module-constant-is-still-in-the-repo-2b@"
SECRET_KEY = KEY  # want: KR202
SECRET_KEY = os.environ.get("SECRET_KEY") or "k3y-that-is-long-enough-but-still-sitting-in-the-repository!"  # want: KR202
