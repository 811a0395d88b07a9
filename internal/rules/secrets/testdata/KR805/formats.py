# KR805: the other formats of the credential, in an f-string and a call.
# Split in two literals, as in shapes.py; KRAITFAKE marks the fakes.
SLACK_APP_TOKEN = "xapp-" "1-A0TRMFQZQ4R-1186076498605-KRAITFAKEdde0630c2cb7faef3e2d79da6e3870f3da2c2458da1c9251f8f67bf"  # want: KR805
SLACK_USER_TOKEN = "xoxp-" "422085737148-186713823373-1797179748671-KRAITFAKE7091aa2dbb8c9a8d1be9554"  # want: KR805
client = WebClient(token=f"{''}" "xoxb-" "8659662564355-2734725673383-KRAITFAKEFnlD8OdludIlpuY")  # want: KR805
SLACK_BOT_TOKEN = "xoxb-" "not-a-token"
