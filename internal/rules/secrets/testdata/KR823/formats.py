# KR823: the other formats of the credential, in an f-string and a call.
# Split in two literals, as in shapes.py; KRAITFAKE marks the fakes.
LEGACY = "https://discordapp.com/api/webhooks/" "809390732549912821/KRAITFAKEJ1Ua9yb_kjxn8SqY1z4QcI890o29xiXce0rUhSHj1ekG1cU3UgdWUpD-pCK"  # want: KR823
requests.post(f"https://discord.com/api/webhooks/" "9098653306926682604/KRAITFAKEPLxBFPSYusFh8HQJJJco70SJWQJh60UMxQdk_3bryGaDTyFG3tCOwApQUYQ", json=msg)  # want: KR823
HOOK = f"https://discord.com/api/webhooks/{hook_id}/{hook_token}"
