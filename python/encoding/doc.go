// Package encoding turns the bytes of a Python source file into the UTF-8
// text that CPython's tokenizer works on, the way ast.parse(bytes) and
// compile(bytes, ...) do in CPython 3.13.
//
// The rules reproduced are those of CPython's string tokenizer:
//
//   - Null bytes anywhere are an error, before anything else is looked at.
//   - A UTF-8 byte order mark is removed. It does not make CPython validate
//     the file: like a file without a cookie, the text is handed on as is.
//   - A PEP 263 coding cookie is looked for on line 1, and on line 2 when line
//     1 holds nothing but blanks or a comment. Lines end at "\n", "\r\n" or
//     "\r". A cookie that CPython folds to "utf-8" (utf-8, UTF_8, utf-8-sig,
//     utf-8-anything) also leaves the text as is; any other name is looked up
//     with Python's codec registry rules and the whole file is decoded with
//     that codec before tokenizing, so a decoding error anywhere is an error
//     on "line 0".
//   - A BOM together with a cookie that does not fold to "utf-8" is an error.
//
// When the text is handed on undecoded (no cookie, a BOM, or a utf-8 cookie)
// it may hold invalid UTF-8: CPython 3.13 accepts that in comments and rejects
// it only inside tokens, which is the lexer's business, not this package's.
//
// # Codecs
//
// Every codec of CPython's encodings package is known by all of its names
// and aliases (encodings.aliases), resolved with the registry's rules: case
// does not matter, runs of '-' and '_' are one '_', and a '.' is kept. All
// text codecs that can apply to bytes are implemented, and each reproduces
// CPython's decoder, errors included (position and reason as
// str(UnicodeDecodeError) shows them, counted in CPython's
// newline-translated buffer):
//
//   - ascii, latin-1 (and "charmap", which is latin-1 here), and every
//     single-byte codec (iso8859-2..16, cp437..cp1258, koi8-*, mac-*,
//     kz1048, ptcp154, tis-620, hp-roman8, palmos, the EBCDIC ones, ...):
//     decoding tables taken from CPython, U+FFFE marking undefined bytes.
//     The EBCDIC codecs (cp037, cp273, cp424, cp500, cp875, cp1026,
//     cp1140) decode as CPython does, into text its tokenizer then rejects:
//     the ASCII cookie line turns into control characters.
//   - the utf-8 spellings CPython does not fold (utf8, u8, cp65001,
//     utf8-sig, ...): validated upfront with CPython's error reasons.
//   - utf-16 and utf-32 (BOM detection, little-endian default) and their
//     -le and -be forms, utf-7, unicode_escape and raw_unicode_escape, and
//     punycode: CPython's algorithms. For \N{name} escapes the names come
//     from x/text's runenames, restricted to the characters CPython 3.13
//     (Unicode 15.1) names, plus the name aliases. A file these decode to
//     surrogates is rejected, as CPython's UTF-8 re-encoding rejects it.
//   - idna: CPython's codec for bytes, except nameprep, which CPython
//     applies to an "xn--" label that decodes to non-ASCII characters;
//     such input gives an Error with Unsupported set.
//   - the CJK codecs (big5, big5hkscs, cp932, cp949, cp950, euc_jp,
//     euc_jis_2004, euc_jisx0213, euc_kr, gb2312, gbk, gb18030, hz, johab,
//     shift_jis, shift_jis_2004, shift_jisx0213, iso2022_jp and its _1, _2,
//     _2004, _3 and _ext forms, iso2022_kr): exact. The stateless ones are
//     tries that tools/genencoding probes out of CPython's decoders, byte
//     sequence by byte sequence; hz and the ISO-2022 codecs are CPython's
//     state machines over character-set tables probed the same way.
//
// Codecs that are not text encodings (rot13, hex, base64, zlib, ...) and
// the undefined codec fail with CPython's messages; mbcs and oem, Windows
// only, are unknown, as on the Linux CPython the tables come from.
package encoding
