# KR806: the other formats of the credential, in an f-string and a call.
# Split in two literals, as in shapes.py; KRAITFAKE marks the fakes.
WORKFLOW = "https://hooks.slack.com/workflows/" "TWN6RJJCD/AKXTCFXV423/779082456580004075/KRAITFAKEfx6DmLY35hXGeVa"  # want: KR806
requests.post(f"https://hooks.slack.com/services/" "TNZKIPUZ3/B3LGF3BBAHX/KRAITFAKEffBTPhDuSh9YAmz", json=payload)  # want: KR806
HOOK = "https://hooks.slack.com/services/" "T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"  # Slack's documentation placeholder
