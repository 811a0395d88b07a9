# KR818: the other formats of the credential, in an f-string and a call.
# Split in two literals, as in shapes.py; KRAITFAKE marks the fakes.
TEST_PYPI = "pypi-" "AgENdGVzdC5weXBpLm9yZwKRAITFAKEIfLayj8pGHKShoiJk_joAvapT-eiR1ogbvhOxc5Z_RT9mLxhw0wq9neLB5wk"  # want: KR818
subprocess.run(["twine", "upload", "-p", f"{''}" "pypi-" "AgEIcHlwaS5vcmcKRAITFAKEFpahJQqF95ZmmcwvVGwXuSFEyFwO3Nv2G6D-qzKpbGRbO1VeuaBzPWKVKE1k", "dist/*"])  # want: KR818
# Not a macaroon for pypi.org: a secret by its name only.
TOKEN = "pypi-" "KRAITFAKEIpFzsKdTVSJXkVwR7dxN49SUgAaP7n79gD53ZamAZJZTX_EVe553pNfW3LMI"  # want: KR831
