import os
import random
import secrets
from random import randint as ri

bad = random.Random()  # want: B311(low/high)
bad = random.random()  # want: B311
bad = random.randrange(10)  # want: B311
bad = random.randint(1, 6)  # want: B311
bad = random.choice([1, 2])  # want: B311
bad = random.choices([1, 2])  # want: B311
bad = random.uniform(0, 1)  # want: B311
bad = random.triangular()  # want: B311
bad = random.randbytes(4)  # want: B311
bad = random.sample(range(10), 2)  # want: B311
bad = random.getrandbits(8)  # want: B311
bad = ri(1, 6)  # want: B311

rr = random.randrange
bad = rr(10)  # want: B311

good = os.urandom(16)
good = random.SystemRandom()
good = secrets.token_hex(16)
good = random.seed(1)
