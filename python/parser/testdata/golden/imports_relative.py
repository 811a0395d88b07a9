from . import x
from .. import y
from ... import z
from .... import w
from ..... import v
from ...... import u
from .mod import a
from ..pkg.mod import b as c
from ...pkg import (d, e)
from ....pkg.sub import *
from . . . import spaced
from .. . ... import mixed
from . import *
