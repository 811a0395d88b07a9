// Shared helpers for dump314.mjs and errors314.mjs: load Pyodide (CPython 3.14)
// from the cache directory chosen by py314.sh, and import this directory's
// Python helpers (dump.py, errors.py) into it so that 3.13 and 3.14 goldens are
// produced by the same code.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const EXPECTED_VERSION = "3.14";

function pyodideDir() {
  if (process.env.KRAIT_PYODIDE_DIR) return process.env.KRAIT_PYODIDE_DIR;
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(cache, "krait-tools", "pyodide-314.0.7");
}

export async function loadPython(modules) {
  const entry = join(pyodideDir(), "node_modules", "pyodide", "pyodide.mjs");
  let mod;
  try {
    mod = await import(pathToFileURL(entry).href);
  } catch (e) {
    console.error(`cannot load ${entry}: run this script through tools/astgolden/py314.sh`);
    throw e;
  }
  const py = await mod.loadPyodide({ stdout: (s) => console.log(s), stderr: (s) => console.error(s) });
  py.FS.mkdirTree("/krait");
  for (const name of modules) {
    py.FS.writeFile(`/krait/${name}`, readFileSync(join(here, name)));
  }
  py.runPython("import sys; sys.path.insert(0, '/krait')");
  const version = py.runPython("'%d.%d' % sys.version_info[:2]");
  if (version !== EXPECTED_VERSION) {
    throw new Error(`pyodide runs Python ${version}, expected ${EXPECTED_VERSION}`);
  }
  return py;
}
