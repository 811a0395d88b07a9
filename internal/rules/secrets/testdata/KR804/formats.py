# KR804: the other formats of the credential, in an f-string and a call.
# Split in two literals, as in shapes.py; KRAITFAKE marks the fakes.
DEPLOY = "gldt-" "KRAITFAKENitTucoCBFV"  # want: KR804
RUNNER = "glrt-" "KRAITFAKEyvuxYpcxv3Q"  # want: KR804
TRIGGER = "glptt-" "KRAITFAKE55c41d6989e928edbba16e8be76893f"  # want: KR804
gitlab.Gitlab(url, private_token="glpat-" "KRAITFAKEJLxdqVTSIY3")  # want: KR804
TOKEN = "glpat-" "KRAITFAKEyqEIV"  # too short
