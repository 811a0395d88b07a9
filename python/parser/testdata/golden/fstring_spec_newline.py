# A real newline inside the format spec of a single-quoted f-string is
# accepted by CPython 3.13 when no replacement field precedes it in the spec;
# the newline itself is dropped from the spec.
x = f'{a:
}'
y = f"{a!r:>10
}"
