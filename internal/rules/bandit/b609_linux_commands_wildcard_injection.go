package bandit

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
)

// B609 reports shell commands whose wildcard an attacker's file names can
// turn into options.
var B609 = shellRule("B609", "linux_commands_wildcard_injection",
	"Wildcard in a shell command for chown, chmod, tar or rsync",
	"The shell expands * to the names of the files in the directory; a file named --checkpoint-action=exec=sh x.sh "+
		"or --reference=/etc/shadow becomes an option of tar, rsync, chown or chmod.",
	"import os\nos.system(\"tar czf backup.tgz *\")",
	"import subprocess, glob\nsubprocess.run([\"tar\", \"czf\", \"backup.tgz\", \"--\", *glob.glob(\"*\")])",
	"A shell function, or a subprocess function with shell=True, whose first argument (a string, or a list joined "+
		"with spaces) contains both one of the commands and a *."+shellOptionsNote,
	analysis.High, analysis.Medium,
	func(o *ShellOptions) [][]string { return [][]string{o.Shell, o.Subprocess} },
	func(p *analysis.Pass, c *call, o *ShellOptions) {
		if c.qual == "" || !(contains(o.Shell, c.qual) || contains(o.Subprocess, c.qual) && c.kwIsStr("shell", "True")) {
			return
		}
		if len(c.p.Args) == 0 {
			return
		}
		var cmd string
		switch v := c.argAt(0); v.kind {
		case litList:
			for _, e := range v.elts {
				cmd += " " + e.pyStr()
			}
		case litStr:
			cmd = v.s
		}
		if cmd == "" || !strings.Contains(cmd, "*") {
			return
		}
		for _, f := range []string{"chown", "chmod", "tar", "rsync"} {
			if strings.Contains(cmd, f) {
				c.reportAt(p, "shell", "Possible wildcard injection in call: "+c.text, 0, 0)
				return
			}
		}
	})
