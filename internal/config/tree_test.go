package config

import (
	"fmt"
	"strings"
	"testing"
)

// TestTreePositions checks the positions the tree gives values, including
// arrays, for which go-toml gives none.
func TestTreePositions(t *testing.T) {
	const doc = `# header [not a table]
a = [ [1, 2], # a comment with ] and [
      [ "x]", '''y
]''' ],
      {k = [3]} ]
[t . "q.k"]
s = """a
"b""" # c
n = { x.y = [ [ ] ] }
[[arr]]
v = 1
[[arr]]
v = 2
`
	root, err := parseTOML("f.toml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	var walk func(n *node)
	walk = func(n *node) {
		lines = append(lines, fmt.Sprintf("%s %d:%d key %d:%d", n.path(), n.pos.Line, n.pos.Col, n.keyPos.Line, n.keyPos.Col))
		for _, e := range n.list {
			walk(e)
		}
		for _, k := range n.keys {
			walk(n.table[k])
		}
	}
	walk(root)
	want := ` 1:1 key 1:1
a 2:5 key 2:1
a[0] 2:7 key 2:7
a[0][0] 2:8 key 2:8
a[0][1] 2:11 key 2:11
a[1] 3:7 key 3:7
a[1][0] 3:9 key 3:9
a[1][1] 3:15 key 3:15
a[2] 5:7 key 5:7
a[2].k 5:12 key 5:8
a[2].k[0] 5:13 key 5:13
t 6:2 key 6:2
t."q.k" 6:1 key 6:6
t."q.k".s 7:5 key 7:1
t."q.k".n 9:5 key 9:1
t."q.k".n.x 9:7 key 9:7
t."q.k".n.x.y 9:13 key 9:9
t."q.k".n.x.y[0] 9:15 key 9:15
arr 10:1 key 10:3
arr[0] 10:1 key 10:3
arr[0].v 11:5 key 11:1
arr[1] 12:1 key 12:3
arr[1].v 13:5 key 13:1`
	if got := strings.Join(lines, "\n"); got != want {
		t.Errorf("positions:\n%s\nwant\n%s", got, want)
	}
	if s := root.lookup("t", "q.k", "s"); s == nil || s.str != "a\n\"b" {
		t.Errorf("multi-line string = %+v", s)
	}
}

func TestQuoteKey(t *testing.T) {
	for in, want := range map[string]string{
		"select":   "select",
		"fail-on":  "fail-on",
		"B108":     "B108",
		"tests/**": `"tests/**"`,
		"a.b":      `"a.b"`,
		"":         `""`,
		"é":        `"é"`,
	} {
		if got := quoteKey(in); got != want {
			t.Errorf("quoteKey(%q) = %s, want %s", in, got, want)
		}
	}
}
