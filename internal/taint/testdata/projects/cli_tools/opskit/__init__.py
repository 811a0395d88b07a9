"""opskit: small operations tools for the shop's servers."""
__version__ = "0.4.0"
