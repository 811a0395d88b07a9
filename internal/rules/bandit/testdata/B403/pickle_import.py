import pickle  # want: B403(low/high)
import cPickle  # want: B403
import dill  # want: B403
import shelve  # want: B403
from pickle import loads  # want: B403
import pickletools  # want: B403
import os, pickle  # want: B403
import json
__import__("pickle")  # want: B403
importlib.import_module("dill")  # want: B403
