package fold

import "testing"

func TestContains(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"# NoSec B101", "nosec", true},
		{"DB_PASSWORD", "pas", true},
		{"username", "pas", false},
		{"", "x", false},
		{"x", "", true},
		{"SEL", "select", false},
		{"Select * From", "select", true},
	}
	for _, tt := range tests {
		if got := Contains(tt.s, tt.w); got != tt.want {
			t.Errorf("Contains(%q, %q) = %v, want %v", tt.s, tt.w, got, tt.want)
		}
	}
	if !ContainsAny("my_Token", "pwd", "token") || ContainsAny("abc", "pwd", "token") {
		t.Error("ContainsAny")
	}
	if !IsASCII("abc") || IsASCII("caf\u00e9") {
		t.Error("IsASCII")
	}
}
