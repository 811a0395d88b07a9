# In a test file, findings keep their rule at low severity.
password = "Zq7#kLm2!vR9xT4w"  # want: KR831(low/low)
aws = "AKIA" "KRAITFAKESAKWPFY"  # want: KR801(low/high)
