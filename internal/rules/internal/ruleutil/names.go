package ruleutil

import (
	"strings"
)

// Words splits an identifier or dict key into lower-case words at
// underscores, hyphens, dots, spaces and camel-case humps, dropping
// trailing digits: "X-Api-Key" and "xApiKey" give [x api key],
// "password2" gives [password], "HTTPAuthHeader" gives [http auth header].
func Words(s string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := strings.TrimRight(strings.ToLower(s[start:end]), "0123456789")
			if w != "" {
				out = append(out, w)
			}
		}
		start = -1
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_' || c == '-' || c == '.' || c == ' ' || c == ':' || c == '/':
			flush(i)
		case c >= 'A' && c <= 'Z':
			// A hump: "apiKey" → api|Key; "HTTPAuth" → HTTP|Auth.
			if start >= 0 {
				prev := s[i-1]
				if prev >= 'a' && prev <= 'z' || prev >= '0' && prev <= '9' {
					flush(i)
				} else if prev >= 'A' && prev <= 'Z' && i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z' {
					flush(i)
				}
			}
			if start < 0 {
				start = i
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	flush(len(s))
	return out
}

// Secret is the kind of sensitive value a name says it holds.
type Secret uint8

// The kinds of sensitive values.
const (
	NotSecret Secret = iota
	Password
	Token
	Key // API keys, access keys, secret and private keys
	SecretValue
	Credentials // authorization headers, credentials
	SessionID
)

// String names the kind for messages.
func (s Secret) String() string {
	switch s {
	case Password:
		return "a password"
	case Token:
		return "a token"
	case Key:
		return "a secret key"
	case SecretValue:
		return "a secret"
	case Credentials:
		return "credentials"
	case SessionID:
		return "a session id"
	}
	return "nothing sensitive"
}

// metaLast are last words that make a name describe a sensitive value
// rather than hold it: password_length, token_type, secret_name,
// api_key_id, password_hash (a hash is not the password).
var metaLast = set(`length len size count num number type types kind name names label labels id ids
	url urls uri endpoint path paths file files filename dir field fields prompt policy policies
	expiry expires expiration expired ttl timeout age lifetime validator validators required
	min max set enabled disabled changed change reset hash hashes hashed digest salt form widget
	input mode format header headers manager handler class cls factory provider backend service
	source env var strength regex pattern hint hints rule rules placeholder error errors message
	msg status state flag option options config settings param params attr attribute index idx
	pos start end offset line char chars characters alphabet charset column col list stream
	generator iter iterator parser lexer table map dict registry cache template provided
	given present missing exists valid invalid mismatch allowed supported location store
	storage method methods scheme schemes algorithm algorithms spec version`)

// metaFirst are first words that make a name a flag or a measure:
// is_password, has_token, num_tokens, masked_token, min_password.
var metaFirst = set(`is has have num n no use uses should check verify validate validated require
	requires required allow allows with without show hide mask masked redact redacted obfuscated
	min max len count total hashed hash encrypted needs need can must expect expected_len
	invalid valid bad wrong missing empty enable enabled disable disabled`)

// notSecretTokens are the words before "token" that name a token of
// another kind: a lexer's, a paginator's (starting_token), an
// idempotency or optimistic-lock value (creation_token, lock_token,
// version_token), a workflow task's id (task_token), a KMS grant token
// (AWS documents it as not secret), a semaphore's (acquire_token).
var notSecretTokens = set(`next page pagination continuation sync start end marker cancel
	cancellation idempotency client request lexer lex parse parser last first current cur
	prev previous eof eol delimiter separator sep split stop bos eos pad unk cls mask
	special op operator string name number word sentence text tokenize ast python grammar
	regex re pattern cont resume cache lock version task creation grant starting acquire`)

// keyPrefixes are the words before "key" (or "keys") that make it a
// secret key: api_key, signing_key, license_keys.
var keyPrefixes = set(`api access private secret signing encryption master auth license app subscription`)

func set(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// ClassifyName says what kind of sensitive value an identifier or dict
// key names, from its words: "password", "db_passwd", "newPassword",
// "access_token", "api_key", "X-API-Key", "client_secret",
// "Authorization", "session_id". Names that describe such a value rather
// than hold it are not sensitive: "password_length", "token_type",
// "secret_name", "is_password", "password_hash", "next_token",
// "tokens", "tokenizer".
func ClassifyName(name string) Secret {
	if name == "" {
		return NotSecret
	}
	return ClassifyWords(Words(name))
}

// ClassifyWords is ClassifyName for a name split by Words.
func ClassifyWords(ws []string) Secret {
	if len(ws) == 0 {
		return NotSecret
	}
	last := ws[len(ws)-1]
	if len(ws) > 1 && ws[len(ws)-2] == "session" && (last == "id" || last == "key") && !metaFirst[ws[0]] {
		return SessionID
	}
	if len(ws) > 1 && metaLast[last] {
		return NotSecret
	}
	if len(ws) > 1 && metaFirst[ws[0]] {
		return NotSecret
	}
	if len(ws) > 1 && last == "keys" && !keyPrefixes[ws[len(ws)-2]] {
		return NotSecret // token_keys, credential_keys: a dict's keys
	}
	kind := NotSecret
	for i, w := range ws {
		var prev string
		if i > 0 {
			prev = ws[i-1]
		}
		k := NotSecret
		switch w {
		case "password", "passwd", "passphrase", "passwords", "passcode":
			k = Password
		case "pwd":
			if len(ws) > 1 { // "pwd" alone is as often the working directory
				k = Password
			}
		case "secret":
			k = SecretValue
			if i+1 < len(ws) && ws[i+1] == "key" {
				k = Key
			}
		case "token":
			if !notSecretTokens[prev] {
				k = Token
			}
			if prev == "session" {
				k = SessionID
			}
		case "apikey", "privatekey", "secretkey", "accesskey":
			k = Key
		case "key", "keys":
			switch {
			case keyPrefixes[prev]:
				k = Key
			case prev == "session" && w == "key":
				k = SessionID
			}
		case "authorization", "credentials", "credential", "creds", "bearer":
			k = Credentials
		case "sessionid":
			k = SessionID
		case "id":
			if prev == "session" {
				k = SessionID
			}
		}
		if k != NotSecret && (kind == NotSecret || k == Key) {
			kind = k
		}
	}
	return kind
}

// HasWord reports whether one of ws is one of words.
func HasWord(ws []string, words ...string) bool {
	for _, w := range ws {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// Describes reports whether a name describes a value rather than holds
// it, by its first or last word: token.kind, password_length, is_secret,
// type. A value that follows "token: " in a message but is named so is
// not the token.
func Describes(name string) bool {
	ws := Words(name)
	if len(ws) == 0 {
		return false
	}
	return metaLast[ws[len(ws)-1]] || len(ws) > 1 && metaFirst[ws[0]]
}
