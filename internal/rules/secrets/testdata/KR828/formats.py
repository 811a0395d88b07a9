# KR828 private_key: the OpenSSH, PGP and EC block formats in the shapes
# code holds them. The BEGIN line is split in two literals so that this
# file holds no key block that other scanners would flag; the AST joins
# them.
import io

import paramiko

# want+1: KR828(high/high)
DEPLOY_KEY = "-----BEGIN OPENSSH " """PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAAzsJmW3V/RCyAxC36Ztduv8ZsTexbrSos8KHOFYkD2Wi5Ke
xl7Bq3Qm5S4lpaEjgLV/LWKdksSZ4Cw6hFz2YcbOKDzkC18xxDTdE/MTxJl1la0Upqo/93
gzy5XyWTBRisbsHMrMzF1L0vXBO+zON1n3OfNqBvf8SX4Cng14MjlqT0QYPclNFRkMLhY8
KsZbACtZdiV4XV
-----END OPENSSH PRIVATE KEY-----
"""
signer = load_signing_key(armored="-----BEGIN PGP " "PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\ndtGwzAE5ZwCeVeNph9Xvk2YKNZ0mEB3Vmb2XYzPKzFiH66hBQuTH1lu4gGqM7cNe\n9fNWJnrrBzqo/CSrAowGo9OFVEUYyxIYr3WVUeAd1XVgO/hXi426JGVYtSk6QEZM\nLBDCVbV2Uq4br99gnVs4S/4GdsAxeOMpUlXjv4GgF8sKmVFDBZKXlD/82iUUtVOi\nq6cRwIp0TQmTzNZ0WdAbbA==\n=KRAI\n-----END PGP PRIVATE KEY BLOCK-----\n")  # want: KR828
KEYS = {"ec": "-----BEGIN EC " "PRIVATE KEY-----\ne4VTMN4CDmdDXJkfgl3cTAESyuQlVHeu3kP0Lr1Rd/hqM99nWETzf1iDVSd4e3TX\nyiV7gKWr/WAxDxPfH6FhGZVeiYIFl2S6OlGwx0ichWXnHA21dkgowgm3\n-----END EC PRIVATE KEY-----\n"}  # want: KR828


def connect(host, pkey="-----BEGIN EC " "PRIVATE KEY-----\ne4VTMN4CDmdDXJkfgl3cTAESyuQlVHeu3kP0Lr1Rd/hqM99nWETzf1iDVSd4e3TX\nyiV7gKWr/WAxDxPfH6FhGZVeiYIFl2S6OlGwx0ichWXnHA21dkgowgm3\n-----END EC PRIVATE KEY-----\n"):  # want: KR828
    return paramiko.ECDSAKey.from_private_key(io.StringIO(pkey))


banner = f"{host}: " "-----BEGIN EC " "PRIVATE KEY-----\ne4VTMN4CDmdDXJkfgl3cTAESyuQlVHeu3kP0Lr1Rd/hqM99nWETzf1iDVSd4e3TX\nyiV7gKWr/WAxDxPfH6FhGZVeiYIFl2S6OlGwx0ichWXnHA21dkgowgm3\n-----END EC PRIVATE KEY-----\n"  # want: KR828

# Negatives: public keys and certificates, placeholders, prose.
PUBLIC = "-----BEGIN PUBLIC KEY-----\ne4VTMN4CDmdDXJkfgl3cTAESyuQlVHeu3kP0Lr1Rd/hqM99nWETzf1iDVSd4e3TX\nyiV7gKWr/WAxDxPfH6FhGZVeiYIFl2S6OlGwx0ichWXnHA21dkgowgm3\n-----END PUBLIC KEY-----"
CERT = "-----BEGIN CERTIFICATE-----\ne4VTMN4CDmdDXJkfgl3cTAESyuQlVHeu3kP0Lr1Rd/hqM99nWETzf1iDVSd4e3TX\nyiV7gKWr/WAxDxPfH6FhGZVeiYIFl2S6OlGwx0ichWXnHA21dkgowgm3\n-----END CERTIFICATE-----"
TEMPLATE = "-----BEGIN OPENSSH " "PRIVATE KEY-----\n<paste your key here>\n-----END OPENSSH PRIVATE KEY-----"
BROKEN = "-----BEGIN RSA " "PRIVATE KEY-----\nBad Key, though the cert should be OK\n-----END RSA PRIVATE KEY-----"
MISMATCHED = "-----BEGIN EC " "PRIVATE KEY-----\ne4VTMN4CDmdDXJkfgl3cTAESyuQlVHeu3kP0Lr1Rd/hqM99nWETzf1iDVSd4e3TX\nyiV7gKWr/WAxDxPfH6FhGZVeiYIFl2S6OlGwx0ichWXnHA21dkgowgm3\n-----END RSA PRIVATE KEY-----"
HEADER = "-----BEGIN OPENSSH " "PRIVATE KEY-----"  # the marker alone, as a parser of key files holds it
