# -*- coding: utf-8 -*-
assert ready  # nosec
import requests
r = requests.get(url,
                 timeout=None)
