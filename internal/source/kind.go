package source

import (
	"path/filepath"
	"strconv"
	"strings"
)

// Kind says what a scan does with a file. The zero Kind is KindOther.
type Kind uint8

// The kinds of files, as Classify tells them apart by name.
const (
	// KindOther is a file krait does not read unless it is named explicitly.
	KindOther Kind = iota
	// KindPython is Python source: .py, .pyw and .pyi files.
	KindPython
	// KindNotebook is a Jupyter notebook (.ipynb), whose code cells are
	// Python; see ParseNotebook.
	KindNotebook
	// KindConfig is a text file scanned for hardcoded secrets: .env files,
	// .ini .cfg .conf .toml .yaml .yml .json .properties files,
	// .pem and .key files, Dockerfiles, docker-compose files, .npmrc,
	// .pypirc, .netrc and Pipfile.
	KindConfig
	// KindDependency is a file that declares or locks dependencies:
	// requirements and constraints files, poetry.lock, Pipfile.lock,
	// pdm.lock, uv.lock, pylock.toml and pyproject.toml. Dependency files
	// are text too; secrets scanning may read them as well.
	KindDependency

	numKinds
)

var kindNames = [numKinds]string{"other", "python", "notebook", "config", "dependency"}

// String returns the lower-case name of k ("python").
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// defaultKinds is what Discover returns when Options.Kinds is nil.
var defaultKinds = []Kind{KindPython, KindNotebook, KindConfig, KindDependency}

// exactNames maps whole file names to their kind. Names are compared case
// sensitively, as Ruff and Bandit do on POSIX systems.
var exactNames = map[string]Kind{
	"poetry.lock":    KindDependency,
	"Pipfile.lock":   KindDependency,
	"pdm.lock":       KindDependency,
	"uv.lock":        KindDependency,
	"pylock.toml":    KindDependency,
	"pyproject.toml": KindDependency,

	"Dockerfile":    KindConfig,
	"Containerfile": KindConfig,
	"Pipfile":       KindConfig, // TOML; package index URLs may carry credentials
	".npmrc":        KindConfig,
	".pypirc":       KindConfig,
	".netrc":        KindConfig,
}

// extKinds maps file name extensions to their kind.
var extKinds = map[string]Kind{
	".py":    KindPython,
	".pyw":   KindPython,
	".pyi":   KindPython,
	".ipynb": KindNotebook,

	".ini":        KindConfig,
	".cfg":        KindConfig,
	".conf":       KindConfig,
	".toml":       KindConfig,
	".yaml":       KindConfig,
	".yml":        KindConfig,
	".json":       KindConfig,
	".properties": KindConfig,
	".env":        KindConfig, // "prod.env", as docker compose's env_file
	".pem":        KindConfig, // private keys and certificates
	".key":        KindConfig,
}

// namePatterns are the kinds of names that have a variable part, tried in
// order after exactNames and before extKinds.
var namePatterns = []struct {
	prefix, suffix string
	kind           Kind
}{
	{"requirements", ".txt", KindDependency}, // requirements.txt, requirements-dev.txt
	{"constraints", ".txt", KindDependency},
	{"pylock.", ".toml", KindDependency}, // PEP 751 named lock files
	{".env", "", KindConfig},             // .env, .env.local, .envrc
	{"docker-compose", ".yml", KindConfig},
	{"docker-compose", ".yaml", KindConfig},
	{"Dockerfile.", "", KindConfig},
}

// notPython are extensions of text formats that an explicitly named file is
// not read as Python for: "krait *" names README.md and LICENSE.txt too.
var notPython = map[string]bool{
	".md": true, ".markdown": true, ".rst": true, ".txt": true, ".html": true, ".htm": true,
	".css": true, ".js": true, ".mjs": true, ".ts": true, ".tsx": true, ".jsx": true,
	".c": true, ".h": true, ".cc": true, ".cpp": true, ".hpp": true, ".go": true, ".rs": true,
	".java": true, ".rb": true, ".php": true, ".sh": true, ".bash": true, ".ps1": true, ".bat": true,
	".xml": true, ".svg": true, ".csv": true, ".tsv": true, ".sql": true, ".lock": true,
	".log": true, ".in": true, ".tex": true, ".pyc": true, ".pyo": true, ".pyd": true,
	".so": true, ".dll": true, ".dylib": true, ".whl": true, ".gz": true, ".zip": true,
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".pdf": true,
}

// Classify returns the kind of the file at path, from its name alone (and
// the name of its directory: a .txt file in a directory named
// "requirements" is a requirements file).
func Classify(path string) Kind {
	dir, name := filepath.Split(path)
	return classifyName(name, filepath.Base(dir))
}

// classifyName is Classify for a base name in the directory named dirName.
func classifyName(name, dirName string) Kind {
	if k, ok := exactNames[name]; ok {
		return k
	}
	for _, p := range namePatterns {
		if len(name) >= len(p.prefix)+len(p.suffix) && strings.HasPrefix(name, p.prefix) && strings.HasSuffix(name, p.suffix) {
			return p.kind
		}
	}
	ext := filepath.Ext(name)
	if k, ok := extKinds[ext]; ok {
		return k
	}
	if ext == ".txt" && dirName == "requirements" {
		return KindDependency
	}
	if ext == ".dockerfile" {
		return KindConfig
	}
	return KindOther
}
