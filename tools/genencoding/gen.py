# Generator for package python/encoding. Run through `go run ./tools/genencoding`.
#
# It asks CPython (3.13) itself for everything the Go package must reproduce:
#   - the codec registry: modules, aliases, which codecs are text encodings;
#   - the decoding table of every single-byte codec;
#   - the multi-byte (CJK) codecs: every stateless one as a trie probed out of
#     its decoder byte sequence by byte sequence, and the character sets of
#     hz and the ISO-2022 codecs the same way (their state machines are Go);
#   - the Unicode names unicodedata knows (for \N{...} in unicode_escape);
#   - a golden corpus: each input goes to ast.parse(bytes), whose verdict is
#     recorded, with the decoded text a model of the tokenizer's decoding
#     stage computes; the model must agree with ast.parse on every input.
import warnings
warnings.simplefilter('ignore')
import ast, base64, codecs, re, zlib, encodings, importlib, json, pkgutil, sys, unicodedata
from encodings import aliases as _aliases

PKG, OUT_TABLES, OUT_GOLDEN, OUT_CJK = sys.argv[1:5]

SPECIAL = {
    'ascii': 'ascii', 'latin_1': 'latin1', 'charmap': 'latin1',
    'utf_8': 'utf8', 'utf_8_sig': 'utf8sig',
    'utf_16': 'utf16', 'utf_16_le': 'utf16le', 'utf_16_be': 'utf16be',
    'utf_32': 'utf32', 'utf_32_le': 'utf32le', 'utf_32_be': 'utf32be',
    'utf_7': 'utf7', 'unicode_escape': 'unicodeescape',
    'raw_unicode_escape': 'rawunicodeescape', 'punycode': 'punycode',
    'idna': 'idna', 'undefined': 'undefined',
}
CJK = {'big5', 'big5hkscs', 'cp932', 'cp949', 'cp950', 'euc_jis_2004',
       'euc_jisx0213', 'euc_jp', 'euc_kr', 'gb18030', 'gb2312', 'gbk', 'hz',
       'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004',
       'iso2022_jp_3', 'iso2022_jp_ext', 'iso2022_kr', 'johab', 'shift_jis',
       'shift_jis_2004', 'shift_jisx0213'}

def registry():
    mods = {}
    for m in sorted(x.name for x in pkgutil.iter_modules(encodings.__path__)):
        try:
            mod = importlib.import_module('encodings.' + m)
        except ImportError:
            continue  # mbcs, oem: Windows only
        if not hasattr(mod, 'getregentry'):
            continue
        ci = mod.getregentry()
        if not getattr(ci, '_is_text_encoding', True):
            kind, table = 'notext', None
        elif m in SPECIAL:
            kind, table = SPECIAL[m], None
        elif m in CJK:
            kind, table = 'cjk', None
        elif isinstance(getattr(mod, 'decoding_table', None), str):
            kind, table = 'charmap', mod.decoding_table
            assert len(table) == 256
            for b in range(256):  # the table is what the codec does
                try:
                    c = bytes([b]).decode(ci.name)
                except UnicodeDecodeError:
                    c = '\ufffe'
                assert c == table[b], (m, b)
        else:
            raise SystemExit('unclassified codec module ' + m)
        mods[m] = (ci.name, kind, table)
    return mods

def go_quote(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif 0x20 <= o < 0x7f: out.append(ch)
        elif o < 0x80: out.append('\\x%02x' % o)
        elif ch.isprintable() and o != 0xfffe and not (0xd800 <= o < 0xe000): out.append(ch)
        elif o <= 0xffff: out.append('\\u%04x' % o)
        else: out.append('\\U%08x' % o)
    out.append('"')
    return ''.join(out)

def named_ranges(pred=lambda n: n is not None):
    # Code points that CPython's unicodedata gives a name to, as ranges.
    ranges, start, prev = [], None, None
    for cp in range(0x110000):
        if not pred(unicodedata.name(chr(cp), None)):
            continue
        if start is not None and cp == prev + 1:
            prev = cp
            continue
        if start is not None:
            ranges.append((start, prev))
        start = prev = cp
    ranges.append((start, prev))
    return ranges

ALIASES_FILE = '/usr/share/unicode/NameAliases.txt'  # Debian package unicode-data

def name_aliases():
    # unicodedata cannot list its aliases, so read Unicode's NameAliases.txt
    # and keep the ones CPython's lookup resolves to the same character.
    out = []
    with open(ALIASES_FILE) as f:
        for line in f:
            line = line.split('#')[0].strip()
            if not line:
                continue
            cp, alias, _ = line.split(';')
            cp = int(cp, 16)
            try:
                if unicodedata.lookup(alias) == chr(cp):
                    out.append((alias, cp))
            except KeyError:
                pass
    return out

# ---------------------------------------------------------------------------
# Multi-byte codecs without shift states. Each is described by a trie that
# CPython's own decoder is probed for: every byte sequence is fed to
# bytes.decode and the answer (a character, an illegal sequence of some
# length, or "incomplete": read one more byte) becomes a node entry. Nodes
# that come out identical are shared between codecs.

STATELESS_CJK = ['big5', 'big5hkscs', 'cp932', 'cp949', 'cp950', 'euc_jis_2004', 'euc_jisx0213', 'euc_jp',
                 'euc_kr', 'gb18030', 'gb2312', 'gbk', 'johab', 'shift_jis', 'shift_jis_2004', 'shift_jisx0213']
T_ILLEGAL, T_CHAR, T_PAIR, T_NODE, T_GB4, T_MAKEUP = range(6)

def probe(name, p):
    try:
        return 'ok', p.decode(name)
    except UnicodeDecodeError as e:
        if e.reason == 'incomplete multibyte sequence':
            assert e.start == 0 and e.end == len(p), (name, p, e)
            return 'more', None
        assert e.reason == 'illegal multibyte sequence' and e.start == 0, (name, p, e)
        return 'bad', e.end - e.start

def cjk_tries():
    pool, roots = {}, {}
    def build(name, prefix):
        ents = []
        for b in range(256):
            p = prefix + bytes([b])
            k, v = probe(name, p)
            if k == 'more':
                if name == 'gb18030' and len(p) == 2:
                    ents.append((T_GB4, 0))
                elif name == 'euc_kr' and p == b'\xa4\xd4':
                    ents.append((T_MAKEUP, 0))
                else:
                    assert len(p) < 3, (name, p)
                    ents.append((T_NODE, build(name, p)))
            elif k == 'ok':
                if len(v) == 1:
                    ents.append((T_CHAR, ord(v)))
                else:
                    assert len(v) == 2, (name, p, v)
                    ents.append((T_PAIR, ord(v[0]) | ord(v[1]) << 21))
            else:
                ents.append((T_ILLEGAL, v))
        key = tuple(ents)
        if key not in pool:
            pool[key] = len(pool)
        return pool[key]
    for c in STATELESS_CJK:
        roots[c] = build(c, b'')
    # A newline byte is only ever a newline: never part of a multi-byte
    # character, and no multi-byte character decodes to one. The Go decoder
    # relies on this to give the file's own line terminators back.
    roots_set = set(roots.values())
    by_index = {n: node for node, n in pool.items()}
    def any_valid(n):
        return any(t in (T_CHAR, T_PAIR, T_GB4, T_MAKEUP) or (t == T_NODE and any_valid(v)) for t, v in by_index[n])
    for node, n in pool.items():
        for b, (t, v) in enumerate(node):
            assert not (t == T_CHAR and v == 10 and b != 10), 'a sequence decodes to a newline'
            assert not (t == T_PAIR and 10 in (v & 0x1fffff, v >> 21)), 'a sequence decodes to a newline'
            if n not in roots_set and b == 10:
                assert t == T_ILLEGAL or (t == T_NODE and not any_valid(v)), 'a newline inside a character'
    for c in STATELESS_CJK:
        assert probe(c, b'\n') == ('ok', '\n')
    return pool, roots

def varint(n, out):
    while True:
        b = n & 0x7f
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return

def gb18030_ranges():
    # Four-byte sequences b1 b2 b3 b4 (b1, b3 in 0x81-0xFE; b2, b4 digits)
    # have a linear index; CPython maps runs of it to runs of code points.
    ranges = []
    for b1 in range(0x81, 0xff):
        for b2 in range(0x30, 0x3a):
            for b3 in range(0x81, 0xff):
                for b4 in range(0x30, 0x3a):
                    lin = (((b1 - 0x81) * 10 + (b2 - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30)
                    k, v = probe('gb18030', bytes([b1, b2, b3, b4]))
                    if k == 'bad':
                        assert v == 1
                        continue
                    assert k == 'ok' and len(v) == 1
                    cp = ord(v)
                    if ranges and ranges[-1][1] == lin and ranges[-1][2] + (lin - ranges[-1][0]) == cp:
                        ranges[-1][1] = lin + 1
                    else:
                        ranges.append([lin, lin + 1, cp])
    # malformed four-byte forms are illegal sequences of length 1
    for p in [b'\x81\x30\x20\x30', b'\x81\x30\x81\x20', b'\x81\x30\xff\x30', b'\xfe\x39\xfe\x3a']:
        assert probe('gb18030', p) == ('bad', 1), p
    for p in [b'\x81\x30', b'\x81\x30\x81']:
        assert probe('gb18030', p) == ('more', None), p
    return ranges

def euckr_makeup():
    # KS X 1001:1998 Annex 3: A4 D4 A4 xx A4 yy A4 zz spells one syllable.
    def syl(c3, c5, c7):
        k, v = probe('euc_kr', bytes([0xa4, 0xd4, 0xa4, c3, 0xa4, c5, 0xa4, c7]))
        return ord(v) - 0xac00 if k == 'ok' and len(v) == 1 else None
    cho = [-1] * 256
    jung = [-1] * 256
    jong = [-1] * 256
    for c in range(256):
        s = syl(c, 0xbf, 0xd4)
        if s is not None:
            cho[c] = s // 588
        s = syl(0xa1, c, 0xd4)
        if s is not None:
            jung[c] = (s % 588) // 28
        s = syl(0xa1, 0xbf, c)
        if s is not None:
            jong[c] = s % 28
    valid = lambda tab: [c for c in range(256) if tab[c] >= 0]
    for c3 in valid(cho):
        for c5 in valid(jung):
            for c7 in valid(jong):
                assert syl(c3, c5, c7) == cho[c3] * 588 + jung[c5] * 28 + jong[c7]
    assert probe('euc_kr', bytes([0xa4, 0xd4, 0xa4, 0xa1, 0xa4, 0xbf, 0xa4])) == ('more', None)
    assert probe('euc_kr', bytes([0xa4, 0xd4, 0xa4, 0x20, 0xa4, 0xbf, 0xa4, 0xd4])) == ('bad', 1)
    assert probe('euc_kr', bytes([0xa4, 0xd4, 0xa5, 0xa1, 0xa4, 0xbf, 0xa4, 0xd4])) == ('bad', 1)
    return cho, jung, jong

def check_hz():
    # hz's GB mode is GB2312 with the high bits cleared: the pair c c2
    # decodes as the gb2312 codec decodes c|0x80 c2^0x80.
    for c in range(0x20, 0x80):
        if c == 0x7e:
            continue
        for c2 in range(256):
            want = probe('gb2312', bytes([c | 0x80, c2 ^ 0x80]))
            try:
                got = ('ok', (b'~{' + bytes([c, c2])).decode('hz'))
            except UnicodeDecodeError as e:
                got = ('bad', (e.start, e.end, e.reason))
            if want[0] == 'ok':
                assert got == want, (c, c2, got, want)
            else:
                assert got[0] == 'bad' and got[1][:2] == (2, 3), (c, c2, got, want)

# ISO-2022 codecs: the shift-state machine is written out in Go; what is
# probed here is each character set as a function of the bytes it is given,
# with the escape sequence that designates it in front.
ISO2022 = {
    # codec: {charset mark (| 0x80 for double-byte sets): designating prefix}
    'iso2022_jp': {0xc2: b'\x1b$B', 0x4a: b'\x1b(J', 0xc0: b'\x1b$@'},
    'iso2022_jp_1': {0xc2: b'\x1b$B', 0xc4: b'\x1b$(D', 0x4a: b'\x1b(J', 0xc0: b'\x1b$@'},
    'iso2022_jp_2': {0xc2: b'\x1b$B', 0xc4: b'\x1b$(D', 0xc3: b'\x1b$(C', 0xc1: b'\x1b$A', 0x4a: b'\x1b(J',
                     0xc0: b'\x1b$@'},
    'iso2022_jp_2004': {0xd1: b'\x1b$(Q', 0xc2: b'\x1b$B', 0xd0: b'\x1b$(P'},
    'iso2022_jp_3': {0xcf: b'\x1b$(O', 0xc2: b'\x1b$B', 0xd0: b'\x1b$(P'},
    'iso2022_jp_ext': {0xc2: b'\x1b$B', 0xc4: b'\x1b$(D', 0x4a: b'\x1b(J', 0x49: b'\x1b(I', 0xc0: b'\x1b$@'},
    'iso2022_kr': {0xc3: b'\x1b$)C\x0e'},
}
ISO2022_G2 = {0x41: b'\x1b.A\x1bN', 0x46: b'\x1b.F\x1bN', 0x42: b'\x1bN'}  # iso2022_jp_2 only

def iso_probe(name, p, n):
    try:
        v = p.decode(name)
    except UnicodeDecodeError as e:
        assert e.reason == 'illegal multibyte sequence' and e.start == n, (name, p, e)
        return (T_ILLEGAL, e.end - e.start)
    if len(v) == 1:
        return (T_CHAR, ord(v))
    assert len(v) == 2, (name, p, v)
    return (T_PAIR, ord(v[0]) | ord(v[1]) << 21)

def iso_tables(pool):
    def intern(ents):
        key = tuple(ents)
        if key not in pool:
            pool[key] = len(pool)
        return pool[key]
    out = {}
    for codec, sets in ISO2022.items():
        out[codec] = {}
        for mark, prefix in sets.items():
            n = len(prefix)
            root = []
            for c1 in range(256):
                if not 0x20 <= c1 < 0x80:
                    root.append((T_ILLEGAL, 1))
                elif mark & 0x80:
                    root.append((T_NODE, intern([iso_probe(codec, prefix + bytes([c1, c2]), n) for c2 in range(256)])))
                else:
                    root.append(iso_probe(codec, prefix + bytes([c1]), n))
            out[codec][mark] = intern(root)
    g2 = {}
    for mark, prefix in ISO2022_G2.items():
        g2[mark] = intern([iso_probe('iso2022_jp_2', prefix + bytes([c]), len(prefix) - 2) for c in range(256)])
    return out, g2

def write_cjk():
    check_hz()
    pool, roots = cjk_tries()
    iso, g2 = iso_tables(pool)
    out = bytearray()
    for node in pool:
        prev = 0
        for t, v in node:
            out.append(t)
            if t == T_CHAR:
                d = v - prev
                prev = v
                varint(d * 2 if d >= 0 else -d * 2 - 1, out)
            else:
                varint(v, out)
    blob = base64.b64encode(zlib.compress(bytes(out), 9)).decode('ascii')
    with open(OUT_CJK, 'w') as f:
        f.write('// Code generated by tools/genencoding from CPython %s; DO NOT EDIT.\n\n' % sys.version.split()[0])
        f.write('package %s\n\n' % PKG)
        f.write('// cjkData holds the decoding tries of CPython\'s multi-byte codecs, probed\n'
                '// out of CPython\'s decoders: zlib-compressed, then base64. Each node is 256\n'
                '// entries, each a type byte and a varint (see loadCJK).\n')
        f.write('const cjkData = "" +\n')
        lines = [blob[i:i + 100] for i in range(0, len(blob), 100)]
        f.write(' +\n'.join('\t"%s"' % l for l in lines))
        f.write('\n')
    w = ['\n// cjkNodes is the number of trie nodes in cjk.bin.\nconst cjkNodes = %d\n' % len(pool)]
    w.append('\n// cjkRoots maps each stateless multi-byte codec module to its root node\n// in cjk.bin.\nvar cjkRoots = map[string]uint32{\n')
    for c in STATELESS_CJK:
        w.append('\t%s: %d,\n' % (go_quote(c), roots[c]))
    w.append('}\n')
    w.append('\n// isoCharsets gives, for each ISO-2022 codec, the root node in cjk.bin of\n// each character set it can designate (keyed by its final byte, | 0x80 for\n// double-byte sets).\nvar isoCharsets = map[string]map[byte]uint32{\n')
    for codec, sets in iso.items():
        w.append('\t%s: {%s},\n' % (go_quote(codec), ', '.join('0x%02x: %d' % (m, n) for m, n in sets.items())))
    w.append('}\n')
    w.append('\n// isoG2 gives the node in cjk.bin for a single-shifted (ESC N) byte of\n// iso2022_jp_2, by the G2 set designated.\nvar isoG2 = map[byte]uint32{%s}\n' % ', '.join('0x%02x: %d' % (m, n) for m, n in g2.items()))
    w.append('\n// gb18030Ranges maps runs of the linear index of GB18030 four-byte\n// sequences to runs of code points: {first index, end index, first code point}.\nvar gb18030Ranges = [][3]uint32{\n')
    for a, b, cp in gb18030_ranges():
        w.append('\t{%d, %d, 0x%X},\n' % (a, b, cp))
    w.append('}\n')
    cho, jung, jong = euckr_makeup()
    for nm, tab, what in [('euckrCho', cho, 'initial'), ('euckrJung', jung, 'medial'), ('euckrJong', jong, 'final')]:
        w.append('\n// %s gives the %s jamo index of a byte in a EUC-KR make-up\n// sequence, -1 where the byte is not one.\nvar %s = [256]int8{' % (nm, what, nm))
        w.append(', '.join(str(x) for x in tab))
        w.append('}\n')
    return w

def write_tables(mods):
    w = []
    w.append('// Code generated by tools/genencoding from CPython %s; DO NOT EDIT.\n' % sys.version.split()[0])
    w.append('\npackage %s\n' % PKG)
    w.append('\n// pythonVersion is the CPython version the tables were generated from.\n')
    w.append('const pythonVersion = %s\n' % go_quote(sys.version.split()[0]))
    w.append('\n// modules maps a codec module name of the encodings package to its\n// canonical name and kind.\nvar modules = map[string]module{\n')
    for m, (name, kind, table) in sorted(mods.items()):
        w.append('\t%s: {name: %s, kind: kind%s},\n' % (go_quote(m), go_quote(name), kind[0].upper() + kind[1:]))
    w.append('}\n')
    w.append('\n// aliases is encodings.aliases.aliases.\nvar aliases = map[string]string{\n')
    for k, v in sorted(_aliases.aliases.items()):
        w.append('\t%s: %s,\n' % (go_quote(k), go_quote(v)))
    w.append('}\n')
    w.append('\n// charmapTables holds the decoding table of each single-byte codec:\n// 256 characters, U+FFFE where the byte is undefined.\nvar charmapTables = map[string]string{\n')
    for m, (name, kind, table) in sorted(mods.items()):
        if kind == 'charmap':
            w.append('\t%s: %s,\n' % (go_quote(m), go_quote(table)))
    w.append('}\n')
    rs = named_ranges()
    w.append('\n// namedRanges lists the code points that CPython\'s unicodedata (Unicode\n// %s) names, as inclusive ranges.\nvar namedRanges = [][2]rune{\n' % unicodedata.unidata_version)
    line = '\t'
    for a, b in rs:
        item = '{0x%X, 0x%X}, ' % (a, b)
        if len(line) + len(item) > 90:
            w.append(line.rstrip() + '\n')
            line = '\t'
        line += item
    w.append(line.rstrip() + '\n}\n')
    w.append('\n// cjkUnifiedRanges lists the code points named CJK UNIFIED IDEOGRAPH-XXXX.\nvar cjkUnifiedRanges = [][2]rune{\n')
    for a, b in named_ranges(lambda n: n is not None and n.startswith('CJK UNIFIED IDEOGRAPH-')):
        w.append('\t{0x%X, 0x%X},\n' % (a, b))
    w.append('}\n')
    w.append('\n// nameAliases are the Unicode name aliases (NameAliases.txt) that CPython\'s\n// unicodedata.lookup accepts.\nvar nameAliases = []struct {\n\tname string\n\tr    rune\n}{\n')
    for alias, cp in name_aliases():
        w.append('\t{%s, 0x%X},\n' % (go_quote(alias), cp))
    w.append('}\n')
    w.extend(write_cjk())
    with open(OUT_TABLES, 'w') as f:
        f.write(''.join(w))

# ---------------------------------------------------------------------------
# Golden corpus.
#
# The verdict of every case is CPython's: ast.parse(src). A decoding failure
# shows as a SyntaxError with lineno 0 (or None for null bytes); any other
# outcome means decoding succeeded. The decoded text itself is not observable
# through ast.parse, so it is computed with the same codec call CPython's
# tokenizer makes (bytes.decode(name)) on the bytes the model below says it
# applies to; the model's verdict must agree with ast.parse on every case, or
# generation fails.

BOM = b'\xef\xbb\xbf'

def translate(src):
    out = src.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
    if out and not out.endswith(b'\n'):
        out += b'\n'
    return out

def normal_name(s):
    buf = ''.join('-' if c == '_' else c.lower() for c in s[:12])
    if buf == 'utf-8' or buf.startswith('utf-8-'):
        return 'utf-8'
    if buf in ('latin-1', 'iso-8859-1', 'iso-latin-1') or buf.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return s

NAMECH = set(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.')

def get_spec(line):
    size, i = len(line), 0
    while i < size - 6:
        if line[i] == 0x23:
            break
        if line[i] not in b' \t\x0c':
            return None
        i += 1
    while i < size - 6:
        if line[i:i + 6] == b'coding' and line[i + 6] in b':=':
            t = i + 7
            while t < size and line[t] in b' \t':
                t += 1
            begin = t
            while t < size and line[t] in NAMECH:
                t += 1
            if begin < t:
                return line[begin:t].decode('ascii'), begin, t
        i += 1
    return None

def blank_or_comment(line):
    for c in line:
        if c in b'#\n\r':
            return True
        if c not in b' \t\x0c':
            return False
    return True

RAW_KINDS = {'ascii', 'latin1', 'utf8', 'utf8sig'}

def cjk_text(cs, t, raw, u):
    # CPython decodes the translated bytes t; the Go package gives back the
    # file's own line terminators for the newlines the codec produced from
    # a "\n" byte. Feeding the bytes one at a time shows which those are.
    dec = codecs.getincrementaldecoder(cs)()
    terms = [m.group() for m in re.finditer(rb'\r\n|\r|\n', raw)]
    out, plain, ti = [], [], 0
    for k in range(len(t)):
        b = t[k:k + 1]
        s = dec.decode(b, final=(k == len(t) - 1))
        plain.append(s)
        if b == b'\n':
            term = terms[ti].decode('ascii') if ti < len(terms) else ''
            ti += 1
            if s.endswith('\n'):
                s = s[:-1] + term
        out.append(s)
    assert ''.join(plain) == u, (cs, t)
    return ''.join(out)

def model(src, mods):
    """Returns (error message or None, result dict)."""
    if b'\0' in src:
        return 'source code string cannot contain null bytes', None
    t = translate(src)
    bom = t.startswith(BOM)
    body = t[3:] if bom else t
    cookie = None
    n1 = body.find(b'\n')
    if n1 >= 0:
        spec = get_spec(body[:n1])
        if spec:
            cookie = [1, spec[1], spec[2], spec[0]]
        elif blank_or_comment(body[:n1]):
            n2 = body.find(b'\n', n1 + 1)
            if n2 >= 0:
                spec = get_spec(body[n1 + 1:n2 + 1])
                if spec:
                    cookie = [2, spec[1], spec[2], spec[0]]
    res = dict(bom=bom, cookie=cookie, encoding='utf-8', decoded=False)
    raw = src[3:] if bom else src
    cs = normal_name(cookie[3]) if cookie else None
    if cookie and bom and cs != 'utf-8':
        return 'encoding problem: %s with BOM' % cs, None
    if cs is None or cs == 'utf-8':
        res['text'] = raw
        return None, res
    try:
        u = body.decode(cs)
        u.encode('utf-8')
    except (LookupError, ValueError) as e:  # UnicodeError is a ValueError
        return str(e), None
    except (RuntimeError, OverflowError) as e:
        return '%s: %s' % (type(e).__name__, e), None
    ci = codecs.lookup(cs)
    kind = kind_of(ci, mods)
    res['encoding'] = ci.name
    res['decoded'] = True
    res['unterminated'] = not u.endswith('\n')  # u is exactly what CPython's tokenizer gets
    if kind in RAW_KINDS or (kind == 'charmap' and crlf_identity(ci.name)):
        res['text'] = raw.decode(cs).encode('utf-8')
    elif kind == 'cjk':
        res['text'] = cjk_text(cs, body, raw, u).encode('utf-8')
    else:
        res['text'] = u.encode('utf-8')
    return None, res

def kind_of(ci, mods):
    for m, (name, kind, table) in mods.items():
        if name == ci.name:
            return kind
    raise SystemExit('no module for codec ' + ci.name)

def crlf_identity(name):
    return b'\r\n'.decode(name) == '\r\n'

def cases(mods):
    C = []
    def add(name, src):
        C.append((name, src))
    # --- plain UTF-8, BOM, null bytes
    add('empty', b'')
    add('ascii', b'x = 1\n')
    add('no newline at end', b'x = 1')
    add('utf8 text', 'x = "héllo wörld ✓ 🐍"\n'.encode())
    add('invalid utf8 in comment, no cookie', b'# \xff\nx = 1\n')
    add('invalid utf8 in string, no cookie', b"x = '\xff'\n")
    add('bom', BOM + b'x = 1\n')
    add('bom only', BOM)
    add('bom, invalid utf8 in comment', BOM + b'# \xff\nx = 1\n')
    add('partial bom', b'\xef\xbbx = 1\n')
    add('double bom', BOM + BOM + b'x = 1\n')
    add('crlf', b'x = 1\r\ny = 2\r\n')
    add('cr', b'x = 1\ry = 2\r')
    add('null byte', b'x = 1\0\n')
    add('null byte first', b'\0')
    add('null byte beats unknown encoding', b'# coding: foo\nx = 1\0\n')
    add('null byte beats decode error', b'# coding: ascii\nx = 1\0\n#\xe9\n')
    add('null byte beats bom problem', BOM + b'# coding: latin-1\n\0')
    add('null byte beats utf-16', b'# coding: utf-16\n\0')
    # --- cookie syntax
    for line1 in [b'# coding: latin-1', b'#coding:latin-1', b'# coding=latin-1', b'# coding= latin-1',
                  b'# coding:\tlatin-1', b'# coding:  \t latin-1', b'# -*- coding: latin-1 -*-',
                  b'# vim: set fileencoding=latin-1 :', b'#!/usr/bin/env python # coding: latin-1',
                  b'  # coding: latin-1', b'\t# coding: latin-1', b'\x0c# coding: latin-1',
                  b'\x0b# coding: latin-1', b'x = 1 # coding: latin-1', b'# coding: ', b'# coding:',
                  b'# coding : latin-1', b'# Coding: latin-1', b'# CODING: latin-1', b'# encoding: latin-1',
                  b'# codingcoding: latin-1', b'# coding: + coding: latin-1', b'# coding: ascii coding: latin-1',
                  b'# \xe9coding: latin-1', b'# coding: latin-1\xe9', b'# coding: latin-1.x', b'# coding: latin-1,',
                  b'# coding: "latin-1"', b'# coding: latin-1 ascii', b'#coding:l1', b'# coding:latin-1\\',
                  b'# coding: \xe9', b'#coding:a', b'#codin:latin-1', b'coding: latin-1',
                  b'"""# coding: latin-1"""']:
        for eol in [b'\n', b'\r\n', b'\r']:
            add('line1 %r eol %r' % (line1, eol), line1 + eol + b"x = '\xe9'" + eol)
        add('line1 %r eof' % line1, line1)
    for line1 in [b'', b'#', b'# comment', b'   ', b'\t \x0c', b'\x0b', b'x = 1', b'x = 1 \\', b'#!/usr/bin/python \\',
                  b'  # x', b'\\', b'# coding: ascii', b'# coding: utf-8', b'# coding: foo', b';', b'pass']:
        for eol in [b'\n', b'\r\n', b'\r']:
            add('line2 after %r eol %r' % (line1, eol), line1 + eol + b'# coding: latin-1' + eol + b"x = '\xe9'" + eol)
        add('line2 after %r at eof' % line1, line1 + b'\n# coding: latin-1')
    add('line3 ignored', b'#\n#\n# coding: latin-1\nx = "\xe9"\n')
    add('line2 ascii after blank', b'\n# coding: ascii\nx = "\xe9"\n')
    add('cookie line 1 wins', b'# coding: ascii\n# coding: latin-1\nx = "\xe9"\n')
    add('cookie line 1 latin-1 line 2 ascii', b'# coding: latin-1\n# coding: ascii\nx = "\xe9"\n')
    add('crlf positions', b'# coding: ascii\r\n\r\n\r\nx=\'\xe9\'')
    add('cr positions', b'# coding: ascii\r\r\r\nx=\'\xe9\'')
    add('long line 1', b'#' + b' ' * 5000 + b'coding: latin-1\nx = "\xe9"\n')
    # --- BOM and cookie
    for name in ['utf-8', 'UTF-8', 'utf_8', 'utf8', 'UTF8', 'utf-8-sig', 'utf-8-foo', 'utf_8_sig', 'utf8-sig',
                 'latin-1', 'iso-8859-1', 'iso_latin_1', 'latin-1-foo', 'ascii', 'cp1252', 'foo', 'utf-16']:
        add('bom + cookie %s' % name, BOM + b'# coding: ' + name.encode() + b'\nx = 1\n')
        add('bom + line2 cookie %s' % name, BOM + b'\n# coding: ' + name.encode() + b'\nx = 1\n')
    add('bom + utf-8 cookie + invalid in comment', BOM + b'# coding: utf-8\n# \xff\nx = 1\n')
    add('bom + utf-8 cookie + invalid in string', BOM + b"# coding: utf-8\nx = '\xff'\n")
    # --- utf-8 cookie spellings: no upfront validation for names CPython folds to utf-8
    for name in ['utf-8', 'UTF-8', 'utf_8', 'Utf_8', 'utf-8-sig', 'utf-8-whatever', 'UTF_8_SIG',
                 'utf8', 'UTF8', 'u8', 'utf', 'cp65001', 'utf8-sig', 'utf8_sig', 'utf-8.x', 'utf_8.x']:
        for body, what in [(b'# \xff\nx = 1\n', 'invalid in comment'), (b"x = '\xc3\xa9'\n", 'valid'),
                           (b'x = 1 # \xe9\x80\n', 'truncated seq'), (b'x = 1 # \xed\xa0\x80\n', 'surrogate'),
                           (b'x = 1 # \xe9', 'truncated at eof'), (b'x = 1 # \xf4\x90\x80\x80\n', 'too big'),
                           (b'x = 1 # \xc0\xaf\n', 'overlong'), (b'x = 1 # \xf0\x9f\x98\n', 'truncated 4'),
                           (b'x = 1 # \xe2\x28\xa1\n', 'bad second')]:
            add('cookie %s %s' % (name, what), b'# coding: ' + name.encode() + b'\n' + body)
    # --- codec names: every alias and module, and spelling variants
    names = set(_aliases.aliases) | set(mods) | {'mbcs', 'oem', 'aliases', 'foo', 'utf', 'latin', 'l1', '8859'}
    for n in sorted(names):
        add('name %s' % n, b'# coding: ' + n.encode() + b'\nx = 1\n')
    for n in ['Latin-1', 'LATIN_1', 'latin--1', 'latin_-1', '-latin1', 'latin1-', '_latin1_', 'latin.1',
              'iso8859.1', 'iso8859-1', 'ISO-8859-15', 'iso_8859_15', 'ISO8859-15', 'Windows-1252', 'WINDOWS_1252',
              'cp-1252', 'CP1252', 'cp_1252', 'koi8_R', 'KOI8-R', 'Shift-JIS', 'SHIFT_JIS', 'sjis', 'S_JIS',
              'EUC-JP', 'eucjp', 'ujis', 'euc_kr', 'EUC-KR', 'ks_c-5601-1987', 'GB2312', 'gb-2312', 'GBK', 'gb18030',
              'BIG5', 'big-5', 'big5-hkscs', 'Big5HKSCS', 'iso-2022-jp', 'csiso2022jp', 'mac-roman', 'macroman',
              'MacCyrillic', 'mac_cyrillic', 'hp-roman8', 'roman8', 'r8', 'tis-620', 'tis620', 'thai', 'rot-13',
              'ROT13', 'Base64', 'hex', 'zlib', 'zip', 'bz2', 'quopri', 'uu', 'undefined', 'UNDEFINED',
              'utf-16', 'UTF16', 'utf_16le', 'utf-16-le', 'utf-16be', 'utf-32', 'utf32', 'utf-32-be',
              'utf-7', 'utf7', 'u7', 'unicode-escape', 'raw-unicode-escape', 'unicode_internal', 'punycode',
              'idna', 'IDNA', 'palmos', 'cp-273', 'ebcdic-cp-us', 'x-mac-japanese', 'ascii', 'ASCII', 'us-ascii',
              'US_ASCII', 'us', '646', 'ansi_x3.4_1968', 'ansi_x3.4-1968', 'ansi_x3_4_1968', 'utf-8.0',
              'a' * 200, 'ab' * 30 + '.x', '...', '---', '-', '_', '.', '..latin1', 'latin1..', 'iso_8859_1.x']:
        add('spelling %s' % n, b'# coding: ' + n.encode() + b'\nx = 1\n')
    # --- single-byte codecs: every defined byte decodes; the first undefined one fails
    for m, (name, kind, table) in sorted(mods.items()):
        if kind != 'charmap' and m not in ('ascii', 'latin_1', 'charmap'):
            continue
        defined = bytes(b for b in range(1, 256) if (table is None or table[b] != '\ufffe') and b not in (10, 13)
                        and not (m == 'ascii' and b >= 128))
        head = b'# coding: ' + m.encode() + b'\n'
        add('charmap %s defined' % m, head + b'# ' + defined + b'\nx = 1\n')
        if table is not None:
            undef = [b for b in range(256) if table[b] == '\ufffe']
        else:
            undef = list(range(128, 256)) if m == 'ascii' else []
        for b in sorted(set(undef[:3] + undef[-1:])):
            add('charmap %s undefined 0x%02x' % (m, b), head + b'x = 1\r\n# ' + bytes([b]) + b'\n')
        add('charmap %s crlf' % m, head + b'x = 1\r\ny = 2\r\n')
    # --- multi-byte codecs: real text and invalid sequences
    samples = ['日本語のテキスト、カタカナ、ひらがな、漢字。', '半角ｶﾀｶﾅ', '①②③ ㈱ № ℡ ∑ ≒', '～∥－￠￡￢',
               '髙﨑 纊 褜 鍈', '中文简体：你好，世界！', '繁體中文：臺灣 香港 澳門', '한국어 텍스트: 안녕하세요',
               '뷁 똠 햏', 'Ελληνικά Кириллица', '¥ ‾ \\ ~', '€ ‚ ƒ „ …', '𠀋 𡈽 𢀖', '㐀 䶵 龥', 'ㄅㄆㄇ',
               '咩 嘅 啲 冇', 'ABC abc 123 !@#$%^&*()']
    for m, (name, kind, table) in sorted(mods.items()):
        if kind != 'cjk':
            continue
        head = b'# coding: ' + m.encode() + b'\n'
        for i, s in enumerate(samples):
            try:
                enc = s.encode(m)
            except UnicodeEncodeError:
                continue
            if b'\0' in enc:
                continue
            add('cjk %s sample %d' % (m, i), head + b'# ' + enc + b'\ns = """' + enc + b'"""\n')
            add('cjk %s sample %d crlf' % (m, i), head + b'# ' + enc + b'\r\ns = """' + enc + b'"""\r\n')
        for lead in [0x80, 0x81, 0x8e, 0x8f, 0xa1, 0xfe, 0xff]:
            add('cjk %s lead 0x%02x at eof' % (m, lead), head + b'#' + bytes([lead]))
            add('cjk %s lead 0x%02x before newline' % (m, lead), head + b'#' + bytes([lead]) + b'\n')
            for trail in [0x20, 0x40, 0x7f, 0xa1, 0xff]:
                add('cjk %s pair 0x%02x%02x' % (m, lead, trail), head + b'#' + bytes([lead, trail]) + b' \n')
        for seq in [b'\x81\x30\x81', b'\x81\x30\x81\x30', b'\x81\x30\xff\x30', b'\x84\x31\xa4\x39', b'\x84\x31\xa5\x30',
                    b'\x90\x30\x81\x30', b'\xe3\x32\x9a\x35', b'\xe3\x32\x9a\x36', b'\x8f\xa2\xaf', b'\x8f\xa1\xa1',
                    b'\x8e\xa1', b'\x8e\xe0', b'\x1b$B', b'\x1b$B\x30\x21\x1b(B', b'\x1b$B\x30\x21', b'\x1b(J\\~',
                    b'\x1b$A\x30\x21\x1b(B', b'\x1b(I\x31\x1b(B', b'\x1b$(D\x22\x2f\x1b(B', b'~{0!~}', b'~{0!', b'~~',
                    b'~x', b'\x1b$)C\x0e\x30\x21\x0f', b'\x0e', b'\x1b', b'\x1b$B\n\x30\x21']:
            add('cjk %s seq %r' % (m, seq), head + b'x = 1 # ' + seq + b'\n')
    for m, seqs in [
            ('hz', [b'~{0!\n0!~}', b'~{0!~}~~~\n', b'~{~~~}', b'~}', b'~{0\xa1~}', b'~{\n~}', b'~{0!~', b'~{ !~}', b'~']),
            ('iso2022_kr', [b'\x1b$)C\x0e0!\x0f', b'\x1b$)C\x0e0!\n0!', b'\x0e0!', b'\x1b$)C0!', b'\x1b$)C\x0e0', b'\x1b$)C\x0e\x7f\x7f',
                            b'\x1b$)C\x0e\x0f\x0e0!\x0f', b'\x1b$)A', b'\x1b$(C0!']),
            ('iso2022_jp_2', [b'\x1b.A\x1bNi', b'\x1b.F\x1bNa', b'\x1bNa', b'\x1b.A\x1bN\xe9', b'\x1b.F\x1bN!', b'\x1b$C0!', b'\x1b$(C0!',
                              b'\x1b(A!', b'\x1b.A', b'\x1bN', b'\x1b.J\x1bNa', b'\x1b.B\x1bNa', b'\x1b.B\x1bN\xe1']),
            ('iso2022_jp', [b'\x1b&@\x1b$B0!', b'\x1bx\xe9\xffA\xe9', b'\x1b(B\x1b(J\\\x1b(B', b'\x1b$', b'\x1b$B0!\x1b', b'\x1b$(',
                            b'\x1b(ZZ', b'\x1b$)B', b'\x1b' + b'(' * 20 + b'B', b'\x1b$B0!0', b'\x1b$B \x21', b'\x0e\x0f', b'\x1b$B\x0e0!',
                            b'\x1b$B\x300!']),
            ('iso2022_jp_ext', [b'\x1b(I1\x1b(B', b'\x1b(I\x7f']),
            ('iso2022_jp_2004', [b'\x1b$(Q!\x21', b'\x1b$(P!\x21', b'\x1b$(O!\x21', b'\x1b$(Q\x24\x77']),
            ('iso2022_jp_3', [b'\x1b$(O!\x21', b'\x1b$(O\x24\x77', b'\x1b$(Q!\x21'])]:
        for i, seq in enumerate(seqs):
            add('cjk %s state %d' % (m, i), b'# coding: ' + m.encode() + b'\nx = 1 # ' + seq + b'\n')
    # --- UTF-16 / UTF-32
    for n in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
        for tail in [b'', b'\n', b'x', b'xy\n', b'\r\n', b'x\r\n', b'\x00\xd8', b'\x00\xd8a\x00\n', b'\x00\xdca\n',
                     b'\xff\xfe', b'\xfe\xff\n', b'\x00\xd8\x00\xdc\n']:
            add('%s tail %r' % (n, tail), b'# coding: ' + n.encode() + b'\n' + tail)
        add('%s line 2' % n, b'\n# coding: ' + n.encode() + b'\nx')
    # an ideograph-only program that CPython can actually run as UTF-16-LE
    add('utf-16 valid program', b'#\xe3coding:utf-16\xe3')
    add('utf-16 valid program 2', b'#\xe3coding:utf_16_le\xe3')
    # --- UTF-7
    for body in [b"x = '+AOk-'\n", b"x = '+AOk'\n", b"x = '+A'\n", b"x = '+-'\n", b"x = '\x80'\n", b"x = '+2AA-'\n",
                 b"x = '+2ADcAA-'\n", b"x = '+AOkA-'\n", b"x = '+AOl-'\n", b"x = '+!'\n", b'x = 1 +', b'x = 1 +A',
                 b'x = 1 +AOk', b'x = 1 +2AA', b"x = '+ZeVnLIqe-'\n", b"+AAo-x = 1\n", b"x = 1 +AA0AC\n",
                 b"x = 1 +AA0AC-\r\n", b"x = '~\\\\'\n", b"x = 1\r\n+AAA-\n", b"x = '+2D3cAA-'\n", b"x = '+3AA-'\n",
                 b"x = '+2D3YAA-'\n", b'x = 1 # +2D3\n', b"x = '+AOkA6Q'\n"]:
        add('utf-7 %r' % body, b'# coding: utf-7\n' + body)
    # --- unicode_escape / raw_unicode_escape
    for body in [b"x = '\\u00e9'\n", b"x = '\\x41\\101\\n'\n", b"x = '\\x4'\n", b"x = '\\u12'\n", b"x = '\\U00110000'\n",
                 b"x = '\\U0001F600'\n", b"x = '\\N{BULLET}'\n", b"x = '\\N{bullet}'\n", b"x = '\\N{BULLETX}'\n",
                 b"x = '\\N{}'\n", b"x = '\\N'\n", b"x = '\\N{BULLET'\n", b"x = '\\q\\z'\n", b"x = '\\777'\n",
                 b"x = '\\ud800'\n", b"x = '\\ud800\\udc00'\n", b"x = '\\ud800\\ud801'\n", b'x = 1\\',
                 b"x = 1\\\ny = 2\n", b"x = 1\\\r\ny = 2\r\n", b"x = '\xe9'\n", b"x = 1\\x00garbage(\n",
                 b"x = '\\N{CJK UNIFIED IDEOGRAPH-4E00}'\n", b"x = '\\N{HANGUL SYLLABLE GA}'\n",
                 b"x = '\\N{LATIN SMALL LETTER A WITH ACUTE}'\n", b"x = '\\N{GRINNING FACE}'\n",
                 b"x = '\\N{TANGUT IDEOGRAPH-17000}'\n", b"x = '\\N{CJK COMPATIBILITY IDEOGRAPH-F900}'\n",
                 b"x = '\\N{LATIN CAPITAL LETTER GHA}'\n", b"x = '\\N{NULL}'\n", b"x = '\\N{LINE FEED}'\n",
                 b"x = '\\N{cjk unified ideograph-4e00}'\n", b"x = '\\N{hangul syllable ga}'\n",
                 b"x = '\\N{EGYPTIAN HIEROGLYPH-13460}'\n", b"x = '\\N{CJK UNIFIED IDEOGRAPH-2EBF0}'\n",
                 b"x = '\\N{CJK UNIFIED IDEOGRAPH-31350}'\n", b"x = '\\x41\\\\'\n", b"x = '\\'\\\"\\a\\b\\f\\t\\v\\r'\n",
                 b"x = '\\u00E9\\xE9\\xe9'\n", b"x = '\\0\\08\\1234'\n", b"x = 1 # \\U0000000",
                 b"x = '\\N{LATIN SMALL LETTER A WITH ACUTE'", b"x = '\\u0000'\n"]:
        add('unicode_escape %r' % body, b'# coding: unicode_escape\n' + body)
        add('raw_unicode_escape %r' % body, b'# coding: raw_unicode_escape\n' + body)
    # --- punycode / idna
    add('hz continuation at eof', b'# coding: hz\nx = 1~')
    add('hz continuation at eof crlf', b'# coding: hz\r\nx = 1~\r\n')
    add('iso2022_jp_2 g2 newline at eof', b'# coding: iso2022_jp_2\nx = 1\x1b.A\x1bN')
    add('iso2022_jp_2 g2 ascii newline at eof', b'# coding: iso2022_jp_2\nx = 1\x1b.B\x1bN')
    for body in [b'x = 1\n', b'x = 1\n-', b'x = 1 #-', b'x = 1 #-a', b'x = 1 #-ca\n', b'x = 1 #-\xe9', b'x = 1 #-99999999',
                 b'-' + b'9' * 100 + b'a', b'-' + b'9' * 12 + b'b', b'-' + b'9' * 13 + b'b', b'-' + b'9' * 100 + b'\n',
                 b'-' + b'a' * 300, b'-' + b'A' * 50 + b'9' * 30 + b'a', b'-' + b'ba' * 40, b'-' + b'9' * 11 + b'a0',
                 b'x\xe9-a', b'-zz9a', b'-99999999999a', b'-999999999999999a']:
        add('punycode %r' % body, b'# coding: punycode\n' + body)
    for body in [b'x = 1\n', b"x = '\xe9'\n", b'x = 1 # xn--\n', b'x = 1 # .xn--ca\n', b'x = 1 # .xn--mnchen-3ya.de\n',
                 b'x = 1 # .XN--abc.\n', b'x = 1 # .xn--abc-\n', b'x = 1.0\n', b'x = 1 # ' + b'a' * 1100 + b'.xn--\n',
                 b'x = "\xe9".xn--\n', b'x = 1 # .xn--\xe9\n', b'x = 1 # .xn--a-ecp.b\n',
                 b'x.xn--' + b'9' * 40 + b'a.y', b'x.xn--' + b'9' * 12 + b'b.y', b'x.xn--abc-.y', b'x.xn--.y', b'x.xn--' + b'a' * 70 + b'-.y']:
        add('idna %r' % body, b'# coding: idna\n' + body)
    # --- codecs that are not text encodings
    for n in ['rot13', 'hex', 'base64', 'zlib', 'bz2', 'quopri', 'uu', 'undefined']:
        add('non-text %s' % n, b'# coding: ' + n.encode() + b'\nx = 1\n')
    # --- EBCDIC: decodes, then the tokenizer rejects
    for n in ['cp037', 'cp500', 'cp1140', 'cp273', 'cp424', 'cp875', 'cp1026']:
        add('ebcdic %s' % n, b'# coding: ' + n.encode() + b'\nx = 1\n')
        add('ebcdic %s crlf' % n, b'\x0c\r\n# coding: ' + n.encode() + b'\r\nx = 1')
    return C

def golden(mods):
    out, bad = [], 0
    seen = set()
    for name, src in cases(mods):
        if name in seen:
            raise SystemExit('duplicate case name ' + name)
        seen.add(name)
        try:
            ast.parse(src)
            parse = 'ok'
            line = None
        except SyntaxError as e:
            parse, line, col = e.msg, e.lineno, e.offset
        except (RuntimeError, OverflowError) as e:  # codec failures that escape as is
            parse, line, col = '%s: %s' % (type(e).__name__, e), 0, -1
        except Exception as e:  # raised past decoding, by the tokenizer or parser
            parse, line, col = '%s: %s' % (type(e).__name__, e), -1, -1
        want_err = line in (0, None) and parse != 'ok'
        msg, res = model(src, mods)
        if want_err != (msg is not None) or (want_err and msg != parse):
            print('MODEL MISMATCH %s: cpython=%r model=%r' % (name, parse if want_err else 'decodes', msg), file=sys.stderr)
            bad += 1
            continue
        case = dict(name=name, src=src.decode('latin-1'))
        if want_err:
            case.update(ok=False, line=line or 0, col=col or 0, msg=parse)
        else:
            # text: the decoded text (omitted when it is src without its BOM).
            case.update(ok=True, encoding=res['encoding'], bom=res['bom'], decoded=res['decoded'],
                        cookie=res['cookie'], parse=parse)
            if res.get('unterminated'):
                case['unterminated'] = True
            if res['decoded']:
                case['text'] = res['text'].decode('utf-8')
            else:
                assert res['text'] == (src[3:] if res['bom'] else src)
        out.append(case)
    if bad:
        raise SystemExit('%d model mismatches' % bad)
    with open(OUT_GOLDEN, 'w', encoding='utf-8') as f:
        f.write('[\n')
        for i, c in enumerate(out):
            f.write(json.dumps(c, ensure_ascii=False))
            f.write(',\n' if i + 1 < len(out) else '\n')
        f.write(']\n')
    print('%d golden cases' % len(out), file=sys.stderr)

if __name__ == '__main__':
    mods = registry()
    write_tables(mods)
    golden(mods)
