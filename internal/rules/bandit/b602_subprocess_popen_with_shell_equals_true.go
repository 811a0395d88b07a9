package bandit

import "github.com/krait-dev/krait/internal/analysis"

// B602 reports subprocess calls with shell=True.
var B602 = shellRule("B602", "subprocess_popen_with_shell_equals_true",
	"subprocess call with shell=True",
	"With shell=True the command is a string the shell parses: quotes, ;, | and $( ) in any part that comes "+
		"from outside the program run other commands.",
	"import subprocess\nsubprocess.run(\"convert \" + name + \" out.png\", shell=True)",
	"import subprocess\nsubprocess.run([\"convert\", name, \"out.png\"])",
	"HIGH when the command is not a string literal, LOW when it is (safe today, but one edit away from an injection)."+
		" shell= counts as true unless it is a false constant."+shellOptionsNote,
	analysis.High, analysis.High,
	func(o *ShellOptions) [][]string { return [][]string{o.Subprocess} },
	func(p *analysis.Pass, c *call, o *ShellOptions) {
		if c.qual == "" || !contains(o.Subprocess, c.qual) || !hasShell(c) || len(c.p.Args) == 0 {
			return
		}
		if shellLevel(c) == analysis.Low {
			c.reportAt(p, "shell", "subprocess call with shell=True seems safe, but may be changed in the future, consider rewriting without shell", analysis.Low, analysis.High)
			return
		}
		c.reportAt(p, "shell", "subprocess call with shell=True identified, security issue.", analysis.High, analysis.High)
	})
