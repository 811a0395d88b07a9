import dill
import jsonpickle
import pandas as pd
import pickle
import shelve
from pickle import loads as pl

pick = pickle.dumps({"a": "b", "c": "d"})
pickle.loads(pick)  # want: B301(medium/high)
pickle.load(open("f", "rb"))  # want: B301
pickle.Unpickler(f)  # want: B301
pl(pick)  # want: B301
dill.loads(pick)  # want: B301
dill.load(f)  # want: B301
dill.Unpickler(f)  # want: B301
shelve.open("db")  # want: B301
shelve.DbfilenameShelf("db")  # want: B301
jsonpickle.decode(s)  # want: B301
jsonpickle.unpickler.decode(s)  # want: B301
jsonpickle.unpickler.Unpickler()  # want: B301
pd.read_pickle("f.pkl")  # want: B301
pickle.dumps(obj)
json.loads(s)
