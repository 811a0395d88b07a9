package secrets

import (
	"encoding/base64"
	"regexp"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
)

var re = regexp.MustCompile

// detectors is the table of credentials, one entry per rule, in rule id
// order. A format's keywords are what the prefilter looks for; its
// expression runs only around them.
var detectors = []*Detector{
	{ID: "KR801", What: "AWS access key id", Prose: true, Formats: []Format{{
		Keywords: []string{"AKIA", "ASIA", "ABIA", "ACCA", "A3T"}, Exact: true,
		Re: re(`(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}`), After: 24, Bounded: true,
	}}},
	{ID: "KR802", What: "AWS secret access key", Keyed: &Keyed{
		Name: func(n *Name) bool {
			return n.Has("aws") && n.HasAny("secret", "secretaccesskey", "secretkey") ||
				n.nameAll("secret", "access", "key") || n.Has("secretaccesskey")
		},
		Value: re(`^[A-Za-z0-9/+]{40}$`), Check: func(v string) bool { return charClasses(v) >= 3 && Entropy(v) >= 4.0 },
		NearAWS: true,
	}},
	{ID: "KR803", What: "GitHub token", Prose: true, Formats: []Format{
		{Keywords: []string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}, Exact: true,
			Re: re(`gh[pousr]_[A-Za-z0-9]{36}`), After: 40, Bounded: true},
		{Keywords: []string{"github_pat_"}, Exact: true,
			Re: re(`github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}`), After: 93, Bounded: true},
	}},
	{ID: "KR804", What: "GitLab token", Prose: true, Formats: []Format{{
		Keywords: []string{"glpat-", "gldt-", "glrt-", "glptt-", "glft-", "glsoat-", "gloas-", "glcbt-", "glimt-", "glagent-"}, Exact: true,
		Re: re(`gl(?:pat|dt|rt|ptt|ft|soat|oas|cbt|imt|agent)-[A-Za-z0-9_\-]{20,64}`), After: 80, Bounded: true,
	}}},
	{ID: "KR805", What: "Slack token", Prose: true, Formats: []Format{{
		Keywords: []string{"xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxe-", "xoxs-", "xoxo-", "xapp-"}, Exact: true,
		Re: re(`(?:xox[bparseo]|xapp)-[0-9A-Za-z]+(?:-[0-9A-Za-z]+){2,6}`), After: 200, Bounded: true,
		Check: func(text string, loc []int, m *Match) bool {
			return loc[1]-loc[0] >= 30 && plausibleToken(text[loc[0]:loc[1]])
		},
	}}},
	{ID: "KR806", What: "Slack webhook URL", Prose: true, Formats: []Format{{
		Keywords: []string{"hooks.slack.com/"},
		Re:       re(`hooks\.slack\.com/(?:services|workflows|triggers)/((?:T[A-Z0-9]{6,}/)?[A-Za-z0-9+/_\-]{20,})`), Group: 1,
		After: 200,
	}}},
	{ID: "KR807", What: "Stripe live secret key", Prose: true, Formats: []Format{{
		Keywords: []string{"sk_live_", "rk_live_"}, Exact: true,
		Re: re(`[sr]k_live_[0-9A-Za-z]{24,99}`), After: 110, Bounded: true,
	}}},
	{ID: "KR808", What: "Google API key", Prose: true, Formats: []Format{{
		Keywords: []string{"AIza"}, Exact: true,
		Re: re(`AIza[0-9A-Za-z_\-]{35}`), After: 40, Bounded: true,
	}}},
	{ID: "KR809", What: "Google OAuth client secret", Prose: true, Formats: []Format{{
		Keywords: []string{"GOCSPX-"}, Exact: true,
		Re: re(`GOCSPX-[0-9A-Za-z_\-]{28}`), After: 36, Bounded: true,
	}}},
	// KR810 has no format of its own: a private key block (KR828) in a
	// service-account key file is reported as KR810.
	{ID: "KR810", What: "Google Cloud service-account private key"},
	{ID: "KR811", What: "Azure storage account key", Prose: true, Formats: []Format{
		{Keywords: []string{"AccountKey="},
			Re: re(`(?i:AccountKey)=([A-Za-z0-9+/]{86}==)`), Group: 1, After: 110},
		{Keywords: []string{"SharedAccessKey="},
			Re: re(`(?i:SharedAccessKey)=([A-Za-z0-9+/]{43}=)`), Group: 1, After: 64},
	}, Keyed: &Keyed{
		Name: func(n *Name) bool {
			return n.Has("azure") && n.HasAny("key", "accountkey") || n.nameAll("account", "key") || n.Has("accountkey") || n.nameAll("storage", "key")
		},
		Value: re(`^[A-Za-z0-9+/]{86}==$`),
	}},
	{ID: "KR812", What: "OpenAI API key", Prose: true, Formats: []Format{
		{Keywords: []string{"T3BlbkFJ"}, Exact: true,
			Re: re(`sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_\-]{20,}T3BlbkFJ[A-Za-z0-9_\-]{20,}`), Before: 200, After: 200, Bounded: true},
		{Keywords: []string{"sk-proj-", "sk-svcacct-", "sk-admin-"}, Exact: true,
			Re: re(`sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{58,}`), After: 260, Bounded: true},
	}},
	{ID: "KR813", What: "Anthropic API key", Prose: true, Formats: []Format{{
		Keywords: []string{"sk-ant-"}, Exact: true,
		Re: re(`sk-ant-(?:api|admin|sid)\d{2}-[A-Za-z0-9_\-]{80,120}`), After: 140, Bounded: true,
	}}},
	{ID: "KR814", What: "Hugging Face token", Prose: true, Formats: []Format{{
		Keywords: []string{"hf_", "api_org_"}, Exact: true,
		Re: re(`(?:hf|api_org)_[A-Za-z]{34}`), After: 42, Bounded: true,
		Check: func(text string, loc []int, m *Match) bool {
			s := text[loc[0]:loc[1]]
			return !looksLikeWords(s[strings.IndexByte(s, '_')+1:]) && charClasses(s) >= 3 && plausibleToken(s)
		},
	}}},
	{ID: "KR815", What: "Groq API key", Prose: true, Formats: []Format{{
		Keywords: []string{"gsk_"}, Exact: true,
		Re: re(`gsk_[A-Za-z0-9]{52}`), After: 56, Bounded: true,
	}}},
	{ID: "KR816", What: "LLM provider API key", Prose: true, Formats: []Format{
		{Keywords: []string{"xai-"}, Exact: true, Re: re(`xai-[A-Za-z0-9]{80}`), After: 84, Bounded: true},
		{Keywords: []string{"pplx-"}, Exact: true, Re: re(`pplx-[A-Za-z0-9]{48}`), After: 53, Bounded: true},
		{Keywords: []string{"r8_"}, Exact: true, Re: re(`r8_[A-Za-z0-9]{37}`), After: 40, Bounded: true},
		{Keywords: []string{"sk-or-v1-"}, Exact: true, Re: re(`sk-or-v1-[0-9a-f]{64}`), After: 73, Bounded: true},
		{Keywords: []string{"lsv2_"}, Exact: true, Re: re(`lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}`), After: 52, Bounded: true},
	}},
	{ID: "KR817", What: "npm access token", Prose: true, Formats: []Format{{
		Keywords: []string{"npm_"}, Exact: true,
		Re: re(`npm_[A-Za-z0-9]{36}`), After: 40, Bounded: true,
	}}, Keyed: &Keyed{
		Name: func(n *Name) bool {
			switch n.Lower {
			case "_authtoken", "npm_token", "npm_auth_token", "npmtoken", "npm_authtoken":
				return true
			}
			return strings.HasSuffix(n.Lower, ":_authtoken")
		},
		Value: re(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`),
	}},
	{ID: "KR818", What: "PyPI upload token", Prose: true, Formats: []Format{{
		Keywords: []string{"pypi-AgEIcHlwaS5vcmc", "pypi-AgENdGVzdC5weXBpLm9yZw"}, Exact: true,
		Re: re(`pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\-]{50,}`), After: 400, Bounded: true,
	}}},
	{ID: "KR819", What: "Twilio credential", Prose: true, Formats: []Format{{
		Keywords: []string{"SK"}, Exact: true,
		Re: re(`SK[0-9a-f]{32}`), After: 34, Bounded: true,
	}}, Keyed: &Keyed{
		Name:  func(n *Name) bool { return n.Has("twilio") && n.HasAny("token", "auth", "authtoken", "secret") },
		Value: re(`^[0-9a-f]{32}$`),
	}},
	{ID: "KR820", What: "SendGrid API key", Prose: true, Formats: []Format{{
		Keywords: []string{"SG."}, Exact: true,
		Re: re(`SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}`), After: 70, Bounded: true,
	}}},
	{ID: "KR821", What: "Mailgun API key", Prose: true, Formats: []Format{{
		Keywords: []string{"key-"}, Exact: true,
		Re: re(`key-[0-9a-f]{32}`), After: 36, Bounded: true,
	}}, Keyed: &Keyed{
		Name:  func(n *Name) bool { return n.Has("mailgun") && n.HasAny("key", "apikey", "token", "secret") },
		Value: re(`^(?:key-)?[0-9a-f]{32}(?:-[0-9a-f]{8}-[0-9a-f]{8})?$`),
	}},
	{ID: "KR822", What: "Discord bot token", Keyed: &Keyed{
		Name:  func(n *Name) bool { return n.HasAny("discord", "token", "bot") },
		Value: re(`^[MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40}$`),
		Check: func(v string) bool {
			// The first part is the bot's user id, a decimal snowflake,
			// in base64.
			id, err := base64.RawURLEncoding.DecodeString(v[:strings.IndexByte(v, '.')])
			if err != nil || len(id) < 17 {
				return false
			}
			for _, c := range id {
				if c < '0' || c > '9' {
					return false
				}
			}
			return true
		},
	}},
	{ID: "KR823", What: "Discord webhook URL", Prose: true, Formats: []Format{{
		Keywords: []string{"discord.com/api/webhooks/", "discordapp.com/api/webhooks/"},
		Re:       re(`discord(?:app)?\.com/api/webhooks/\d{17,20}/([A-Za-z0-9_\-]{60,68})`), Group: 1, After: 120,
	}}},
	{ID: "KR824", What: "Telegram bot token", Prose: true, Formats: []Format{{
		Keywords: []string{":AA"}, Exact: true,
		Re: re(`\d{8,10}:AA[A-Za-z0-9_\-]{33}`), Before: 10, After: 38, Bounded: true,
	}}},
	{ID: "KR825", What: "Shopify access token", Prose: true, Formats: []Format{{
		Keywords: []string{"shpat_", "shpca_", "shppa_", "shpss_"}, Exact: true,
		Re: re(`shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}`), After: 40, Bounded: true,
	}}},
	{ID: "KR826", What: "Square access token", Prose: true, Formats: []Format{
		{Keywords: []string{"sq0atp-"}, Exact: true, Re: re(`sq0atp-[0-9A-Za-z_\-]{22}`), After: 30, Bounded: true},
		{Keywords: []string{"sq0csp-"}, Exact: true, Re: re(`sq0csp-[0-9A-Za-z_\-]{43}`), After: 50, Bounded: true},
	}, Keyed: &Keyed{
		Name:  func(n *Name) bool { return n.Has("square") && n.HasAny("token", "key", "secret") },
		Value: re(`^EAAA[0-9A-Za-z_\-+=]{60}$`),
	}},
	{ID: "KR827", What: "JSON Web Token", Formats: []Format{{
		Keywords: []string{"eyJ"}, Exact: true,
		Re: re(`eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{16,}`), After: 4096, Bounded: true,
		Check: checkJWT,
	}}},
	{ID: "KR828", What: "private key", Prose: true, Formats: []Format{{
		Keywords: []string{"PRIVATE KEY"},
		Re:       re(`-----BEGIN ((?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?)-----((?:[^-]|-[^-])*?)-----END ((?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?)-----`),
		Group:    2, Before: 48, After: 20000, Check: checkPEM,
	}}},
	{ID: "KR829", What: "password in a database or broker URL", Formats: []Format{{
		Keywords: []string{"postgres", "mysql", "mariadb", "redis", "amqp", "mongodb", "mssql", "sqlserver",
			"oracle", "cockroachdb", "clickhouse", "couchdb", "neo4j", "nats:", "kafka", "rabbitmq", "memcached"},
		Re:    re(`(?i:postgres(?:ql)?|mysql|mariadb|rediss?|amqps?|mongodb(?:\+srv)?|mssql|sqlserver|oracle|cockroachdb|clickhouse|couchdb|neo4j(?:\+s)?|nats|kafka|rabbitmq|memcached)(?:\+[A-Za-z0-9_]+)?://([^:/@\s'"]*):([^@/\s'"]{1,256})@[A-Za-z0-9\[\]_.\-]`),
		Group: 2, After: 400, Check: checkURLPassword,
		Before: 0,
	}}},
	{ID: "KR830", What: "framework secret key", Formats: []Format{{
		Keywords: []string{"django-insecure-"}, Exact: true,
		Re: re(`django-insecure-[^\s'"\\]{20,}`), After: 120,
		Check: func(text string, loc []int, m *Match) bool {
			m.Note = "the insecure key django-admin startproject generates"
			return true
		},
	}}, Keyed: &Keyed{
		Name: frameworkKeyName,
		Check: func(v string) bool {
			return len(v) >= 8 && !strings.ContainsAny(v, " \t\n") && !looksLikeWords(v) && Entropy(v) >= 2.5
		},
	}},
	{ID: "KR831", What: "secret"},
}

// checkJWT accepts a token whose header decodes to JSON with a signing
// algorithm other than "none".
func checkJWT(text string, loc []int, m *Match) bool {
	tok := text[loc[0]:loc[1]]
	head, err := base64.RawURLEncoding.DecodeString(tok[:strings.IndexByte(tok, '.')])
	if err != nil {
		return false
	}
	h := string(head)
	if !strings.Contains(h, `"alg"`) {
		return false
	}
	return !strings.Contains(strings.ReplaceAll(h, " ", ""), `"alg":"none"`)
}

// checkPEM accepts a private key block whose BEGIN and END lines agree
// and whose body is base64 of some length and entropy (not "..." or
// "<your key here>"). It normalises the body for the fingerprint and
// notes an encrypted key, which is reported at medium severity.
func checkPEM(text string, loc []int, m *Match) bool {
	begin, end := text[loc[2]:loc[3]], text[loc[6]:loc[7]]
	if begin != end {
		return false
	}
	body := text[loc[4]:loc[5]]
	var b strings.Builder
	encrypted := strings.HasPrefix(begin, "ENCRYPTED ")
	for _, line := range splitBodyLines(body) {
		if strings.Contains(line, ":") {
			// An RFC 1421 header (Proc-Type: 4,ENCRYPTED) or, in a PGP
			// block, an armor header (Version: …).
			if strings.Contains(line, "ENCRYPTED") {
				encrypted = true
			}
			continue
		}
		for i := 0; i < len(line); i++ {
			c := line[i]
			switch {
			case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '+', c == '/', c == '=':
				b.WriteByte(c)
			case c == ' ', c == '\t', c == '"', c == '\'', c == ',', c == '\\':
				// indentation, quotes and joins of a key spread over
				// string literals in a configuration file
			default:
				return false
			}
		}
	}
	key := b.String()
	if len(key) < 64 || Entropy(key) < 4.5 || IsPlaceholder(key) {
		return false
	}
	m.Secret = key
	// The secret's span: the body without the line breaks (real or
	// escaped) and spaces around it.
	s, e := loc[4], loc[5]
	for s < e {
		if c := text[s]; c == '\n' || c == '\r' || c == ' ' || c == '\t' {
			s++
		} else if c == '\\' && s+1 < e && (text[s+1] == 'n' || text[s+1] == 'r') {
			s += 2
		} else {
			break
		}
	}
	for e > s {
		if c := text[e-1]; c == '\n' || c == '\r' || c == ' ' || c == '\t' {
			e--
		} else if e-2 >= s && text[e-2] == '\\' && (c == 'n' || c == 'r') {
			e -= 2
		} else {
			break
		}
	}
	m.SecretStart, m.SecretEnd = s, e
	if encrypted {
		m.Severity = analysis.Medium
		m.Note = "encrypted"
	}
	return true
}

// splitBodyLines splits a key body at line breaks, real ones and the
// "\n" escapes of a JSON or YAML string.
func splitBodyLines(s string) []string {
	s = strings.ReplaceAll(s, `\r`, "\n")
	s = strings.ReplaceAll(s, `\n`, "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(s, "\n")
}

// devPasswords are the passwords of development defaults and docs
// (guest:guest is RabbitMQ's default user) that a URL with a password
// usually holds when it is not a secret.
var devPasswords = map[string]bool{
	"password": true, "passwd": true, "pass": true, "pwd": true, "secret": true, "guest": true,
	"test": true, "testing": true, "postgres": true, "root": true, "admin": true, "mysql": true,
	"redis": true, "mongo": true, "user": true, "changeme": true, "example": true, "foo": true,
	"bar": true, "baz": true, "pw": true, "p": true, "x": true, "xxx": true, "dev": true,
	"local": true, "localhost": true, "default": true, "sa": true,
}

// checkURLPassword accepts a URL's password that is not a placeholder, a
// template variable, the user name again or a development default.
func checkURLPassword(text string, loc []int, m *Match) bool {
	user, pw := text[loc[2]:loc[3]], text[loc[4]:loc[5]]
	if len(pw) < 4 || pw == user || devPasswords[strings.ToLower(pw)] || IsPlaceholder(pw) ||
		strings.HasPrefix(pw, "$") || strings.HasPrefix(pw, "%") || strings.ContainsAny(pw, "{}<>") {
		return false
	}
	return !IsLowQuality(pw)
}

// frameworkKeyNames are the words that may come before "secret key" in
// the name of a web framework's signing key: Django's and Flask's
// SECRET_KEY, app.secret_key, JWT_SECRET_KEY, WTF_CSRF_SECRET_KEY.
var frameworkKeyNames = map[string]bool{
	"app": true, "flask": true, "django": true, "jwt": true, "wtf": true, "csrf": true,
	"session": true, "site": true, "cookie": true, "config": true, "settings": true,
}

// frameworkKeyName reports whether a name is a framework's secret key.
func frameworkKeyName(n *Name) bool {
	w := n.Words
	if len(w) == 1 {
		return w[0] == "secretkey"
	}
	if len(w) < 2 || w[len(w)-2] != "secret" || w[len(w)-1] != "key" {
		return false
	}
	for _, x := range w[:len(w)-2] {
		if !frameworkKeyNames[x] {
			return false
		}
	}
	return true
}
