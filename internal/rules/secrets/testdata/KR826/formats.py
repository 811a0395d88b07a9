# KR826: the other formats of the credential, in an f-string and a call.
# Split in two literals, as in shapes.py; KRAITFAKE marks the fakes.
SQUARE_APP_SECRET = "sq0csp-" "KRAITFAKE0B4LQjoOPV-dOdMxH4Yglewskd38yds_I1"  # want: KR826
client = Client(access_token=f"{''}" "sq0atp-" "KRAITFAKETtjDie1WBtWDe")  # want: KR826
# Too short for the format: a secret by its name only.
SQUARE_APP_SECRET = "sq0csp-" "KRAITFAKEz_Ub1NT7NS"  # want: KR831
