# KR803: the other formats of the credential, in an f-string and a call.
# Split in two literals, as in shapes.py; KRAITFAKE marks the fakes.
GH_OAUTH = "gho_" "KRAITFAKEGouSHrcvm2i4JSyw8zIDmjEU6Qt"  # want: KR803
GH_APP = "ghs_" "KRAITFAKEBalmMRbCJIAgQ99BKjYykHF850C"  # want: KR803
GH_REFRESH = "ghr_" "KRAITFAKEpyQUaHV4nZSORi6KM8oCxfcxHeO"  # want: KR803
GH_USER = "ghu_" "KRAITFAKEWqZvh7AoG1ZFgibwWby7Pq5nhbS"  # want: KR803
GH_PAT = "github_pat_" "KRAITFAKEe5vXKlkVtwkYU_WDZTjbohh0uTs9cGFw7bE4qw0wjme4FbrRQ8BAaHMGNRv2mGGHF1ZNFMltK"  # want: KR803
headers = {"Authorization": f"token {''}" "ghp_" "KRAITFAKEIpOoeMdeR97uQB0i3iTYdEaVlbv"}  # want: KR803
GH_PAT = "github_pat_" "KRAITFAKEcSLfJrGExbFJc"  # too short for the fine-grained format
