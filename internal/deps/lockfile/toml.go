package lockfile

import (
	"errors"
	"sort"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// tomlDoc maps the paths of a TOML document's keys, tables and array
// elements to their lines. go-toml decodes values without positions, so
// decodeTOML walks the document a second time with go-toml's parser,
// which gives the byte range of every key and scalar.
//
// Paths are keys and array indices: ["package", 3, "version"] is the
// version key of the fourth [[package]] table; ["project",
// "dependencies", 2] the third element of that array.
type tomlDoc struct {
	file  string
	lines map[string]int
}

func pathKey(parts []any) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(0)
		}
		switch p := p.(type) {
		case string:
			b.WriteString(p)
		case int:
			b.WriteByte(1)
			b.WriteString(strconv.Itoa(p))
		}
	}
	return b.String()
}

// line returns the line of path, or of its longest prefix that has one.
func (d *tomlDoc) line(path ...any) int {
	for n := len(path); n > 0; n-- {
		if l, ok := d.lines[pathKey(path[:n])]; ok {
			return l
		}
	}
	return 0
}

// has reports whether the document defines path.
func (d *tomlDoc) has(path ...any) bool {
	_, ok := d.lines[pathKey(path)]
	return ok
}

// decodeTOML unmarshals data into v and indexes its positions. A syntax or
// type error becomes an *Error at the line go-toml reports.
func decodeTOML(file string, data []byte, v any) (*tomlDoc, *Error) {
	if err := toml.Unmarshal(data, v); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, _ := de.Position()
			return nil, &Error{File: file, Line: row, Msg: "invalid TOML: " + de.Error(), Err: err}
		}
		var sme *toml.StrictMissingError
		if errors.As(err, &sme) {
			return nil, &Error{File: file, Msg: "invalid TOML: " + err.Error(), Err: err}
		}
		return nil, &Error{File: file, Msg: "invalid TOML: " + err.Error(), Err: err}
	}
	d := &tomlDoc{file: file, lines: map[string]int{}}
	d.index(data)
	return d, nil
}

func (d *tomlDoc) index(data []byte) {
	var p unstable.Parser
	p.Reset(data)
	lineOf := newLineIndex(data).line
	arrays := map[string]int{} // array-of-tables path → index of its last element
	var prefix []any
	// resolve inserts the current index after each part that names an
	// array of tables: [package.dependencies] is package[last].dependencies.
	resolve := func(keys []string) []any {
		var out []any
		for _, k := range keys {
			out = append(out, k)
			if i, ok := arrays[pathKey(out)]; ok {
				out = append(out, i)
			}
		}
		return out
	}
	var value func(path []any, n *unstable.Node)
	value = func(path []any, n *unstable.Node) {
		switch n.Kind {
		case unstable.Array:
			it := n.Children()
			i := 0
			for it.Next() {
				c := it.Node()
				if c.Kind == unstable.Comment {
					continue
				}
				ep := append(append([]any{}, path...), i)
				if l := firstLine(c, lineOf); l > 0 {
					d.lines[pathKey(ep)] = l
				}
				value(ep, c)
				i++
			}
		case unstable.InlineTable:
			it := n.Children()
			for it.Next() {
				kv := it.Node()
				if kv.Kind != unstable.KeyValue {
					continue
				}
				kp, l := keyOf(kv.Key(), lineOf)
				full := append(append([]any{}, path...), kp...)
				d.setPrefixes(full, l)
				value(full, kv.Value())
			}
		}
	}
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table:
			keys, l := keyStrings(e.Key(), lineOf)
			prefix = resolve(keys)
			d.lines[pathKey(prefix)] = l
		case unstable.ArrayTable:
			keys, l := keyStrings(e.Key(), lineOf)
			base := resolve(keys[:len(keys)-1])
			base = append(base, keys[len(keys)-1])
			k := pathKey(base)
			i, ok := arrays[k]
			if ok {
				i++
			}
			arrays[k] = i
			prefix = append(base, i)
			d.lines[pathKey(prefix)] = l
			if _, ok := d.lines[k]; !ok {
				d.lines[k] = l
			}
		case unstable.KeyValue:
			kp, l := keyOf(e.Key(), lineOf)
			full := append(append([]any{}, prefix...), kp...)
			d.setPrefixes(full, l)
			value(full, e.Value())
		}
	}
}

// setPrefixes records line l for path and for its dotted-key prefixes
// that have no line yet (a.b.c = 1 defines a and a.b here).
func (d *tomlDoc) setPrefixes(path []any, l int) {
	for n := len(path); n > 0; n-- {
		k := pathKey(path[:n])
		if _, ok := d.lines[k]; ok && n < len(path) {
			return
		}
		d.lines[k] = l
	}
}

// lineIndex maps byte offsets to 1-based lines.
type lineIndex []int // offsets of '\n'

func newLineIndex(data []byte) lineIndex {
	var idx lineIndex
	for i, c := range data {
		if c == '\n' {
			idx = append(idx, i)
		}
	}
	return idx
}

func (li lineIndex) lineAt(off int) int {
	return 1 + sort.SearchInts(li, off)
}

func (li lineIndex) line(r unstable.Range) int { return li.lineAt(int(r.Offset)) }

func keyStrings(it unstable.Iterator, lineOf func(unstable.Range) int) ([]string, int) {
	var keys []string
	l := 0
	for it.Next() {
		n := it.Node()
		keys = append(keys, string(n.Data))
		if l == 0 {
			l = lineOf(n.Raw)
		}
	}
	return keys, l
}

func keyOf(it unstable.Iterator, lineOf func(unstable.Range) int) ([]any, int) {
	keys, l := keyStrings(it, lineOf)
	out := make([]any, len(keys))
	for i, k := range keys {
		out[i] = k
	}
	return out, l
}

// firstLine is the line of n's first byte: its own range, or its first
// child's (arrays have no range of their own).
func firstLine(n *unstable.Node, lineOf func(unstable.Range) int) int {
	if n.Raw.Length > 0 {
		return lineOf(n.Raw)
	}
	it := n.Children()
	for it.Next() {
		if l := firstLine(it.Node(), lineOf); l > 0 {
			return l
		}
	}
	return 0
}
