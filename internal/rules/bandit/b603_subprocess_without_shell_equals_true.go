package bandit

import "github.com/krait-dev/krait/internal/analysis"

// B603 reports subprocess calls without a shell, as a reminder.
var B603 = shellRule("B603", "subprocess_without_shell_equals_true",
	"subprocess call without a shell",
	"Without a shell there is no shell injection, but the program and its arguments still run as given: "+
		"an argument from outside the program can be an option (--output=/etc/passwd) or a different program.",
	"import subprocess\nsubprocess.run([tool, user_arg])",
	"import subprocess\nsubprocess.run([\"/usr/bin/convert\", \"--\", user_arg])",
	"Reported for every subprocess call without a true shell=, as in Bandit; krait's KR6xx taint rules report the ones "+
		"that receive user input."+shellOptionsNote,
	analysis.Low, analysis.High,
	func(o *ShellOptions) [][]string { return [][]string{o.Subprocess} },
	func(p *analysis.Pass, c *call, o *ShellOptions) {
		if c.qual != "" && contains(o.Subprocess, c.qual) && !hasShell(c) {
			c.reportAt(p, "shell", "subprocess call - check for execution of untrusted input.", 0, 0)
		}
	})
