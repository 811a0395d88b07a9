simple = b"\\ \' \" \a \b \f \n \r \t \v"
octal = b"\0 \7 \07 \007 \177 \377 \400 \777"
hexes = b"\x00 \x41 \x7f \xff \xFF"
not_escapes = b"\N{BULLET} \u1234 \U00001234"
invalid = b"\q \d \8"
continued = b"a\
b"
raw = rb"\x00 \n"
high = b"\xc3\xa9"
empty = b""
triple = b"""multi
line"""
