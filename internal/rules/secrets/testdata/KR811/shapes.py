# KR811 azure_storage_account_key: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=kraitfake;AccountKey=" "KRAITFAKEBrsxipFIZhHqse/Jo7NoaJ53nD19NjKH08WUxf8ebEBVqE7lp2g5c7tJXGsM2AZJo5gmahGhTqm1m==;EndpointSuffix=core.windows.net"  # want: KR811(high/high)
settings.connection_string = "DefaultEndpointsProtocol=https;AccountName=kraitfake;AccountKey=" "KRAITFAKEBrsxipFIZhHqse/Jo7NoaJ53nD19NjKH08WUxf8ebEBVqE7lp2g5c7tJXGsM2AZJo5gmahGhTqm1m==;EndpointSuffix=core.windows.net"  # want: KR811
CONFIG = {"service": "x", "credential": "DefaultEndpointsProtocol=https;AccountName=kraitfake;AccountKey=" "KRAITFAKEBrsxipFIZhHqse/Jo7NoaJ53nD19NjKH08WUxf8ebEBVqE7lp2g5c7tJXGsM2AZJo5gmahGhTqm1m==;EndpointSuffix=core.windows.net"}  # want: KR811
client = connect(endpoint, credential="DefaultEndpointsProtocol=https;AccountName=kraitfake;AccountKey=" "KRAITFAKEBrsxipFIZhHqse/Jo7NoaJ53nD19NjKH08WUxf8ebEBVqE7lp2g5c7tJXGsM2AZJo5gmahGhTqm1m==;EndpointSuffix=core.windows.net")  # want: KR811


def connect_default(credential="DefaultEndpointsProtocol=https;AccountName=kraitfake;AccountKey=" "KRAITFAKEBrsxipFIZhHqse/Jo7NoaJ53nD19NjKH08WUxf8ebEBVqE7lp2g5c7tJXGsM2AZJo5gmahGhTqm1m==;EndpointSuffix=core.windows.net"):  # want: KR811
    return credential


line = f"{name}: " "DefaultEndpointsProtocol=https;AccountName=kraitfake;AccountKey=" "KRAITFAKEBrsxipFIZhHqse/Jo7NoaJ53nD19NjKH08WUxf8ebEBVqE7lp2g5c7tJXGsM2AZJo5gmahGhTqm1m==;EndpointSuffix=core.windows.net"  # want: KR811
if credential == "DefaultEndpointsProtocol=https;AccountName=kraitfake;AccountKey=" "KRAITFAKEBrsxipFIZhHqse/Jo7NoaJ53nD19NjKH08WUxf8ebEBVqE7lp2g5c7tJXGsM2AZJo5gmahGhTqm1m==;EndpointSuffix=core.windows.net":  # want: KR811
    pass
stored = os.environ.get("CREDENTIAL", "DefaultEndpointsProtocol=https;AccountName=kraitfake;AccountKey=" "KRAITFAKEBrsxipFIZhHqse/Jo7NoaJ53nD19NjKH08WUxf8ebEBVqE7lp2g5c7tJXGsM2AZJo5gmahGhTqm1m==;EndpointSuffix=core.windows.net")  # want: KR811


def documented():
    "Call it with " "DefaultEndpointsProtocol=https;AccountName=kraitfake;AccountKey=" "KRAITFAKEBrsxipFIZhHqse/Jo7NoaJ53nD19NjKH08WUxf8ebEBVqE7lp2g5c7tJXGsM2AZJo5gmahGhTqm1m==;EndpointSuffix=core.windows.net"  # want: KR811

# Negatives: environment lookups, placeholders, documentation examples.
CONNECTION_STRING = os.environ["CONNECTION_STRING"]
CONNECTION_STRING = os.getenv("CONNECTION_STRING")
CONNECTION_STRING = os.environ.get("CONNECTION_STRING", "")
CONNECTION_STRING = "<your-credential>"
CONNECTION_STRING = "${CONNECTION_STRING}"
CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=kraitfake;AccountKey=" "xxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==;xxxxxxxxxxxxxx=xxxx.xxxxxxx.xxx"  # the shape, with x for every character
CONNECTION_STRING = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"  # the storage emulator's published development key: not reported
