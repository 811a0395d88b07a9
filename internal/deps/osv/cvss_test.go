package osv

import "testing"

// TestCVSS3 uses vectors whose scores FIRST's calculator gives.
func TestCVSS3(t *testing.T) {
	tests := []struct {
		vector string
		score  float64
		rating string
	}{
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, "CRITICAL"},
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0, "CRITICAL"},
		{"CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9, "CRITICAL"},
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 8.8, "HIGH"},
		{"CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8, "HIGH"},
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", 7.5, "HIGH"},
		{"CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N", 6.5, "MEDIUM"},
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1, "MEDIUM"},
		{"CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9, "MEDIUM"},
		{"CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N", 5.4, "MEDIUM"},
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N", 5.3, "MEDIUM"},
		{"CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:N/A:N", 4.3, "MEDIUM"},
		{"CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 1.6, "LOW"},
		{"CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, "CRITICAL"},
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0, "NONE"},
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O", 9.8, "CRITICAL"},
	}
	for _, tt := range tests {
		r := rate(Severity{Type: "CVSS_V3", Score: tt.vector})
		if !r.HasScore || r.Score != tt.score || r.Rating != tt.rating {
			t.Errorf("%s: %+v, want %.1f %s", tt.vector, r, tt.score, tt.rating)
		}
	}
	for _, bad := range []string{"CVSS:3.1/AV:N/AC:L", "CVSS:2.0/AV:N", "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"} {
		if _, err := CVSS3BaseScore(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
		if r := rate(Severity{Type: "CVSS_V3", Score: bad}); r.HasScore || r.Vector != bad {
			t.Errorf("%q: %+v", bad, r)
		}
	}
}

func TestCVSS2(t *testing.T) {
	for vector, want := range map[string]float64{
		"AV:N/AC:L/Au:N/C:P/I:P/A:P": 7.5,
		"AV:N/AC:M/Au:N/C:N/I:P/A:N": 4.3,
		"AV:N/AC:L/Au:N/C:C/I:C/A:C": 10.0,
		"AV:L/AC:L/Au:N/C:N/I:N/A:N": 0,
	} {
		got, err := CVSS2BaseScore(vector)
		if err != nil || got != want {
			t.Errorf("%s: %v %v, want %.1f", vector, got, err, want)
		}
	}
}

func TestRatingString(t *testing.T) {
	r := rate(Severity{Type: "CVSS_V3", Score: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"})
	if got := r.String(); got != "CRITICAL 9.8 (CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H)" {
		t.Errorf("String = %q", got)
	}
	v4 := rate(Severity{Type: "CVSS_V4", Score: "CVSS:4.0/AV:N"})
	if v4.String() != "CVSS:4.0/AV:N" || v4.Rating != "" {
		t.Errorf("v4 = %+v", v4)
	}
	if u := rate(Severity{Type: "Ubuntu", Score: "medium"}); u.Rating != "MEDIUM" {
		t.Errorf("ubuntu = %+v", u)
	}
}
