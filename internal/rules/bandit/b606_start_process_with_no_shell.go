package bandit

import "github.com/krait-dev/krait/internal/analysis"

// B606 reports the os.exec* and os.spawn* functions.
var B606 = shellRule("B606", "start_process_with_no_shell",
	"Process started without a shell",
	"os.exec*, os.spawn* and os.startfile run a program directly: no shell injection, but a program or arguments "+
		"from outside the program still decide what runs.",
	"import os\nos.execvp(tool, [tool, arg])",
	"import subprocess\nsubprocess.run([\"/usr/bin/tool\", \"--\", arg])",
	"Every call of a no_shell function is reported, as in Bandit."+shellOptionsNote,
	analysis.Low, analysis.Medium,
	func(o *ShellOptions) [][]string { return [][]string{o.NoShell} },
	func(p *analysis.Pass, c *call, o *ShellOptions) {
		if c.qual != "" && contains(o.NoShell, c.qual) {
			c.report(p, "Starting a process without a shell.", 0, 0)
		}
	})
