// Like errors.py, but under CPython 3.14 (Pyodide).  Run via py314.sh:
//   tools/astgolden/py314.sh errors314.mjs [--check] [CASES.py [OUT.json]]
// Defaults: error_cases_314.py -> python/parser/testdata/syntax_errors_314.json.
// The case file is read in Node and evaluated inside Pyodide by errors.py.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { here, loadPython } from "./pyodide_common.mjs";

const args = process.argv.slice(2);
const check = args.includes("--check");
const rest = args.filter((a) => a !== "--check");
const casesPath = rest[0] || join(here, "error_cases_314.py");
const outPath = rest[1] || join(here, "..", "..", "python", "parser", "testdata", "syntax_errors_314.json");

const py = await loadPython(["errors.py"]);
py.FS.writeFile("/krait/cases.py", readFileSync(casesPath));
const build = py.runPython(`
import errors
def _build():
    try:
        return [True, errors.build_json(errors.load_cases('/krait/cases.py'))]
    except ValueError as exc:
        return [False, str(exc)]
_build
`);
const res = build();
const [ok, text] = res.toJs();
res.destroy();
if (!ok) {
  console.error(`errors314.mjs: ERROR in ${casesPath}:\n${text}`);
  process.exit(1);
}
if (check) {
  let old = null;
  try { old = readFileSync(outPath, "utf8"); } catch { /* missing */ }
  if (old !== text) {
    console.error(`errors314.mjs: ${outPath} is ${old === null ? "missing" : "stale"}`);
    process.exit(1);
  }
} else {
  writeFileSync(outPath, text, "utf8");
}
