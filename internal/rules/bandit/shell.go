package bandit

import (
	"regexp"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// ShellOptions are the options of the command execution checks (B602 to
// B607 and B609): the qualified names of the functions that run a
// command in a subprocess, through a shell, or without one. Bandit calls
// this configuration shell_injection; each of krait's rules reads its own
// section, and [tool.bandit] shell_injection settings apply to all.
type ShellOptions struct {
	Subprocess []string `toml:"subprocess"`
	Shell      []string `toml:"shell"`
	NoShell    []string `toml:"no_shell"`
}

func defaultShellOptions() *ShellOptions {
	return &ShellOptions{
		Subprocess: []string{"subprocess.Popen", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run"},
		Shell: []string{"os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4", "popen2.popen2", "popen2.popen3",
			"popen2.popen4", "popen2.Popen3", "popen2.Popen4", "commands.getoutput", "commands.getstatusoutput",
			"subprocess.getoutput", "subprocess.getstatusoutput"},
		NoShell: []string{"os.execl", "os.execle", "os.execlp", "os.execlpe", "os.execv", "os.execve", "os.execvp",
			"os.execvpe", "os.spawnl", "os.spawnle", "os.spawnlp", "os.spawnlpe", "os.spawnv", "os.spawnve",
			"os.spawnvp", "os.spawnvpe", "os.startfile"},
	}
}

// hasShell reports whether a call passes a true shell=, as Bandit's
// has_shell judges it: a number or a collection display by its value, the
// names False and None as false, a constant by its truth, and anything
// else (a variable, a call) as true.
func hasShell(c *call) bool {
	k := c.keyword("shell")
	if k == nil {
		return false
	}
	switch v := k.Value.(type) {
	case *ast.Constant:
		switch v.Value.Kind {
		case ast.NoneValue, ast.FalseValue:
			return false
		case ast.TrueValue, ast.EllipsisValue:
			return true
		case ast.IntValue:
			return v.Value.BigInt().Sign() != 0
		case ast.FloatValue, ast.ComplexValue:
			return v.Value.Float != 0
		case ast.StrValue, ast.BytesValue:
			return v.Value.Str != ""
		}
	case *ast.List:
		return len(v.Elts) > 0
	case *ast.Dict:
		return len(v.Keys) > 0
	case *ast.Name:
		return v.ID != "False" && v.ID != "None"
	}
	return true
}

// shellLevel is LOW when the command (the first argument) is a string
// literal, HIGH otherwise.
func shellLevel(c *call) analysis.Level {
	if isStrConst(c.p.Args[0]) {
		return analysis.Low
	}
	return analysis.High
}

// fullPath matches an absolute or explicitly relative executable path: a
// drive letter, or a leading slash, backslash or dot.
var fullPath = regexp.MustCompile(`^(?:[A-Za-z]:|[\\/.])`)

func shellRule(id, name, title, why, bad, good, notes string, sev, conf analysis.Level, lists func(*ShellOptions) [][]string, run func(p *analysis.Pass, c *call, o *ShellOptions)) *analysis.Rule {
	var callees func(any) []string
	if lists != nil {
		callees = func(o any) []string {
			var names []string
			for _, l := range lists(o.(*ShellOptions)) {
				names = append(names, lastNames(l)...)
			}
			return names
		}
	}
	return &analysis.Rule{
		Callees: callees,
		ID:      id, Name: name, Title: title, Why: why, Bad: bad, Good: good, Notes: notes,
		Severity: sev, Confidence: conf, CWE: 78, Since: "0.1.0", Default: true,
		Options: defaultShellOptions(),
		Kinds:   []ast.Kind{ast.CallKind},
		Run: func(p *analysis.Pass, n ast.Node) error {
			run(p, newCall(p, n.(*ast.Call)), p.Options.(*ShellOptions))
			return nil
		},
	}
}

const shellOptionsNote = " The function lists are options subprocess, shell and no_shell (Bandit's shell_injection)."
