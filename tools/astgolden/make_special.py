#!/usr/bin/env python3
"""Write the golden inputs whose exact bytes matter.

Line endings, BOMs, coding cookies with non-UTF-8 bytes, tabs, form feeds,
missing final newlines, very long lines and deep nesting are easy to destroy
with an editor, so these files are generated here, byte for byte.

Usage: python make_special.py [--check] [DIR]
       (default DIR: python/parser/testdata/golden)
With --check nothing is written; exit 1 if a file is missing or differs.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.join(os.path.dirname(os.path.dirname(HERE)),
                           "python", "parser", "testdata", "golden")

LF_BODY = (
    "def f(a, b):\n"
    "    s = '''multi\n"
    "line'''\n"
    "    t = 'cont\\\n"
    "inued'\n"
    "    u = 1 + \\\n"
    "        2\n"
    "    if a:\n"
    "        return b\n"
    "\n"
    "    # comment\n"
    "    return (a,\n"
    "            b)\n"
    "x = f(1, 2); y = f'{x}\\n'\n"
)


def special_files():
    files = {}
    files["empty.py"] = b""
    files["only_comment.py"] = b"# nothing but a comment\n"
    files["only_blank_lines.py"] = b"\n\n   \n\t\n\x0c\n"
    files["only_newline.py"] = b"\n"

    files["bom.py"] = b"\xef\xbb\xbf" + "x = 'é'\ny = x\n".encode("utf-8")
    files["bom_coding_utf8.py"] = (b"\xef\xbb\xbf# -*- coding: utf-8 -*-\n"
                                   + "s = '日本'; t = s\n".encode("utf-8"))
    files["coding_utf8_explicit.py"] = ("# coding=utf8\nα = 'β'; γ = α\n").encode("utf-8")

    files["coding_latin1.py"] = (
        "# coding: latin-1\n"
        "s = 'café'; t = s\n"
        "# comment with é and ñ\n"
        "é = 'ñ' + s; ü = é\n"
        "b = b'caf\\xe9'\n"
        "f'{é}ÿ{ü!r}'\n"
    ).encode("latin-1")
    files["coding_cp1252.py"] = (
        "#!/usr/bin/env python\n"
        "# -*- coding: cp1252 -*-\n"
        "euro = '€'; quote = '“quoted”'; dash = '–'\n"
        "name = f'{euro} – {quote}'; after = name\n"
    ).encode("cp1252")
    files["coding_second_line.py"] = (
        "#!/usr/bin/env python\n"
        "# vim: set fileencoding=iso-8859-15 :\n"
        "s = '€ is 0xA4 in latin-9'; n = s\n"
    ).encode("iso-8859-15")

    files["crlf_endings.py"] = LF_BODY.replace("\n", "\r\n").encode("utf-8")
    files["cr_only_endings.py"] = LF_BODY.replace("\n", "\r").encode("utf-8")
    files["mixed_line_endings.py"] = (
        b"a = 1\r\nb = 2\rc = 3\nd = '''x\r\ny\rz\n'''\r\n"
        b"if a:\r    e = 1\r\n    f = 2\n")

    files["no_final_newline.py"] = b"x = 1\ny = 2"
    files["no_final_newline_indented.py"] = b"if x:\n    if y:\n        z = 1"
    files["no_final_newline_string.py"] = b"s = '''a\nb'''"
    files["ends_in_comment.py"] = b"x = 1\n# final comment without newline"
    files["ends_in_comment_indented.py"] = b"if x:\n    y = 1\n    # indented final comment"
    files["ends_in_comment_backslash.py"] = b"x = 1\n# comment ending in a backslash \\\n"
    files["ends_in_backslash_blank.py"] = b"x = 1\n\\\n\n"
    files["ends_in_whitespace.py"] = b"x = 1\n    "

    files["tabs_indent.py"] = (
        b"def f(x):\n"
        b"\tif x:\n"
        b"\t\treturn 1\n"
        b"\telse:\n"
        b"\t\treturn\t2\n"
        b"class C:\n"
        b"\tdef m(self):\n"
        b"\t    pass  # tab then spaces\n"
        b"\tx\t=\t[1,\t2]\n")
    files["tabs_continuation.py"] = (
        b"if a:\n"
        b"\tx = (1,\n"
        b"  \t\t2)\n"
        b"\ty = 1 + \\\n"
        b"\t\t\t2\n"
        b"\tz = '\t'\n")
    files["formfeed_indent.py"] = (
        b"\x0cimport os\n"
        b"if x:\n"
        b"\x0c    y = 1\n"
        b"    z = 2\n"
        b"\x0c\n"
        b"    \x0c\n"
        b"w = 1\x0c+ 2\n"
        b"\x0cdef g():\n"
        b"\x0c\x0c    return 3\n")

    nums = ", ".join(str(i) for i in range(3000))
    long_expr = " + ".join("name_%04d" % i for i in range(300))
    files["long_lines.py"] = (
        "x = [" + nums + "]\n"
        "s = '" + "é" * 6000 + "'; after = 1\n"
        "y = " + long_expr + "\n"
        "z = f'" + "{a}-" * 1000 + "'\n"
        "# " + "c" * 20000 + "\n"
    ).encode("utf-8")

    files["deep_nesting_parens.py"] = (
        b"x = " + b"(" * 90 + b"1" + b")" * 90 + b"\n"
        + b"y = " + b"(" * 45 + b"a" + b" + 1)" * 45 + b"\n"
        + b"z = f" + b"(" * 30 + b")" * 30 + b"\n")
    files["deep_nesting_lists.py"] = (
        b"x = " + b"[" * 50 + b"]" * 50 + b"\n"
        + b"y = " + b"[1, " * 50 + b"2" + b"]" * 50 + b"\n"
        + b"z = " + b"{'k': " * 30 + b"None" + b"}" * 30 + b"\n"
        + b"w = " + b"-" * 80 + b"1\n"
        + b"v = a" + b".b" * 200 + b"\n"
        + b"u = a" + b"[0]" * 100 + b"\n"
        + b"t = f" + b"()" * 100 + b"\n")
    lines = []
    for i in range(60):
        lines.append(b" " * i + b"if x%d:\n" % i)
    lines.append(b" " * 60 + b"pass\n")
    lines.append(b"after = 1\n")
    files["deep_nesting_blocks.py"] = b"".join(lines)
    return files


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out_dir = args[0] if args else DEFAULT_DIR
    stale = 0
    for name, data in sorted(special_files().items()):
        path = os.path.join(out_dir, name)
        if check:
            try:
                with open(path, "rb") as f:
                    same = f.read() == data
            except OSError:
                same = False
            if not same:
                sys.stderr.write("make_special.py: %s is missing or stale\n" % path)
                stale += 1
            continue
        with open(path, "wb") as f:
            f.write(data)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
