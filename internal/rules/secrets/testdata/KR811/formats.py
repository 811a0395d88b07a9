# KR811: the other formats of the credential, in an f-string and a call.
# Split in two literals, as in shapes.py; KRAITFAKE marks the fakes.
SERVICE_BUS = "Endpoint=sb://kraitfake.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=" "KRAITFAKE0+KjBo54C+yiuZWl/yT8n/tH3bMVjPAMUr="  # want: KR811
BlobServiceClient.from_connection_string(f"DefaultEndpointsProtocol=https;AccountName={name};AccountKey=" "KRAITFAKETCY4a7iJqx7uDSeHoE8orrWBZ8BJIPMk96x6ghRbC2lmGqhZfeaiId7YPsTFLtMRbM/dIjoSV3Svk==")  # want: KR811
CONN = f"DefaultEndpointsProtocol=https;AccountName={name};AccountKey={key}"  # the key is a variable
