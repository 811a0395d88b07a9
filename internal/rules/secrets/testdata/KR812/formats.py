# KR812: the other formats of the credential, in an f-string and a call.
# Split in two literals, as in shapes.py; KRAITFAKE marks the fakes.
OPENAI_API_KEY = "sk-" "KRAITFAKEW5VNKeUw5vcT3BlbkFJud5fXHHCHrV4FRSVcJTI"  # the legacy format  # want: KR812
SERVICE_KEY = "sk-svcacct-" "KRAITFAKE4N_7gl49LMp3pkg54WdvBdp7fjONS0eXGh-itmPfNt3HoaKc7s6uxi05Ohsa"  # want: KR812
client = OpenAI(api_key=f"{''}" "sk-proj-" "KRAITFAKEJJeISrtqsBksL7jlSjNUa84mr8AUeI0Srv2t3FGPx0AsExTV8aevrBFTnRAm")  # want: KR812
# sk- alone is no format: a secret by its name only.
OPENAI_API_KEY = "sk-" "KRAITFAKEhZ5ia1Eyd3F6Qkdsu9tajbDFG4HlF4TOHBhDIl0"  # want: KR831
