// Like dump.py, but under CPython 3.14 (Pyodide).  Run via py314.sh:
//   tools/astgolden/py314.sh dump314.mjs [--check] FILE.py...
// Each file's bytes are read in Node and handed to Python as a bytes object;
// FILE.golden gets ast.dump(ast.parse(data), include_attributes=True) + "\n",
// computed by dump.py's dump_bytes.  A rejected input is a loud error (exit 1).
import { readFileSync, writeFileSync } from "node:fs";
import { loadPython } from "./pyodide_common.mjs";

const args = process.argv.slice(2);
const check = args.includes("--check");
const files = args.filter((a) => a !== "--check");
if (files.length === 0) {
  console.error("usage: py314.sh dump314.mjs [--check] FILE.py...");
  process.exit(2);
}

const py = await loadPython(["dump.py"]);
const run = py.runPython(`
import dump, sys
def _run(buf):
    data = buf.to_bytes()
    try:
        return [True, dump.dump_bytes(data)]
    except (SyntaxError, ValueError) as exc:
        return [False, "%s: %s (line %s, offset %s)" % (type(exc).__name__,
            getattr(exc, "msg", exc), getattr(exc, "lineno", None),
            getattr(exc, "offset", None))]
_run
`);

let failed = 0;
for (const file of files) {
  const data = new Uint8Array(readFileSync(file));
  const res = run(data);
  const [ok, text] = res.toJs();
  res.destroy();
  if (!ok) {
    console.error(`dump314.mjs: ERROR: CPython 3.14 rejects a golden input (golden inputs must be valid):\n  ${file}: ${text}`);
    failed++;
    continue;
  }
  const out = file.replace(/\.py$/, "") + ".golden";
  if (check) {
    let old = null;
    try { old = readFileSync(out, "utf8"); } catch { /* missing */ }
    if (old !== text) {
      console.error(`dump314.mjs: ${out} is ${old === null ? "missing" : "stale"}`);
      failed++;
    }
    continue;
  }
  writeFileSync(out, text, "utf8");
}
if (failed) {
  console.error(`dump314.mjs: ${failed} of ${files.length} file(s) failed`);
  process.exit(1);
}
