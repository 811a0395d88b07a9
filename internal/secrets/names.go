package secrets

import (
	"strings"

	"github.com/krait-dev/krait/internal/fold"
)

// Name is the name a value is bound to, split into lower-case words:
// "AWS_SECRET_ACCESS_KEY", "awsSecretAccessKey" and "aws-secret-access-key"
// are all [aws secret access key]. Dots and other punctuation separate
// words too ("spring.datasource.password"); for a configuration key with a
// path ("//registry.npmjs.org/:_authToken") only the part after the last
// ':' counts.
type Name struct {
	Raw   string   // as written
	Lower string   // Raw in lower case
	Words []string // lower case
}

// ParseName splits a name into words.
func ParseName(raw string) *Name {
	n := &Name{Raw: raw, Lower: strings.ToLower(raw)}
	s := raw
	if i := strings.LastIndexByte(s, ':'); i >= 0 && strings.HasPrefix(s, "//") {
		s = s[i+1:]
	}
	start := -1
	for i := 0; i <= len(s); i++ {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		alnum := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
		if !alnum {
			if start >= 0 {
				n.Words = append(n.Words, strings.ToLower(s[start:i]))
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		// Case changes: fooBar → foo Bar; APIKey → API Key.
		prev := s[i-1]
		isUpper := 'A' <= c && c <= 'Z'
		if isUpper && 'a' <= prev && prev <= 'z' ||
			isUpper && 'A' <= prev && prev <= 'Z' && i+1 < len(s) && 'a' <= s[i+1] && s[i+1] <= 'z' && i-1 > start {
			n.Words = append(n.Words, strings.ToLower(s[start:i]))
			start = i
		}
	}
	return n
}

// Has reports whether the name has word w.
func (n *Name) Has(w string) bool {
	for _, x := range n.Words {
		if x == w {
			return true
		}
	}
	return false
}

// HasAny reports whether the name has one of the words.
func (n *Name) HasAny(ws ...string) bool {
	for _, w := range ws {
		if n.Has(w) {
			return true
		}
	}
	return false
}

// Last returns the last word ("" for none).
func (n *Name) Last() string {
	if len(n.Words) == 0 {
		return ""
	}
	return n.Words[len(n.Words)-1]
}

// strongWords are words that alone make a name secret-like.
var strongWords = map[string]bool{
	"password": true, "passwd": true, "pwd": true, "pass": true, "passphrase": true, "passcode": true,
	"passwort": true, "secret": true, "secrets": true, "token": true, "apikey": true, "apitoken": true,
	"credential": true, "credentials": true, "creds": true, "privatekey": true, "secretkey": true,
	"accesskey": true, "authkey": true, "auth": true, "authtoken": true, "bearer": true,
	"clientsecret": true, "secretaccesskey": true,
}

// keyQualifiers are words that make a following "key" a secret: api key,
// private key, signing key.
var keyQualifiers = map[string]bool{
	"api": true, "access": true, "private": true, "secret": true, "signing": true, "encryption": true,
	"master": true, "app": true, "client": true, "license": true, "consumer": true, "session": true,
	"shared": true, "auth": true, "account": true, "storage": true, "service": true, "webhook": true,
	"deploy": true, "hmac": true, "jwt": true, "bot": true, "subscription": true, "admin": true,
	"write": true, "read": true, "root": true, "crypt": true, "cipher": true, "aes": true,
}

// notValueWords end names that hold something about a secret rather
// than the secret: password_field, token_url, secret_name, api_key_id.
var notValueWords = map[string]bool{
	"id": true, "ids": true, "name": true, "names": true, "type": true, "types": true, "kind": true,
	"field": true, "fields": true, "url": true, "uri": true, "urls": true, "path": true, "paths": true,
	"file": true, "filename": true, "dir": true, "length": true, "len": true, "size": true, "count": true,
	"num": true, "number": true, "prompt": true, "label": true, "header": true, "headers": true,
	"param": true, "params": true, "regex": true, "re": true, "pattern": true, "format": true, "fmt": true,
	"message": true, "msg": true, "help": true, "hint": true, "error": true, "errors": true, "env": true,
	"var": true, "variable": true, "policy": true, "endpoint": true, "hash": true, "hashed": true,
	"digest": true, "checksum": true, "sha": true, "sha1": true, "sha256": true, "md5": true,
	"fingerprint": true, "salt": true, "timeout": true, "expiry": true, "expires": true, "expiration": true,
	"ttl": true, "age": true, "enabled": true, "required": true, "mode": true, "method": true,
	"algorithm": true, "alg": true, "algo": true, "class": true, "cls": true, "attr": true, "attribute": true,
	"placeholder": true, "example": true, "description": true, "desc": true, "text": true, "title": true,
	"template": true, "char": true, "chars": true, "prefix": true, "suffix": true, "sep": true,
	"separator": true, "index": true, "idx": true, "column": true, "col": true, "table": true,
	"encoding": true, "style": true, "icon": true, "display": true, "validator": true, "widget": true,
	"min": true, "max": true, "query": true, "location": true, "loc": true, "source": true, "src": true,
	"provider": true, "backend": true, "version": true, "scheme": true, "schema": true, "issuer": true,
	"audience": true, "scope": true, "scopes": true, "reset": true, "question": true, "rules": true,
	"rule": true, "strength": true, "reason": true, "status": true, "state": true, "flag": true,
	"option": true, "options": true, "setting": true, "settings": true, "config": true, "list": true,
	"dict": true, "map": true, "mapping": true, "cache": true, "manager": true, "handler": true,
	"factory": true, "module": true, "func": true, "function": true, "callback": true, "getter": true,
	"setter": true, "uuid": true, "guid": true, "tag": true, "ref": true, "arn": true, "region": true,
	"user": true, "username": true, "login": true, "email": true, "host": true, "port": true,
	"lifetime": true, "interval": true, "delay": true, "retries": true, "limit": true, "policies": true,
	"store": true, "storage": true, "dialog": true, "input": true, "box": true, "button": true,
	"command": true, "cmd": true, "program": true, "class_": true, "generator": true, "types_": true,
	"position": true, "start": true, "end": true, "offset": true, "line": true, "lines": true,
	"string": true, "str": true, "bytes": true, "spec": true, "kwargs": true, "args": true,
	"used": true, "last": true, "date": true, "time": true, "timestamp": true, "created": true,
	"updated": true, "changed": true, "variant": true, "variants": true, "mechanism": true,
	"mechanisms": true, "property": true, "properties": true,
}

// notValueFirst start names that are about a secret: is_token, use_auth,
// show_password, check_secret.
var notValueFirst = map[string]bool{
	"is": true, "has": true, "use": true, "enable": true, "disable": true, "check": true,
	"validate": true, "get": true, "set": true, "show": true, "hide": true, "require": true,
	"allow": true, "no": true, "num": true, "max": true, "min": true, "verify": true, "load": true, "save": true, "parse": true, "make": true,
	"gen": true, "generate": true, "create": true, "on": true, "handle": true,
	"ask": true, "prompt": true, "need": true, "needs": true, "should": true, "can": true,
}

// nameStems are what a name must contain, in any case, to be
// secret-like; ParseName's work is done only for names that do.
var nameStems = []string{"pass", "pwd", "secret", "token", "key", "auth", "cred", "bearer"}

// SecretLike reports whether a name says it holds a secret: a password,
// passphrase, secret, token, api key, private key, credential or auth
// value, in snake, camel or upper case, and not a name about one
// (password_field, token_url, is_secret).
func SecretLike(raw string) bool {
	if raw == "" || !fold.ContainsAny(raw, nameStems...) {
		return false
	}
	return ParseName(raw).SecretLike()
}

// SecretLike is the package function for a parsed name.
func (n *Name) SecretLike() bool {
	ws := n.Words
	if len(ws) == 0 || strings.Contains(n.Raw, "::") {
		// "AWS::SecretsManager::Secret" names a type, not a value.
		return false
	}
	if notValueWords[ws[len(ws)-1]] {
		return false
	}
	if len(ws) > 1 && notValueFirst[ws[0]] {
		return false
	}
	for i, w := range ws {
		if strongWords[w] {
			if (w == "token" || w == "tokens") && i > 0 && apiTokenWords[ws[i-1]] {
				continue
			}
			return true
		}
		if (w == "key" || w == "keys") && i > 0 && keyQualifiers[ws[i-1]] {
			return true
		}
	}
	return false
}

// apiTokenWords come before "token" in the names of tokens that APIs hand
// out and take back, which are not credentials: pagination
// (NextContinuationToken, output_token), idempotency (ClientRequestToken,
// ChangeToken), and the like.
var apiTokenWords = map[string]bool{
	"next": true, "continuation": true, "page": true, "pagination": true, "output": true, "input": true,
	"change": true, "client": true, "request": true, "purchase": true, "idempotency": true, "sync": true,
	"cursor": true, "resume": true, "marker": true, "action": true, "verification": true, "update": true,
	"csrf": true, "xsrf": true, "cancel": true, "cancellation": true, "sequence": true, "continue": true,
	"lifecycle": true, "upload": true,
}

// weakWords are the secret-like words that a value of any kind may be
// bound to — an opaque token or auth value is often a UUID or hex id —
// as opposed to a password, secret or key.
var weakWords = map[string]bool{
	"token": true, "tokens": true, "auth": true, "authtoken": true, "bearer": true,
	"credential": true, "credentials": true, "creds": true,
}

// Strong reports whether the name says password, secret or key rather
// than only token, auth or credential: a UUID or a hex value bound to it
// is taken for a secret.
func (n *Name) Strong() bool {
	for i, w := range n.Words {
		if strongWords[w] && !weakWords[w] {
			return true
		}
		if (w == "key" || w == "keys") && i > 0 && keyQualifiers[n.Words[i-1]] {
			return true
		}
	}
	return false
}

// nameAll reports whether n has all the words.
func (n *Name) nameAll(ws ...string) bool {
	for _, w := range ws {
		if !n.Has(w) {
			return false
		}
	}
	return true
}
