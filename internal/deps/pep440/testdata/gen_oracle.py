"""Regenerate oracle.json from the packaging library (24.x).

    python3 gen_oracle.py > oracle.json   # committed file: packaging 24.1

packaging is pip's vendored copy when no other is installed. The Go tests
read oracle.json only; they need no Python. The inputs are built
combinatorially (every spelling PEP 440 normalises) and sampled with a fixed
seed so the file stays small and reproducible.
"""
import itertools, json, random, sys

try:
    from packaging.version import Version, InvalidVersion
    from packaging.specifiers import Specifier, InvalidSpecifier
    import packaging
except ImportError:
    from pip._vendor.packaging.version import Version, InvalidVersion
    from pip._vendor.packaging.specifiers import Specifier, InvalidSpecifier
    from pip._vendor import packaging

rnd = random.Random(440)
releases = ["1", "1.0", "1.0.0", "0", "00.09", "2.3.4", "1!1.0", "v1.1", "V2!0.1", "2013.10"]
pres = ["", "a", "a1", ".alpha-2", "b3", "_beta.4", "c5", "rc1", "-pre", "preview6", "RC7", "A", ".a.", "-b-"]
posts = ["", "-1", ".post", "post2", "-r3", "_rev4", ".post.5", "-post_6", "r", "POST7"]
devs = ["", ".dev", "dev1", "-dev_2", "_DEV3", ".dev."]
locals_ = ["", "+abc", "+ubuntu-1", "+1.2_x", "+Foo0100", "+5", "+abc.05"]
combos = list(itertools.product(releases, pres, posts, devs, locals_))
rnd.shuffle(combos)
valid_inputs = ["".join(c) for c in combos[:1500]]
invalid_inputs = [
    "", " ", "1.0-", "1..0", "1.0+", "1.0+-x", "a1", "1.0.", "1.0a1a2", "1.0.post1.post2",
    "1!", "!1", "1.0.dev1.dev2", "1.0+abc..1", "1.0_1", "1.0 a1", "1.0+ab c", "vv1.0",
    "1.0x", "1,0", "1.0-+", "1.0a1-", "1.0.r.r", "1.0+abc+def", "1.0.*", "1.0b1.a1",
    "1!2!3", "1.0-dev-", "\u0661.0",
]
versions = []
for s in valid_inputs + invalid_inputs + [" 1.0\n", "\t1.0a1 ", "1.0\u00a0"]:
    try:
        versions.append([s, str(Version(s))])
    except InvalidVersion:
        versions.append([s, None])

order_pool = sorted({n for _, n in versions if n}, key=Version)
rnd.shuffle(order_pool)
order_sample = sorted(order_pool[:400], key=Version)

cands = ["0", "0.9", "1.0.dev1", "1.0a1", "1.0a2.dev1", "1.0b1", "1.0rc1", "1.0", "1.0.0", "1.0+local",
         "1.0+1.2", "1.0.post1", "1.0.post1.dev1", "1.0.1", "1.1.dev0", "1.1a1", "1.1", "1.1.post1",
         "1.1+abc", "1.2", "1.4.5a4", "1.4.5", "1.4.6", "1.5", "2.0", "2.0.post1", "2.2", "2.2.post3",
         "2.3", "3.0", "1!1.0", "1!0.5"]
spec_ops = ["==", "!=", "<=", ">=", "<", ">", "~="]
spec_versions = ["1.0", "1", "1.0.0", "1.1", "1.0a1", "1.0.post1", "1.0.dev1", "1.0+local", "2.2",
                 "2.2.post3", "1.4.5", "1.4.5a4", "1.1.post1", "1!1.0", "0.9", "1.0.*", "1.*", "1.1.*",
                 "1.0.0.*", "1.0.1.*", "1!1.*", "1.0rc1.*", "1.0+local.*"]
specs = []
for op in spec_ops:
    for sv in spec_versions:
        s = op + sv
        try:
            sp = Specifier(s)
        except InvalidSpecifier:
            specs.append([s, None])
            continue
        row = []
        for c in cands:
            row.append([c, sp.contains(c, prereleases=True), sp.contains(c)])
        specs.append([s, row])
for s in ["===1.0", "===foobar", "== 1.0", ">= 1.0 ", "~=1", "<1.0+local", ">=1.*", "~=1.0.*", "===", "1.0",
          "=1.0", "==", "~= 1.0", ">=v1.0"]:
    try:
        sp = Specifier(s)
        row = []
        for c in cands:
            try:
                default = sp.contains(c)
            except InvalidVersion:  # packaging 24 cannot tell for "===foobar"
                default = sp.contains(c, prereleases=False)
            row.append([c, sp.contains(c, prereleases=True), default])
        specs.append([s, row])
    except InvalidSpecifier:
        specs.append([s, None])

json.dump({"packaging": packaging.__version__, "versions": versions, "order": order_sample, "specifiers": specs},
          sys.stdout, indent=0, ensure_ascii=True)
