#!/usr/bin/env python3
"""Generate krait's python/internal/unicodedata tables from CPython's own
Unicode database.

Run it with the CPython whose behaviour the tables must reproduce (3.13,
Unicode 15.1.0), from anywhere:

    /path/to/python3.13 tools/genunicode/genunicode.py [OUTDIR]

OUTDIR defaults to python/internal/unicodedata next to this script's
repository root.  The script writes

    OUTDIR/tables.go          property tries, CJK ranges, Hangul jamo names
    OUTDIR/names.bin          raw-DEFLATE blob of character names and aliases
    OUTDIR/testdata/*.txt     goldens for the Go tests

Everything is derived from the running interpreter (str.isprintable,
str.isidentifier, unicodedata.name, unicodedata.normalize, eval of "\\N{...}"
literals, and -- for the name aliases and named sequences, which CPython keeps
in a private-use range and does not expose through the unicodedata module --
the unicodedata._ucnhash_CAPI capsule, called through ctypes).  Nothing is
read from Go's unicode tables or from the network, so the output reflects
CPython exactly.

The output is deterministic: running the script twice gives identical files.
"""

import ctypes
import hashlib
import os
import random
import sys
import unicodedata
import zlib

EXPECT_PY = (3, 13)
EXPECT_UCD = "15.1.0"
MAXCP = 0x110000
TRIE_SHIFT = 8  # code points per leaf block: 256 (4 uint64 words)


def fail(msg):
    sys.stderr.write("genunicode: " + msg + "\n")
    sys.exit(1)


def ranges(flags):
    out = []
    c = 0
    while c < MAXCP:
        if flags[c]:
            s = c
            while c < MAXCP and flags[c]:
                c += 1
            out.append((s, c - 1))
        else:
            c += 1
    return out


# ---------------------------------------------------------------------------
# properties


def build_trie(flags):
    """Two-stage bitmap: index[cp>>SHIFT] selects a deduplicated leaf block of
    (1<<SHIFT) bits stored as uint64 words.  Returns (limit, index, words)
    where code points >= limit are all false."""
    bs = 1 << TRIE_SHIFT
    last = max(c for c in range(MAXCP) if flags[c])
    nblocks = (last >> TRIE_SHIFT) + 1
    limit = nblocks << TRIE_SHIFT
    blocks = {}
    index = []
    words = []
    # Block 0 of the leaf table is the all-false block, so that any future
    # extension of the index with zeros stays correct.
    zero = tuple([False] * bs)
    blocks[zero] = 0
    words.extend([0] * (bs // 64))
    for b in range(nblocks):
        key = tuple(flags[b * bs:(b + 1) * bs])
        if key not in blocks:
            blocks[key] = len(blocks)
            for w in range(bs // 64):
                v = 0
                for i in range(64):
                    if key[w * 64 + i]:
                        v |= 1 << i
                words.append(v)
        index.append(blocks[key])
    if len(blocks) > 256:
        fail("trie needs more than 256 leaf blocks; raise TRIE_SHIFT")
    return limit, index, words


def go_bytes(vals, per_line=16):
    lines = []
    for i in range(0, len(vals), per_line):
        lines.append("\t" + " ".join("%d," % v for v in vals[i:i + per_line]))
    return "\n".join(lines)


def go_u64(vals, per_line=4):
    lines = []
    for i in range(0, len(vals), per_line):
        lines.append("\t" + " ".join("0x%016x," % v for v in vals[i:i + per_line]))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# the \N{...} name machinery


class NameCAPI:
    """ctypes access to CPython's private _PyUnicode_Name_CAPI capsule:

        int getname(Py_UCS4 code, char *buf, int buflen, int with_alias_and_seq)
        int getcode(const char *name, int namelen, Py_UCS4 *code, int with_named_seq)

    getcode(..., with_named_seq=0) is exactly what the "\\N{...}" escape
    decoder calls."""

    def __init__(self):
        cap = unicodedata._ucnhash_CAPI
        get = ctypes.pythonapi.PyCapsule_GetPointer
        get.restype = ctypes.c_void_p
        get.argtypes = [ctypes.py_object, ctypes.c_char_p]
        p = get(cap, b"unicodedata._ucnhash_CAPI")
        if not p:
            fail("cannot open unicodedata._ucnhash_CAPI")
        fns = (ctypes.c_void_p * 2).from_address(p)
        self._getname = ctypes.CFUNCTYPE(
            ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int,
            ctypes.c_int)(fns[0])
        self._getcode = ctypes.CFUNCTYPE(
            ctypes.c_int, ctypes.c_char_p, ctypes.c_int,
            ctypes.POINTER(ctypes.c_uint32), ctypes.c_int)(fns[1])
        self._buf = ctypes.create_string_buffer(512)

    def getname(self, code, with_alias_and_seq):
        if self._getname(code, self._buf, 500, with_alias_and_seq):
            return self._buf.value.decode("ascii")
        return None

    def getcode(self, name, with_named_seq):
        b = name.encode("utf-8")
        out = ctypes.c_uint32()
        if self._getcode(b, len(b), ctypes.byref(out), with_named_seq):
            return out.value
        return None


def n_escape(name):
    """What CPython 3.13 gives for the literal "\\N{name}": a code point, or
    None if the literal is rejected."""
    src = '"\\N{%s}"' % name
    try:
        v = eval(src)
    except SyntaxError:
        return None
    if len(v) != 1:
        fail("\\N{%s} gave %r" % (name, v))
    return ord(v)


def collect_names(capi):
    explicit = []      # (code, name) for names stored in the table, in code order
    algorithmic = {}   # code -> name for Hangul syllables / CJK unified ideographs
    cjk = []
    for c in range(MAXCP):
        n = unicodedata.name(chr(c), None)
        if n is None:
            continue
        if n == "CJK UNIFIED IDEOGRAPH-%X" % c:
            algorithmic[c] = n
            cjk.append(c)
        elif n.startswith("HANGUL SYLLABLE "):
            if not 0xAC00 <= c <= 0xD7A3:
                fail("unexpected Hangul syllable name at U+%04X" % c)
            algorithmic[c] = n
        else:
            if n.startswith("CJK UNIFIED IDEOGRAPH-"):
                fail("non-algorithmic CJK UNIFIED name at U+%04X" % c)
            explicit.append((c, n))
    if sum(1 for c in algorithmic if 0xAC00 <= c <= 0xD7A3) != 11172:
        fail("expected 11172 Hangul syllables")

    # Aliases (NameAliases.txt) and named sequences live in the private use
    # area of plane 15 inside CPython's name database; only the C API can
    # name them.  Aliases resolve to a code point; named sequences are
    # rejected by getcode(with_named_seq=0), which is what \N{...} uses.
    aliases = []
    seqs = []
    for pua in range(0xF0000, 0xF1000):
        n = capi.getname(pua, 1)
        if n is None:
            continue
        code = capi.getcode(n, 0)
        if code is None:
            seqs.append(n)
            v = unicodedata.lookup(n)
            if len(v) < 2:
                fail("named sequence %r looks up to %r" % (n, v))
        else:
            aliases.append((code, n))
    for pua in range(0xF1000, MAXCP):
        if capi.getname(pua, 1) is not None:
            fail("unexpected named PUA code point U+%04X" % pua)
    if not aliases or not seqs:
        fail("found no aliases or no named sequences")
    return explicit, algorithmic, cjk, aliases, seqs


def front_code(out, prev, name):
    k = 0
    while k < min(len(prev), len(name), 255) and prev[k] == name[k]:
        k += 1
    suf = name[k:].encode("ascii")
    if len(suf) > 255:
        fail("name too long: %r" % name)
    out.append(k)
    out.append(len(suf))
    out += suf


def uvarint(out, v):
    while v >= 0x80:
        out.append((v & 0x7F) | 0x80)
        v >>= 7
    out.append(v)


def build_blob(explicit, aliases):
    """Blob layout (before raw DEFLATE):
        "PYN1"
        uvarint len(explicit)
        per name, in code point order:
            uvarint code-prev (prev starts at 0), byte shared-prefix, byte
            suffix length, suffix bytes (prefix shared with previous name)
        uvarint len(aliases)
        per alias, in CPython's alias order:
            uvarint code, byte shared-prefix, byte suffix length, suffix
    """
    out = bytearray(b"PYN1")
    uvarint(out, len(explicit))
    prevc, prevn = 0, ""
    for c, n in explicit:
        uvarint(out, c - prevc)
        front_code(out, prevn, n)
        prevc, prevn = c, n
    uvarint(out, len(aliases))
    prevn = ""
    for c, n in aliases:
        uvarint(out, c)
        front_code(out, prevn, n)
        prevn = n
    co = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    return bytes(co.compress(bytes(out)) + co.flush()), len(out)


def names_digest(explicit, algorithmic, aliases):
    """SHA-256 over every name unicodedata.name returns ("%04X;%s\\n" in code
    point order), then every alias ("ALIAS %04X;%s\\n" in CPython order)."""
    allnames = dict(algorithmic)
    allnames.update(explicit)
    h = hashlib.sha256()
    for c in sorted(allnames):
        h.update(("%04X;%s\n" % (c, allnames[c])).encode("ascii"))
    for c, n in aliases:
        h.update(("ALIAS %04X;%s\n" % (c, n)).encode("ascii"))
    return h.hexdigest(), len(allnames)


def hangul_jamo():
    # Derive the short jamo names from CPython's own syllable names:
    # S = 0xAC00 + (L*21 + V)*28 + T; V index 0 is "A", T index 0 is "".
    base = 0xAC00
    pre = "HANGUL SYLLABLE "
    L = [unicodedata.name(chr(base + l * 588))[len(pre):-1] for l in range(19)]
    V = [unicodedata.name(chr(base + v * 28))[len(pre) + 1:] for v in range(21)]
    T = [unicodedata.name(chr(base + t))[len(pre) + 2:] for t in range(28)]
    if L[0] != "G" or V[0] != "A" or T[0] != "":
        fail("unexpected jamo names")
    for l in range(19):
        for v in range(21):
            for t in range(28):
                c = base + (l * 21 + v) * 28 + t
                if unicodedata.name(chr(c)) != pre + L[l] + V[v] + T[t]:
                    fail("jamo decomposition mismatch at U+%04X" % c)
    return L, V, T


# ---------------------------------------------------------------------------
# goldens


def lookup_candidates(rng, explicit, algorithmic, aliases, seqs, cjk):
    """Names to feed to \\N{...}: case variants and near misses."""
    cands = []
    pool = [n for _, n in explicit] + [n for _, n in aliases]
    alg = list(algorithmic.values())

    def variants(n):
        return [n.lower(),
                "".join(ch.lower() if rng.random() < 0.5 else ch for ch in n)]

    for n in rng.sample(pool, 600):
        cands.extend(variants(n))
    for n in rng.sample(alg, 100):
        cands.append(n)
        cands.extend(variants(n))
    # Prefix-only case changes of the algorithmic names, and the hex digits.
    cands += [
        "hangul syllable GA", "Hangul Syllable GA", "HANGUL SYLLABLE ga",
        "HANGUL SYLLABLE Ga", "HANGUL SYLLABLE GAg", "HANGUL SYLLABLE ",
        "HANGUL SYLLABLE", "HANGUL SYLLABLE A", "HANGUL SYLLABLE I",
        "HANGUL SYLLABLE GGAG", "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE GAGGG",
        "HANGUL SYLLABLE G", "HANGUL SYLLABLE GG", "HANGUL SYLLABLE AA",
        "HANGUL SYLLABLE YAE", "HANGUL SYLLABLE YAEG", "HANGUL SYLLABLE WEO",
        "HANGUL SYLLABLE WEOH", "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE  GA",
        "HANGUL SYLLABLE GA ", "HANGUL SYLLABLE X", "HANGUL SYLLABLE GAX",
        "HANGUL  SYLLABLE GA", "HANGUL SYLLABLE-GA",
        "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-4e00",
        "CJK UNIFIED IDEOGRAPH-4E0A", "CJK UNIFIED IDEOGRAPH-4e0a",
        "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-004E00",
        "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH",
        "CJK UNIFIED IDEOGRAPH-4E00 ", "CJK UNIFIED IDEOGRAPH- 4E00",
        "CJK UNIFIED IDEOGRAPH-+4E00", "CJK UNIFIED IDEOGRAPH-0x4E0",
        "CJK UNIFIED IDEOGRAPH-3400", "CJK UNIFIED IDEOGRAPH-33FF",
        "CJK UNIFIED IDEOGRAPH-4DBF", "CJK UNIFIED IDEOGRAPH-4DC0",
        "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-A000",
        "CJK UNIFIED IDEOGRAPH-F900", "CJK UNIFIED IDEOGRAPH-FA0E",
        "CJK UNIFIED IDEOGRAPH-2EBF0", "CJK UNIFIED IDEOGRAPH-2EE5D",
        "CJK UNIFIED IDEOGRAPH-2EE5E", "CJK UNIFIED IDEOGRAPH-323AF",
        "CJK UNIFIED IDEOGRAPH-323B0", "CJK UNIFIED IDEOGRAPH-2A6DF",
        "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-FFFFF",
        "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
        "CJK COMPATIBILITY IDEOGRAPH-2F800", "CJK COMPATIBILITY IDEOGRAPH-F90",
        "TANGUT IDEOGRAPH-17000", "TANGUT COMPONENT-001", "tangut component-001",
        "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170",
        "nushu character-1b170", "EGYPTIAN HIEROGLYPH-13460",
        "LATIN SMALL LETTER A", "latin small letter a", "LATIN SMALL LETTER  A",
        " LATIN SMALL LETTER A", "LATIN SMALL LETTER A ", "LATIN_SMALL_LETTER_A",
        "LATIN SMALL LETTER \u00c4", "LATIN SMALL LETTER \u0131",
        "LATIN-SMALL-LETTER-A", "LATIN SMALL LETTERA", "LATIN SMALL",
        "LATIN", "A", "SPACE", "space", "LF", "lf", "NUL", "NULL", "nul",
        "BOM", "BYTE ORDER MARK", "ZWNJ", "ZWJ", "NBSP", "SHY", "VS1",
        "VS256", "VS257", "VARIATION SELECTOR-256", "VARIATION SELECTOR-257",
        "END OF LINE", "NEXT LINE", "NEL", "PAD", "HOP", "SGC",
        "LINE FEED", "LINE FEED (LF)", "<control>", "<CJK Ideograph>",
        "PILE OF POO", "pile of poo", "PILE OF POO ", "PILE  OF POO",
        "MODIFIER LETTER EXTRA-HIGH EXTRA-LOW CONTOUR TONE BAR",
        "BOX DRAWINGS LIGHT DIAGONAL UPPER CENTRE TO MIDDLE RIGHT AND MIDDLE LEFT TO LOWER CENTRE",
        "HANGUL JUNGSEONG O-E", "HANGUL JUNGSEONG OE", "TIBETAN LETTER A",
        "TIBETAN MARK BKA- SHOG GI MGO RGYAN", "TIBETAN MARK BKA-SHOG GI MGO RGYAN",
        "LATIN CAPITAL LETTER GHA", "LATIN CAPITAL LETTER OI",
        "YI SYLLABLE ITERATION MARK", "PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRAKCET",
        "PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET",
        "WEIERSTRASS ELLIPTIC FUNCTION", "SCRIPT CAPITAL P",
        "KEYCAP NUMBER SIGN", "keycap number sign", "LATIN SMALL LETTER A WITH MACRON AND GRAVE",
        "BENGALI LETTER KHINYA", "TAMIL CONSONANT K", "TAMIL SYLLABLE KAA",
        "-", " ", "  ", "0", "00", "*",
    ]
    # Near misses of real names.
    for n in rng.sample(pool, 300):
        i = rng.randrange(len(n))
        kind = rng.randrange(5)
        if kind == 0:
            m = n[:i] + n[i + 1:]
        elif kind == 1:
            m = n[:i] + " " + n[i:]
        elif kind == 2:
            m = n[:i] + rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789- ") + n[i + 1:]
        elif kind == 3:
            m = n + rng.choice(["S", " ", "-", "X"])
        else:
            m = n.replace(" ", "-", 1) if " " in n else n + "-"
        cands.append(m)
    for c in rng.sample(cjk, 60):
        cands.append("CJK UNIFIED IDEOGRAPH-%x" % c)
        cands.append("CJK UNIFIED IDEOGRAPH-%05X" % c)
        cands.append("CJK UNIFIED IDEOGRAPH-%X" % (c + rng.choice([-1, 1, 0x10000])))
    for s in rng.sample(seqs, 20):
        cands.append(s)
        cands.append(s.lower())

    seen = set()
    out = []
    for n in cands:
        if n in seen or any(ch in n for ch in '}"\\\t\n\r') or not n:
            continue
        seen.add(n)
        out.append(n)
    return out


def nfkc_golden(rng, cont, start):
    single = []
    interesting = []
    for c in range(MAXCP):
        if not cont[c]:
            continue
        s = chr(c)
        t = unicodedata.normalize("NFKC", s)
        if t != s:
            single.append((s, t))
        if (t != s or unicodedata.combining(s) or unicodedata.decomposition(s)
                or 0x1100 <= c <= 0x11FF or 0xAC00 <= c <= 0xD7A3
                or unicodedata.normalize("NFD", s) != s):
            interesting.append(c)
    starts = [c for c in range(MAXCP) if start[c]]
    conts = [c for c in range(MAXCP) if cont[c]]
    istarts = [c for c in interesting if start[c]]
    strs = []
    for _ in range(700):
        first = rng.choice(istarts if rng.random() < 0.6 else starts)
        s = chr(first)
        for _ in range(rng.randrange(0, 7)):
            s += chr(rng.choice(interesting if rng.random() < 0.7 else conts))
        strs.append(s)
    # Hangul jamo sequences that compose, and some that do not.
    for _ in range(100):
        s = chr(0x1100 + rng.randrange(19)) + chr(0x1161 + rng.randrange(21))
        if rng.random() < 0.6:
            s += chr(0x11A7 + rng.randrange(1, 28))
        strs.append(s)
    strs += ["e\u0301", "A\u030a", "\u212b", "\ufb01", "\u2160", "\u00b5x",
             "\u1e9b\u0323", "q\u0307\u0323", "\u0627\u0653",
             "\uff21\uff22", "a\u200c", "a\u200d", "a\u30fb", "a\uff65",
             "\U0001d400bc", "\u0958", "\u2126", "a\u0345\u0301"]
    out = []
    for s in strs:
        if not s.isidentifier():
            fail("generated non-identifier %r" % s)
        out.append((s, unicodedata.normalize("NFKC", s)))
    return single, out


def write(path, text, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if mode == "wb":
        with open(path, "wb") as f:
            f.write(text)
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


def main():
    if sys.version_info[:2] != EXPECT_PY:
        fail("run me with CPython %d.%d, not %s" % (EXPECT_PY + (sys.version.split()[0],)))
    if unicodedata.unidata_version != EXPECT_UCD:
        fail("unicodedata is %s, want %s" % (unicodedata.unidata_version, EXPECT_UCD))
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        root, "python", "internal", "unicodedata")
    td = os.path.join(outdir, "testdata")
    pyver = sys.version.split()[0]
    header_src = "CPython %s (Unicode %s)" % (pyver, EXPECT_UCD)

    printable = [chr(c).isprintable() for c in range(MAXCP)]
    start = [chr(c).isidentifier() for c in range(MAXCP)]
    cont = [("a" + chr(c)).isidentifier() for c in range(MAXCP)]

    capi = NameCAPI()
    explicit, algorithmic, cjk, aliases, seqs = collect_names(capi)
    L, V, T = hangul_jamo()

    flags = bytearray(MAXCP)
    for c in cjk:
        flags[c] = 1
    cjk_ranges = ranges(flags)

    # Cross-check everything that goes into the table against the real
    # "\N{...}" escape, upper case and lower case.
    for c, n in explicit + aliases:
        if n != n.upper() or any(not (ch.isalnum() or ch in " -") for ch in n):
            fail("unexpected character in name %r" % n)
        if capi.getcode(n, 0) != c or capi.getcode(n.lower(), 0) != c:
            fail("getcode(%r) != U+%04X" % (n, c))
    for c, n in aliases:
        if n_escape(n) != c or n_escape(n.lower()) != c:
            fail("\\N{%s} != U+%04X" % (n, c))
    for n in seqs:
        if n_escape(n) is not None:
            fail("named sequence %r accepted by \\N{...}" % n)
    rng = random.Random(20240601)
    for c, n in rng.sample(explicit, 2000) + rng.sample(sorted(algorithmic.items()), 500):
        if n_escape(n) != c:
            fail("\\N{%s} != U+%04X" % (n, c))

    maxlen = max(len(n) for n in
                 [n for _, n in explicit] + [n for _, n in aliases] +
                 list(algorithmic.values()))

    blob, rawlen = build_blob(explicit, aliases)
    write(os.path.join(outdir, "names.bin"), blob, "wb")

    # tables.go
    g = []
    g.append("// Code generated by tools/genunicode/genunicode.py from %s. DO NOT EDIT.\n" % header_src)
    g.append("\npackage unicodedata\n")
    g.append("\n// UnicodeVersion is the version of the Unicode Character Database the\n"
             "// tables were generated from (CPython's unicodedata.unidata_version).\n"
             "const UnicodeVersion = \"%s\"\n" % EXPECT_UCD)
    g.append("\n// pythonVersion is the CPython release the tables were generated from.\n"
             "const pythonVersion = \"%s\"\n" % pyver)
    g.append("\n// trieShift is log2 of the number of code points per leaf block.\n"
             "const trieShift = %d\n" % TRIE_SHIFT)
    for ident, flags_, what in (("printable", printable, "chr(r).isprintable()"),
                                ("idStart", start, "chr(r).isidentifier()"),
                                ("idContinue", cont, "('a'+chr(r)).isidentifier()")):
        limit, index, words = build_trie(flags_)
        g.append("\n// %sLimit bounds the code points for which %s can be true.\n"
                 "const %sLimit = 0x%X\n" % (ident, what, ident, limit))
        g.append("\n// %sIndex maps r>>trieShift to a leaf block of %sBits.\n"
                 "var %sIndex = [%d]uint8{\n%s\n}\n" % (ident, ident, ident, len(index), go_bytes(index)))
        g.append("\n// %sBits holds the leaf blocks; bit r&63 of word\n"
                 "// %sIndex[r>>trieShift]<<(trieShift-6) | (r>>6)&(1<<(trieShift-6)-1)\n"
                 "// is %s.\n"
                 "var %sBits = [%d]uint64{\n%s\n}\n" % (ident, ident, what, ident, len(words), go_u64(words)))
    g.append("\n// cjkUnifiedRanges are the code points CPython names algorithmically as\n"
             "// \"CJK UNIFIED IDEOGRAPH-%X\".\n")
    g.append("var cjkUnifiedRanges = [%d][2]rune{\n" % len(cjk_ranges))
    for lo, hi in cjk_ranges:
        g.append("\t{0x%04X, 0x%04X},\n" % (lo, hi))
    g.append("}\n")
    for ident, vals in (("hangulL", L), ("hangulV", V), ("hangulT", T)):
        g.append("\n// %s are the short jamo names used in \"HANGUL SYLLABLE ...\" names.\n" % ident)
        g.append("var %s = [%d]string{%s}\n" % (ident, len(vals), ", ".join('"%s"' % v for v in vals)))
    g.append("\n// Statistics of names.bin, checked when it is decoded.\n")
    g.append("const (\n")
    g.append("\tnumExplicitNames = %d\n" % len(explicit))
    g.append("\tnumAliases       = %d\n" % len(aliases))
    g.append("\tnamesRawSize     = %d\n" % rawlen)
    g.append("\tmaxNameLen       = %d\n" % maxlen)
    g.append("\tnamesTextSize    = %d\n" % sum(len(n) for _, n in explicit + aliases))
    g.append(")\n")
    write(os.path.join(outdir, "tables.go"), "".join(g))

    # goldens
    hdr = "# Generated by tools/genunicode/genunicode.py from %s. DO NOT EDIT.\n" % header_src
    for fname, flags_, what in (("printable.txt", printable, "chr(c).isprintable()"),
                                ("idstart.txt", start, "chr(c).isidentifier()"),
                                ("idcontinue.txt", cont, "('a'+chr(c)).isidentifier()")):
        lines = [hdr, "# Inclusive ranges of code points c with %s.\n" % what]
        for lo, hi in ranges(flags_):
            lines.append("%04X..%04X\n" % (lo, hi))
        write(os.path.join(td, fname), "".join(lines))

    digest, count = names_digest(explicit, algorithmic, aliases)
    write(os.path.join(td, "names_digest.txt"), hdr +
          "# sha256 over every unicodedata.name() as \"%%04X;NAME\\n\" in code point order,\n"
          "# then every alias as \"ALIAS %%04X;NAME\\n\" in CPython's order.\n"
          "names %d\naliases %d\nsha256 %s\n" % (count, len(aliases), digest))

    lines = [hdr, "# Name aliases: code point, alias (\\N{alias} gives the code point).\n"]
    for c, n in aliases:
        lines.append("%04X;%s\n" % (c, n))
    write(os.path.join(td, "aliases.txt"), "".join(lines))

    lines = [hdr, "# Names of named sequences; \\N{...} rejects all of them.\n"]
    for n in seqs:
        lines.append(n + "\n")
    write(os.path.join(td, "namedseqs.txt"), "".join(lines))

    lines = [hdr, "# NAME<TAB>code point that \"\\N{NAME}\" gives, or - if CPython rejects it.\n"]
    for n in lookup_candidates(rng, explicit, algorithmic, aliases, seqs, cjk):
        v = n_escape(n)
        lines.append("%s\t%s\n" % (n, "-" if v is None else "%04X" % v))
    write(os.path.join(td, "lookup.txt"), "".join(lines))

    single, strs = nfkc_golden(rng, cont, start)
    lines = [hdr, "# Every code point c with ('a'+chr(c)).isidentifier() whose NFKC form\n"
             "# differs from chr(c): c;NFKC code points (hex).  All others are unchanged.\n"]
    for s, t in single:
        lines.append("%04X;%s\n" % (ord(s), " ".join("%04X" % ord(ch) for ch in t)))
    write(os.path.join(td, "nfkc_chars.txt"), "".join(lines))
    lines = [hdr, "# identifier<TAB>unicodedata.normalize('NFKC', identifier), UTF-8.\n"]
    for s, t in strs:
        lines.append("%s\t%s\n" % (s, t))
    write(os.path.join(td, "nfkc_strings.txt"), "".join(lines))

    sys.stderr.write("genunicode: %d names (%d table, %d algorithmic), %d aliases, "
                     "%d named sequences; names.bin %d bytes (%d raw)\n" % (
                         count, len(explicit), len(algorithmic), len(aliases),
                         len(seqs), len(blob), rawlen))


if __name__ == "__main__":
    main()
