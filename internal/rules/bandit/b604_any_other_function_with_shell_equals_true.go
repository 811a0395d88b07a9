package bandit

import "github.com/krait-dev/krait/internal/analysis"

// B604 reports other functions called with shell=True.
var B604 = shellRule("B604", "any_other_function_with_shell_equals_true",
	"Function call with shell=True",
	"A function that takes shell=True probably runs its command through a shell, where quotes, ;, | and $( ) in "+
		"text from outside the program run other commands.",
	"run_command(\"tar czf \" + name, shell=True)",
	"run_command([\"tar\", \"czf\", name])",
	"Any call not in the subprocess list with a true shell=."+shellOptionsNote,
	analysis.Medium, analysis.Low,
	nil,
	func(p *analysis.Pass, c *call, o *ShellOptions) {
		if hasShell(c) && (c.qual == "" || !contains(o.Subprocess, c.qual)) {
			c.reportAt(p, "shell", "Function call with shell=True parameter identified, possible security issue.", 0, 0)
		}
	})
