package secrets

import "testing"

// TestReadable checks the test that keeps identifiers and phrases out of
// the generic detector, and lets random values through. The random
// values are fakes.
func TestReadable(t *testing.T) {
	for _, s := range []string{
		"s3_disable_express_session_auth", "AWS_S3_DISABLE_EXPRESS_SESSION_AUTH",
		"AWS::S3::DisableExpressSessionAuth", "PassWordMustBeAtLeast6Chars.", "+i6t-not-inline",
		"SASL_SCRAM_512_AUTH", "ADDomainJoinPassword", "my-app-secret-v2",
	} {
		if !readable(s) {
			t.Errorf("readable(%q) = false", s)
		}
	}
	for _, s := range []string{
		"Zq7#kLm2!vR9xT4w", "v8Kq2LmZ7xR4tN9wB3cY6dF1gH5jP0sU", "hI5iIg/NrdMFPE+PoJsbfsrFxJpdaen",
		"87b0b125ec1d7da0a6eb8c9ebd69fe29", "Summer2024!", "aF1kxJgLuNRUSochqZoBrSGetZz2oV728Vodgwu3zgnWu8AE5xdcZA==",
	} {
		if readable(s) {
			t.Errorf("readable(%q) = true", s)
		}
	}
}

func TestValueShapes(t *testing.T) {
	for _, s := range []string{`[!#$%&'*+\-.^_` + "`" + `|~0-9A-Za-z]{1,}`, `(?<=[a-z])\w+`, `^\d{4}$`} {
		if !looksLikeRegex(s) {
			t.Errorf("looksLikeRegex(%q) = false", s)
		}
	}
	if looksLikeRegex("Zq7#kLm2!vR9xT4w") {
		t.Error("a password is a regular expression")
	}
	if !looksLikeDate("2016-09-08T21:47:36Z") || looksLikeDate("2016x09-08") {
		t.Error("looksLikeDate")
	}
	if !isHashLike("5bc8fbbc-bde5-c099-4164-d8399f767c45") || !isHashLike("d7210dff076ce2ef") || isHashLike("d7210dff076ce2") {
		t.Error("isHashLike")
	}
}

func TestNames(t *testing.T) {
	for name, want := range map[string]bool{
		"NextContinuationToken": false, "ClientRequestToken": false, "output_token": false,
		"AWS::SecretsManager::Secret": false, "PasswordLastUsed": false, "token_variants": false,
		"AUTH_MECHANISM": false, "password_properties": false,
		"access_token": true, "GITHUB_TOKEN": true, "db_password": true, "clientSecret": true,
	} {
		if got := SecretLike(name); got != want {
			t.Errorf("SecretLike(%q) = %v", name, got)
		}
	}
	for name, want := range map[string]bool{"db_password": true, "API_KEY": true, "client_secret": true,
		"access_token": false, "auth": false, "credentials": false} {
		if got := ParseName(name).Strong(); got != want {
			t.Errorf("Strong(%q) = %v", name, got)
		}
	}
}

func TestIsTestPath(t *testing.T) {
	for path, want := range map[string]bool{
		"botocore/data/iam/2010-05-08/examples-1.json": true, "app/.env.example": true,
		"deploy/settings.py.sample": true, "Lib/test/certdata/keycert.pem": true, "pkg/samples/app.py": true,
		"idlelib/idle_test/test_x.py": true, "app/settings.py": false, "app/.env": false,
		"app/contest.py": false,
	} {
		if got := IsTestPath(path); got != want {
			t.Errorf("IsTestPath(%q) = %v", path, got)
		}
	}
}
