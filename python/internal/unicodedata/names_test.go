package unicodedata

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// algorithmicName is the name CPython's unicodedata.name gives a Hangul
// syllable or CJK unified ideograph, or "" for other code points.
func algorithmicName(r rune) string {
	if 0xAC00 <= r && r <= 0xD7A3 {
		s := int(r - 0xAC00)
		return "HANGUL SYLLABLE " + hangulL[s/(21*28)] + hangulV[s/28%21] + hangulT[s%28]
	}
	for _, rg := range cjkUnifiedRanges {
		if rg[0] <= r && r <= rg[1] {
			return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%X", r)
		}
	}
	return ""
}

// TestNamesDigest checks that the decoded table plus the algorithmic names
// is exactly the set of names CPython has, by comparing a digest of all of
// them with the one genunicode computed from unicodedata.name.
func TestNamesDigest(t *testing.T) {
	tab := loadNames()
	want := map[string]string{}
	for _, line := range readGolden(t, "names_digest.txt") {
		k, v, _ := strings.Cut(line, " ")
		want[k] = v
	}
	type entry struct {
		r    rune
		name string
	}
	var all []entry
	for i := 0; i < numExplicitNames; i++ {
		if algorithmicName(tab.codes[i]) != "" {
			t.Errorf("U+%04X: table name %q for an algorithmically named code point", tab.codes[i], tab.name(i))
		}
		all = append(all, entry{tab.codes[i], string(tab.name(i))})
	}
	for r := rune(0); r < 0x110000; r++ {
		if n := algorithmicName(r); n != "" {
			all = append(all, entry{r, n})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].r < all[j].r })
	h := sha256.New()
	for i, e := range all {
		if i > 0 && all[i-1].r == e.r {
			t.Errorf("U+%04X named twice", e.r)
		}
		fmt.Fprintf(h, "%04X;%s\n", e.r, e.name)
	}
	for i := numExplicitNames; i < len(tab.codes); i++ {
		fmt.Fprintf(h, "ALIAS %04X;%s\n", tab.codes[i], tab.name(i))
	}
	if got := strconv.Itoa(len(all)); got != want["names"] {
		t.Errorf("%s names, want %s", got, want["names"])
	}
	if got := strconv.Itoa(len(tab.codes) - numExplicitNames); got != want["aliases"] {
		t.Errorf("%s aliases, want %s", got, want["aliases"])
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != want["sha256"] {
		t.Errorf("digest of all names is %s, want %s", got, want["sha256"])
	}
}

// TestLookupEveryName looks up every name and alias CPython has, in upper
// and lower case.
func TestLookupEveryName(t *testing.T) {
	tab := loadNames()
	check := func(name string, want rune) {
		if got, ok := Lookup(name); !ok || got != want {
			t.Errorf("Lookup(%q) = %U, %v; want %U", name, got, ok, want)
		}
	}
	for i := range tab.codes {
		name := string(tab.name(i))
		check(name, tab.codes[i])
		check(strings.ToLower(name), tab.codes[i])
	}
	for r := rune(0); r < 0x110000; r++ {
		if n := algorithmicName(r); n != "" {
			check(n, r)
			if r < 0x10000 && strings.HasPrefix(n, "CJK") {
				check(fmt.Sprintf("CJK UNIFIED IDEOGRAPH-0%X", r), r)
			}
		}
	}
}

func TestLookupAliases(t *testing.T) {
	for _, line := range readGolden(t, "aliases.txt") {
		code, name, _ := strings.Cut(line, ";")
		want := parseHex(t, code)
		if got, ok := Lookup(name); !ok || got != want {
			t.Errorf("Lookup(%q) = %U, %v; want %U", name, got, ok, want)
		}
	}
}

func TestLookupRejectsNamedSequences(t *testing.T) {
	for _, name := range readGolden(t, "namedseqs.txt") {
		if got, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) = %U, want rejection (named sequence)", name, got)
		}
	}
}

// TestLookupGolden checks case variants and near misses against what
// eval('"\\N{...}"') gives in CPython.
func TestLookupGolden(t *testing.T) {
	accepted, rejected := 0, 0
	for _, line := range readGolden(t, "lookup.txt") {
		name, res, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		got, gotOK := Lookup(name)
		if res == "-" {
			rejected++
			if gotOK {
				t.Errorf("Lookup(%q) = %U, want rejection", name, got)
			}
			continue
		}
		accepted++
		if want := parseHex(t, res); !gotOK || got != want {
			t.Errorf("Lookup(%q) = %U, %v; want %U", name, got, gotOK, want)
		}
	}
	t.Logf("%d accepted, %d rejected names", accepted, rejected)
}

func TestLookupEdgeCases(t *testing.T) {
	for _, name := range []string{"", "\x00", "LATIN SMALL LETTER A\x00", strings.Repeat("A", 1000),
		"HANGUL SYLLABLE GA\xff", "latin small letter \xc3\xa4"} {
		if got, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) = %U, want rejection", name, got)
		}
	}
}

func TestLookupDoesNotAllocate(t *testing.T) {
	loadNames()
	names := []string{"LATIN SMALL LETTER A", "pile of poo", "NOT A NAME", "LF",
		"HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E00"}
	if n := testing.AllocsPerRun(100, func() {
		for _, name := range names {
			Lookup(name)
		}
	}); n != 0 {
		t.Errorf("Lookup allocates %v times per run", n)
	}
}

var sinkRune rune

func BenchmarkLookup(b *testing.B) {
	loadNames()
	for _, bc := range []struct {
		name  string
		names []string
	}{
		{"table", []string{"LATIN SMALL LETTER A", "GREEK CAPITAL LETTER OMEGA", "EM DASH",
			"ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM", "PILE OF POO", "LF"}},
		{"lowercase", []string{"latin small letter a", "greek capital letter omega", "em dash",
			"arabic ligature sallallahou alayhe wasallam", "pile of poo", "lf"}},
		{"miss", []string{"NO SUCH CHARACTER NAME", "LATIN SMALL LETTER", "KEYCAP NUMBER SIGN"}},
		{"hangul", []string{"HANGUL SYLLABLE GAG", "HANGUL SYLLABLE A", "HANGUL SYLLABLE PWIH"}},
		{"cjk", []string{"CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-2EBF0"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				sinkRune, _ = Lookup(bc.names[i%len(bc.names)])
			}
		})
	}
}

// BenchmarkDecodeNames measures the one-time cost of the first Lookup.
func BenchmarkDecodeNames(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		decodeNames(namesBin)
	}
}
