# As in Bandit, a module that only imports names from yaml is not checked.
from yaml import load

load("{}")
