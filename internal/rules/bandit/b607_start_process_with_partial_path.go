package bandit

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// B607 reports processes started by a program name rather than a path.
var B607 = shellRule("B607", "start_process_with_partial_path",
	"Process started with a partial executable path",
	"A program given by name is looked up in PATH; whoever controls PATH or a directory early in it decides "+
		"which program runs.",
	"import subprocess\nsubprocess.run([\"git\", \"status\"])",
	"import shutil, subprocess\nsubprocess.run([shutil.which(\"git\") or \"/usr/bin/git\", \"status\"])",
	"The command (first argument, or the first item of a list) must be a string literal not starting with /, \\, . "+
		"or a drive letter."+shellOptionsNote,
	analysis.Low, analysis.High,
	func(o *ShellOptions) [][]string { return [][]string{o.Subprocess, o.Shell, o.NoShell} },
	func(p *analysis.Pass, c *call, o *ShellOptions) {
		if len(c.p.Args) == 0 || c.qual == "" || !(contains(o.Subprocess, c.qual) || contains(o.Shell, c.qual) || contains(o.NoShell, c.qual)) {
			return
		}
		cmd := c.p.Args[0]
		if l, ok := cmd.(*ast.List); ok && len(l.Elts) > 0 {
			cmd = l.Elts[0]
		}
		if isStrConst(cmd) && !fullPath.MatchString(strValue(cmd)) {
			c.report(p, "Starting a process with a partial executable path", 0, 0)
		}
	})
