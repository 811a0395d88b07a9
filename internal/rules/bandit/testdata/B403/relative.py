# As in Bandit, the module name of a relative import is matched without
# its dots.
from .pickle import x  # want: B403
from . import shelve  # want: B403
