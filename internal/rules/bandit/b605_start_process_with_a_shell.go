package bandit

import "github.com/krait-dev/krait/internal/analysis"

// B605 reports functions that always run their command through a shell.
var B605 = shellRule("B605", "start_process_with_a_shell",
	"Process started with a shell",
	"os.system, os.popen and their relatives pass the command to the shell: quotes, ;, | and $( ) in any part that "+
		"comes from outside the program run other commands.",
	"import os\nos.system(\"ping -c 1 \" + host)",
	"import subprocess\nsubprocess.run([\"ping\", \"-c\", \"1\", host])",
	"HIGH when the command is not a string literal, LOW when it is."+shellOptionsNote,
	analysis.High, analysis.High,
	func(o *ShellOptions) [][]string { return [][]string{o.Shell} },
	func(p *analysis.Pass, c *call, o *ShellOptions) {
		if c.qual == "" || !contains(o.Shell, c.qual) || len(c.p.Args) == 0 {
			return
		}
		if shellLevel(c) == analysis.Low {
			c.report(p, "Starting a process with a shell: Seems safe, but may be changed in the future, consider rewriting without shell", analysis.Low, analysis.High)
			return
		}
		c.report(p, "Starting a process with a shell, possible injection detected, security issue.", analysis.High, analysis.High)
	})
