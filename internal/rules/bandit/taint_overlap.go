package bandit

import "github.com/krait-dev/krait/internal/analysis"

// taintCovered maps the Bandit checks that a taint rule covers to that
// rule. Bandit flags every call of the kind whether or not user input
// reaches it; the taint rule reports only the calls that untrusted data
// reaches unsanitised. The default rule set therefore prefers the taint
// rule: these checks run when selected (--select B, --select B602, a
// [tool.bandit] tests list, or ALL) and not by default.
var taintCovered = map[string]string{
	"B102": "KR603", // exec
	"B307": "KR603", // eval
	"B301": "KR607", // pickle and friends
	"B302": "KR607", // marshal
	"B506": "KR607", // yaml.load
	"B614": "KR607", // torch.load
	"B310": "KR606", // urllib.request.urlopen
	"B602": "KR602", // subprocess with shell=True
	"B603": "KR602", // subprocess without a shell
	"B604": "KR602", // shell=True on other functions
	"B605": "KR602", // os.system, os.popen
	"B606": "KR602", // os.exec*, os.spawn*
	"B608": "KR601", // SQL built by string formatting
	"B610": "KR601", // Django QuerySet.extra
	"B611": "KR601", // Django RawSQL
	"B308": "KR701", // mark_safe
	"B703": "KR701", // Django mark_safe
	"B704": "KR701", // markupsafe.Markup
}

// preferTaint turns off by default a Bandit rule that a taint rule
// covers and says so in its notes. It is idempotent.
func preferTaint(r *analysis.Rule) {
	kr, ok := taintCovered[r.ID]
	if !ok || !r.Default {
		return
	}
	r.Default = false
	note := "Not in the default rule set: " + kr + " (taint analysis) covers it, reporting only the calls that " +
		"untrusted input reaches. Select " + r.ID + " (or B, or a [tool.bandit] tests list) for Bandit's behaviour, " +
		"which reports every such call."
	if r.Notes != "" {
		note = r.Notes + " " + note
	}
	r.Notes = note
}
