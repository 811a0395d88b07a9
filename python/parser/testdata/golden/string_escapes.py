simple = "\\ \' \" \a \b \f \n \r \t \v"
octal = "\0 \7 \07 \007 \17 \177 \377 \400 \777 \0000 \1234"
hexes = "\x00 \x41 \x7f \xff \xFF \xaB"
unicode16 = "\u0000 \u00e9 \u20AC \uffff \ud800"
unicode32 = "\U00000041 \U0001F600 \U0010FFFF"
named = "\N{LATIN SMALL LETTER E WITH ACUTE} \N{EURO SIGN} \N{BULLET}"
named_lower = "\N{latin small letter a} \N{Bullet}"
named_alias = "\N{NBSP} \N{BOM} \N{LINE FEED} \N{NULL} \N{ZWJ}"
named_cjk = "\N{CJK UNIFIED IDEOGRAPH-4E00} \N{HANGUL SYLLABLE GA}"
continued = "line one \
line two"
continued_single = 'a\
b\
c'
triple_continued = """a\
b"""
invalid = "\q \d \w \[ \% \8 \9"
mixed = "é\x41\u00e9\N{LATIN SMALL LETTER E WITH ACUTE}"
non_ascii = "日本語 ✓ 😀"
backslash_quote = 'it\'s'
raw_untouched = r"\q \n \x \N{BULLET} \u1234"
trailing = "ends with backslash \\"
