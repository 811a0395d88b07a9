package ruleutil

import (
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"X-Api-Key":      "x api key",
		"xApiKey":        "x api key",
		"password2":      "password",
		"HTTPAuthHeader": "http auth header",
		"SECRET_KEY":     "secret key",
		"_private":       "private",
		"sessionId":      "session id",
		"":               "",
	} {
		if got := strings.Join(Words(in), " "); got != want {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClassifyName(t *testing.T) {
	for name, want := range map[string]Secret{
		"password":              Password,
		"db_passwd":             Password,
		"newPassword":           Password,
		"user_pwd":              Password,
		"access_token":          Token,
		"token":                 Token,
		"reset_token":           Token,
		"api_key":               Key,
		"X-API-Key":             Key,
		"SECRET_KEY":            Key,
		"aws_secret_access_key": Key,
		"client_secret":         SecretValue,
		"Authorization":         Credentials,
		"credentials":           Credentials,
		"session_id":            SessionID,
		"sessionid":             SessionID,
		"session_key":           SessionID,

		"pwd":             NotSecret,
		"password_length": NotSecret,
		"token_type":      NotSecret,
		"secret_name":     NotSecret,
		"is_password":     NotSecret,
		"password_hash":   NotSecret,
		"next_token":      NotSecret,
		"NextToken":       NotSecret,
		"tokens":          NotSecret,
		"tokenizer":       NotSecret,
		"key":             NotSecret,
		"api_key_id":      NotSecret,
		"secret_key_file": NotSecret,
		"keyword":         NotSecret,
		"user":            NotSecret,
		"lock_token":      NotSecret,
		"task_token":      NotSecret,
		"version_token":   NotSecret,
		"creation_token":  NotSecret,
		"grant_token":     NotSecret,
		"starting_token":  NotSecret,
		"acquire_token":   NotSecret,
		"token_keys":      NotSecret,
		"api_keys":        Key,
	} {
		if got := ClassifyName(name); got != want {
			t.Errorf("ClassifyName(%q) = %v, want %v", name, got, want)
		}
	}
}
