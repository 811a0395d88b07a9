package config

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	toml "github.com/pelletier/go-toml/v2"
)

// tmpOptions is what a rule like B108 would decode its options into.
type tmpOptions struct {
	TmpDirs []string `toml:"tmp_dirs"`
	Strict  bool     `toml:"strict"`
}

// richOptions exercises every Go type the decoder supports.
type richOptions struct {
	Name     string            `toml:"name"`
	Count    int               `toml:"count"`
	Small    int8              `toml:"small"`
	Size     uint16            `toml:"size"`
	Ratio    float64           `toml:"ratio"`
	Ratio32  float32           `toml:"ratio32"`
	On       bool              `toml:"on"`
	List     []string          `toml:"list"`
	Pair     [2]int            `toml:"pair"`
	Map      map[string]int    `toml:"map"`
	Nested   nestedOptions     `toml:"nested"`
	Ptr      *nestedOptions    `toml:"ptr"`
	Tables   []nestedOptions   `toml:"tables"`
	Any      any               `toml:"any"`
	When     time.Time         `toml:"when"`
	Day      toml.LocalDate    `toml:"day"`
	Date     Date              `toml:"date"`
	Dur      textDuration      `toml:"dur"`
	Untagged string            //nolint: read as "Untagged"
	Skipped  string            `toml:"-"`
	Strs     map[string]string `toml:"strs"`
	embedded
}

type embedded struct {
	Flat string `toml:"flat"`
}

type nestedOptions struct {
	Level string `toml:"level"`
	Depth int    `toml:"depth"`
}

// textDuration decodes from a string through encoding.TextUnmarshaler.
type textDuration struct{ time.Duration }

func (d *textDuration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	d.Duration = v
	return err
}

// decodeOptions loads a krait.toml and decodes the options of id into dst.
func decodeOptions(t *testing.T, body, id string, dst any) string {
	t.Helper()
	dir := writeTree(t, map[string]string{"krait.toml": body})
	c, err := Load(filepath.Join(dir, "krait.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return rel(dir, errString(c.DecodeRuleOptions(id, dst)))
}

func TestDecodeRuleOptions(t *testing.T) {
	// Defaults the rule sets before decoding; options not given keep them.
	defaults := func() tmpOptions { return tmpOptions{TmpDirs: []string{"/tmp", "/var/tmp"}, Strict: true} }
	tests := []struct {
		name, body, id string
		want           tmpOptions
		err            string
	}{
		{name: "given", body: "[rules.B108]\ntmp_dirs = [\"/scratch\"]\n", id: "B108", want: tmpOptions{TmpDirs: []string{"/scratch"}, Strict: true}},
		{name: "alias in the file", body: "[rules.S108]\nstrict = false\n", id: "B108", want: tmpOptions{TmpDirs: []string{"/tmp", "/var/tmp"}}},
		{name: "alias asked for", body: "[rules.B108]\nstrict = false\n", id: "S108", want: tmpOptions{TmpDirs: []string{"/tmp", "/var/tmp"}}},
		{name: "none given", body: "[rules.B101]\nskips = []\n", id: "B108", want: defaults()},
		{name: "no rules at all", body: "", id: "B108", want: defaults()},
		{name: "empty list", body: "[rules.B108]\ntmp_dirs = []\n", id: "B108", want: tmpOptions{TmpDirs: []string{}, Strict: true}},
		{name: "inline table", body: "rules = {B108 = {tmp_dirs = [\"/a\"]}}\n", id: "B108", want: tmpOptions{TmpDirs: []string{"/a"}, Strict: true}},
		{
			name: "unknown option",
			body: "[rules.B108]\ntmp_dir = [\"/scratch\"]\n",
			id:   "B108", want: defaults(),
			err: `krait.toml:2:1: rules.B108.tmp_dir: unknown key (did you mean "tmp_dirs"?)`,
		},
		{
			name: "unknown option, none close",
			body: "[rules.B108]\nprefixes = []\n",
			id:   "B108", want: defaults(),
			err: `krait.toml:2:1: rules.B108.prefixes: unknown key (expected one of tmp_dirs, strict)`,
		},
		{
			name: "wrong type",
			body: "[rules.B108]\ntmp_dirs = \"/scratch\"\n",
			id:   "B108", want: defaults(),
			err: `krait.toml:2:12: rules.B108.tmp_dirs: expected a list of strings, found a string`,
		},
		{
			name: "wrong element type, right one kept",
			body: "[rules.B108]\nstrict = false\ntmp_dirs = [\"/a\", 1]\n",
			id:   "B108", want: tmpOptions{TmpDirs: []string{"/a", ""}},
			err: `krait.toml:3:19: rules.B108.tmp_dirs[1]: expected a string, found an integer`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := defaults()
			if err := decodeOptions(t, tt.body, tt.id, &got); err != tt.err {
				t.Errorf("error %q, want %q", err, tt.err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("options %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestDecodeRuleOptionsTypes(t *testing.T) {
	body := `
[rules.KR101]
name = "x"
count = -7
small = 127
size = 65535
ratio = 0.5
ratio32 = 2
on = true
list = ["a", "b"]
pair = [1, 2]
map = {a = 1, b = 2}
nested = {level = "high"}
ptr = {depth = 3}
tables = [{level = "a"}, {depth = 1}]
any = [1, "two", {three = 3.0}]
when = 2027-01-31T10:00:00Z
day = 2027-01-31
date = "2027-01-31"
dur = "1m30s"
Untagged = "u"
strs = {"k.1" = "v"}
flat = "f"
`
	got := richOptions{Map: map[string]int{"z": 26}, Nested: nestedOptions{Depth: 9}}
	if err := decodeOptions(t, body, "KR101", &got); err != "" {
		t.Fatal(err)
	}
	want := richOptions{
		Name: "x", Count: -7, Small: 127, Size: 65535, Ratio: 0.5, Ratio32: 2, On: true,
		List: []string{"a", "b"}, Pair: [2]int{1, 2},
		Map:      map[string]int{"z": 26, "a": 1, "b": 2}, // maps are merged into, as encoding/json does
		Nested:   nestedOptions{Level: "high", Depth: 9},  // the default depth survives
		Ptr:      &nestedOptions{Depth: 3},
		Tables:   []nestedOptions{{Level: "a"}, {Depth: 1}},
		Any:      []any{int64(1), "two", map[string]any{"three": 3.0}},
		When:     time.Date(2027, time.January, 31, 10, 0, 0, 0, time.UTC),
		Day:      toml.LocalDate{Year: 2027, Month: 1, Day: 31},
		Date:     Date{2027, time.January, 31},
		Dur:      textDuration{90 * time.Second},
		Untagged: "u",
		Strs:     map[string]string{"k.1": "v"},
		embedded: embedded{Flat: "f"},
	}
	if !got.When.Equal(want.When) {
		t.Errorf("When = %v, want %v", got.When, want.When)
	}
	got.When = want.When
	if !reflect.DeepEqual(got, want) {
		t.Errorf("decoded\n%#v\nwant\n%#v", got, want)
	}
}

func TestDecodeRuleOptionsTypeErrors(t *testing.T) {
	tests := []struct{ line, want string }{
		{`name = 1`, "rules.KR101.name: expected a string, found an integer"},
		{`count = 1.5`, "rules.KR101.count: expected an integer, found a float"},
		{`count = "1"`, "rules.KR101.count: expected an integer, found a string"},
		{`small = 128`, "rules.KR101.small: integer 128 out of range [-128, 127]"},
		{`size = -1`, "rules.KR101.size: integer -1 out of range [0, 65535]"},
		{`size = 65536`, "rules.KR101.size: integer 65536 out of range [0, 65535]"},
		{`ratio = "half"`, "rules.KR101.ratio: expected a number, found a string"},
		{`ratio32 = 1e300`, "rules.KR101.ratio32: number 1e+300 out of range for float32"},
		{`on = "yes"`, "rules.KR101.on: expected a boolean, found a string"},
		{`list = [["a"]]`, "rules.KR101.list[0]: expected a string, found a list"},
		{`pair = [1, 2, 3]`, "rules.KR101.pair: expected a list of 2 integers, found a list of 3"},
		{`pair = 1`, "rules.KR101.pair: expected a list of 2 integers, found an integer"},
		{`map = [1]`, "rules.KR101.map: expected a table, found a list"},
		{`map = {a = "1"}`, "rules.KR101.map.a: expected an integer, found a string"},
		{`nested = {levels = "x"}`, `rules.KR101.nested.levels: unknown key (did you mean "level"?)`},
		{`nested = "high"`, "rules.KR101.nested: expected a table, found a string"},
		{`tables = {level = "a"}`, "rules.KR101.tables: expected a list of tables, found a table"},
		{`tables = [{depth = "x"}]`, "rules.KR101.tables[0].depth: expected an integer, found a string"},
		{`when = 2027-01-31`, "rules.KR101.when: expected a date-time, found a date"},
		{`day = "2027-01-31"`, "rules.KR101.day: expected a date, found a string"},
		{`date = 2027-01-31T00:00:00`, "rules.KR101.date: expected a date (YYYY-MM-DD), found a local date-time"},
		{`dur = "soon"`, `rules.KR101.dur: invalid value "soon": time: invalid duration "soon"`},
		{`dur = 5`, "rules.KR101.dur: expected a string, found an integer"},
		{`Skipped = "s"`, "rules.KR101.Skipped: unknown key (expected one of name, count, small, size, ratio, ratio32, on, list, pair, map, nested, ptr, tables, any, when, day, date, dur, Untagged, strs, flat)"},
		{`untagged = "u"`, `rules.KR101.untagged: unknown key (did you mean "Untagged"?)`},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			var got richOptions
			err := decodeOptions(t, "[rules.KR101]\n"+tt.line+"\n", "KR101", &got)
			_, msg, _ := strings.Cut(err, ": ") // drop the position
			if msg != tt.want || !strings.HasPrefix(err, "krait.toml:2:") {
				t.Errorf("error %q, want krait.toml:2:…: %s", err, tt.want)
			}
		})
	}
}

func TestDecodeRuleOptionsMisuse(t *testing.T) {
	c := &Config{}
	var o tmpOptions
	if err := c.DecodeRuleOptions("B108", o); err == nil {
		t.Error("a non-pointer destination: no error")
	}
	if err := c.DecodeRuleOptions("B108", (*tmpOptions)(nil)); err == nil {
		t.Error("a nil destination: no error")
	}
	if err := c.DecodeRuleOptions("B10", &o); err == nil {
		t.Error("an invalid rule id: no error")
	}
	if err := c.DecodeRuleOptions("B108", &o); err != nil {
		t.Errorf("empty Config: %v", err)
	}
	// A rule without options rejects stray ones.
	if err := decodeOptions(t, "[rules.B102]\nx = 1\n", "B102", &struct{}{}); err != "krait.toml:2:1: rules.B102.x: unknown key" {
		t.Errorf("stray option: %q", err)
	}
}

func TestDescribeType(t *testing.T) {
	for _, tt := range []struct {
		v    any
		want string
	}{
		{"", "a string"},
		{[]string{}, "a list of strings"},
		{[][]int{}, "a list of lists of integers"},
		{[]nestedOptions{}, "a list of tables"},
		{map[string]bool{}, "a table"},
		{[]Date{}, "a list of dates (YYYY-MM-DD)"},
		{uint(0), "a non-negative integer"},
		{[3]float64{}, "a list of 3 numbers"},
		{new(int), "an integer"},
	} {
		if got := describeType(reflect.TypeOf(tt.v)); got != tt.want {
			t.Errorf("describeType(%T) = %q, want %q", tt.v, got, tt.want)
		}
	}
}
