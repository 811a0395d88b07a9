import os
import os.path
import os.path as osp
import a, b.c, d as e
import a.b.c.d as deep
from os import path
from os import path as p, sep
from os import (path, sep as s,)
from os import (
    path,
    sep,
)
from collections.abc import Mapping
from __future__ import annotations
