package config

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	toml "github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// Position is a place in a configuration file: 1-based line and byte column.
type Position struct {
	File      string // the configuration file
	Line, Col int    // 1-based; Col counts bytes
}

// String formats p as "FILE:LINE:COL".
func (p Position) String() string {
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// kind is the TOML type of a node.
type kind uint8

const (
	kString kind = iota + 1
	kInt
	kFloat
	kBool
	kDateTime      // offset date-time: time.Time
	kLocalDateTime // toml.LocalDateTime
	kLocalDate     // toml.LocalDate
	kLocalTime     // toml.LocalTime
	kList
	kTable
)

// desc names a node kind in messages: "found a string".
func (k kind) desc() string {
	switch k {
	case kString:
		return "a string"
	case kInt:
		return "an integer"
	case kFloat:
		return "a float"
	case kBool:
		return "a boolean"
	case kDateTime:
		return "a date-time"
	case kLocalDateTime:
		return "a local date-time"
	case kLocalDate:
		return "a date"
	case kLocalTime:
		return "a time"
	case kList:
		return "a list"
	case kTable:
		return "a table"
	}
	return "nothing"
}

// node is one TOML value with where it was written. The tree keeps keys in
// file order, which per-file-ignores need and plain maps would lose.
type node struct {
	kind kind
	// parent, name and idx place the node in the tree: it is entry name of
	// table parent, or element idx (when >= 0) of list parent. path() is
	// computed from them only when a message needs it, since eager paths
	// would cost time and memory quadratic in the nesting depth.
	parent *node
	name   string
	idx    int
	// pos is where the value starts: for a table made by a [header] or an
	// [[array table]], the header's first "["; for one made by a dotted key
	// or a header's prefix, that part of the key.
	pos Position
	// keyPos is where the key naming the value starts (pos for list
	// elements).
	keyPos Position

	str   string  // kString
	num   int64   // kInt
	flt   float64 // kFloat
	bl    bool    // kBool
	tm    any     // kDateTime, kLocalDateTime, kLocalDate, kLocalTime
	list  []*node // kList
	keys  []string
	table map[string]*node // kTable
}

// path is the dotted key path of n as written: tool.krait.select,
// tool.krait.per-file-ignores."tests/*", tool.krait.taint.sinks[0].
func (n *node) path() string {
	if n == nil || n.parent == nil {
		return ""
	}
	p := n.parent.path()
	if n.idx >= 0 {
		return fmt.Sprintf("%s[%d]", p, n.idx)
	}
	return joinKey(p, n.name)
}

// get returns the entry key of table n, or nil.
func (n *node) get(key string) *node {
	if n == nil || n.kind != kTable {
		return nil
	}
	return n.table[key]
}

// lookup follows a path of keys from n; nil if any step is missing.
func (n *node) lookup(keys ...string) *node {
	for _, k := range keys {
		n = n.get(k)
	}
	return n
}

// native is the Go value of n, as go-toml would decode it into an any.
func (n *node) native() any {
	switch n.kind {
	case kString:
		return n.str
	case kInt:
		return n.num
	case kFloat:
		return n.flt
	case kBool:
		return n.bl
	case kList:
		out := make([]any, len(n.list))
		for i, e := range n.list {
			out[i] = e.native()
		}
		return out
	case kTable:
		out := make(map[string]any, len(n.keys))
		for _, k := range n.keys {
			out[k] = n.table[k].native()
		}
		return out
	}
	return n.tm
}

// joinKey appends key to a dotted path, quoting it unless it is a bare key.
func joinKey(path, key string) string {
	k := quoteKey(key)
	if path == "" {
		return k
	}
	return path + "." + k
}

// quoteKey writes key as TOML would need it: bare when it is made of
// A-Za-z0-9_- only, else a quoted string.
func quoteKey(key string) string {
	if key == "" {
		return `""`
	}
	for _, c := range []byte(key) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return strconv.Quote(key)
		}
	}
	return key
}

// lineIndex maps byte offsets to positions.
type lineIndex struct {
	file   string
	starts []int // offset of the first byte of each line
}

func newLineIndex(file string, data []byte) *lineIndex {
	li := &lineIndex{file: file, starts: []int{0}}
	for i, c := range data {
		if c == '\n' {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

func (li *lineIndex) pos(off int) Position {
	line := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	line = max(line, 0)
	return Position{File: li.file, Line: line + 1, Col: off - li.starts[line] + 1}
}

// stripBOM replaces a leading UTF-8 byte order mark with spaces, which TOML
// and INI both skip, so offsets and columns stay those of the file.
func stripBOM(data []byte) []byte {
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		d := append([]byte(nil), data...)
		d[0], d[1], d[2] = ' ', ' ', ' '
		return d
	}
	return data
}

// parseTOML parses a TOML document into a tree of positioned nodes. go-toml's
// decoder checks the document first (syntax, duplicate keys, redefined
// tables, impossible dates, integer overflow), so the tree builder below can
// trust the document's structure; a syntax error is an *Error at its place.
func parseTOML(file string, data []byte) (*node, error) {
	data = stripBOM(data)
	var check map[string]any
	if err := toml.Unmarshal(data, &check); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			line, col := de.Position()
			key := ""
			for _, k := range de.Key() {
				key = joinKey(key, k)
			}
			return nil, &Error{File: file, Line: line, Col: col, Key: key, Msg: strings.TrimPrefix(de.Error(), "toml: ")}
		}
		return nil, &Error{File: file, Msg: strings.TrimPrefix(err.Error(), "toml: ")}
	}
	b := &builder{data: data, li: newLineIndex(file, data)}
	b.root = &node{kind: kTable, idx: -1, table: map[string]*node{}, pos: b.li.pos(0), keyPos: b.li.pos(0)}
	if err := b.build(); err != nil {
		return nil, &Error{File: file, Msg: "internal error reading TOML: " + err.Error()}
	}
	return b.root, nil
}

// builder turns the expressions of go-toml's unstable parser into nodes.
type builder struct {
	data []byte
	li   *lineIndex
	p    unstable.Parser
	root *node
}

// keyPart is one part of a dotted key.
type keyPart struct {
	name string
	off  int
	end  int
}

func (b *builder) keyParts(it unstable.Iterator) []keyPart {
	var parts []keyPart
	for it.Next() {
		k := it.Node()
		off := int(k.Raw.Offset)
		parts = append(parts, keyPart{name: string(k.Data), off: off, end: off + int(k.Raw.Length)})
	}
	return parts
}

func (b *builder) build() error {
	b.p.Reset(b.data)
	cur := b.root
	for b.p.NextExpression() {
		e := b.p.Expression()
		switch e.Kind {
		case unstable.KeyValue:
			if _, err := b.keyValue(cur, e); err != nil {
				return err
			}
		case unstable.Table, unstable.ArrayTable:
			parts := b.keyParts(e.Key())
			if len(parts) == 0 {
				return errors.New("table header without a key")
			}
			t, err := b.walk(b.root, parts[:len(parts)-1])
			if err != nil {
				return err
			}
			last := parts[len(parts)-1]
			// The table is where its header starts; its key, where the
			// header's last key starts.
			pos, keyPos := b.li.pos(headerStart(b.data, parts[0].off)), b.li.pos(last.off)
			child := t.table[last.name]
			if e.Kind == unstable.Table {
				switch {
				case child == nil:
					child = b.newTable(t, last.name, -1, keyPos)
					b.add(t, last.name, child)
				case child.kind == kTable:
					// Made implicitly by an earlier [a.b.c] or dotted key;
					// the header is the better place to point at.
				default:
					return fmt.Errorf("[%s] is not a table", child.path())
				}
				child.pos, child.keyPos = pos, keyPos
				cur = child
				continue
			}
			if child == nil {
				child = &node{kind: kList, parent: t, name: last.name, idx: -1, pos: pos, keyPos: keyPos}
				b.add(t, last.name, child)
			} else if child.kind != kList {
				return fmt.Errorf("[[%s]] is not an array of tables", child.path())
			}
			elem := b.newTable(child, "", len(child.list), keyPos)
			elem.pos = pos
			child.list = append(child.list, elem)
			cur = elem
		}
	}
	return b.p.Error()
}

func (b *builder) newTable(parent *node, name string, idx int, pos Position) *node {
	return &node{kind: kTable, parent: parent, name: name, idx: idx, pos: pos, keyPos: pos, table: map[string]*node{}}
}

func (b *builder) add(t *node, key string, n *node) {
	if _, ok := t.table[key]; !ok {
		t.keys = append(t.keys, key)
	}
	t.table[key] = n
}

// walk descends from t through parts, making the tables that do not exist
// yet; an array of tables stands for its last element, as in TOML.
func (b *builder) walk(t *node, parts []keyPart) (*node, error) {
	for _, p := range parts {
		child := t.table[p.name]
		if child == nil {
			child = b.newTable(t, p.name, -1, b.li.pos(p.off))
			b.add(t, p.name, child)
		}
		if child.kind == kList && len(child.list) > 0 {
			child = child.list[len(child.list)-1]
		}
		if child.kind != kTable {
			return nil, fmt.Errorf("%s is not a table", child.path())
		}
		t = child
	}
	return t, nil
}

// keyValue adds a key = value expression (top level or inside an inline
// table) to table t, and returns the offset just past the value.
func (b *builder) keyValue(t *node, e *unstable.Node) (int, error) {
	parts := b.keyParts(e.Key())
	if len(parts) == 0 {
		return 0, errors.New("key/value without a key")
	}
	parent, err := b.walk(t, parts[:len(parts)-1])
	if err != nil {
		return 0, err
	}
	last := parts[len(parts)-1]
	v, end, err := b.value(e.Value(), last.end)
	if err != nil {
		return 0, err
	}
	v.parent, v.name, v.keyPos = parent, last.name, b.li.pos(last.off)
	b.add(parent, last.name, v)
	return end, nil
}

// value converts a value node, to be placed in the tree by the caller; hint is an offset at or before its first byte,
// needed because go-toml gives arrays no byte range (and inline tables only
// their "{"). It returns the node and the offset just past the value: for a
// container, past the bracket that follows its last element, so that the
// whole document is walked once however deep it nests.
func (b *builder) value(e *unstable.Node, hint int) (*node, int, error) {
	start, end := int(e.Raw.Offset), int(e.Raw.Offset+e.Raw.Length)
	if e.Kind == unstable.Array {
		start = skipSeparators(b.data, hint)
	}
	n := &node{idx: -1, pos: b.li.pos(start)}
	n.keyPos = n.pos
	switch e.Kind {
	case unstable.String:
		n.kind, n.str = kString, string(e.Data)
	case unstable.Bool:
		n.kind, n.bl = kBool, string(e.Data) == "true"
	case unstable.Integer, unstable.Float, unstable.DateTime, unstable.LocalDateTime, unstable.LocalDate, unstable.LocalTime:
		if err := scalar(n, b.data[start:end]); err != nil {
			return nil, 0, err
		}
	case unstable.Array:
		n.kind = kList
		off := start + 1
		it := e.Children()
		for it.Next() {
			elem, next, err := b.value(it.Node(), off)
			if err != nil {
				return nil, 0, err
			}
			elem.parent, elem.idx = n, len(n.list)
			n.list = append(n.list, elem)
			off = next
		}
		end = min(skipSeparators(b.data, off)+1, len(b.data))
	case unstable.InlineTable:
		n.kind, n.table = kTable, map[string]*node{}
		off := start + 1
		it := e.Children()
		for it.Next() {
			next, err := b.keyValue(n, it.Node())
			if err != nil {
				return nil, 0, err
			}
			off = next
		}
		end = min(skipSeparators(b.data, off)+1, len(b.data))
	default:
		return nil, 0, fmt.Errorf("unexpected %s value", e.Kind)
	}
	return n, end, nil
}

// scalar decodes a number, date or time from its raw bytes with go-toml, so
// that its rules (underscores, radix prefixes, inf and nan, impossible dates,
// overflow) are applied once, in one place.
func scalar(n *node, raw []byte) error {
	var v struct{ V any }
	if err := toml.Unmarshal(append([]byte("V = "), raw...), &v); err != nil {
		return fmt.Errorf("value %q: %w", raw, err)
	}
	switch x := v.V.(type) {
	case int64:
		n.kind, n.num = kInt, x
	case float64:
		n.kind, n.flt = kFloat, x
	case toml.LocalDate:
		n.kind, n.tm = kLocalDate, x
	case toml.LocalTime:
		n.kind, n.tm = kLocalTime, x
	case toml.LocalDateTime:
		n.kind, n.tm = kLocalDateTime, x
	default:
		// time.Time, the only other scalar go-toml decodes into an any.
		n.kind, n.tm = kDateTime, x
	}
	return nil
}

// headerStart returns the offset of the first "[" of the table header whose
// first key starts at keyOff.
func headerStart(data []byte, keyOff int) int {
	start := keyOff
	for i := keyOff - 1; i >= 0; i-- {
		switch data[i] {
		case '[':
			start = i
			continue
		case ' ', '\t':
			continue
		}
		break
	}
	return start
}

// skipSeparators returns the offset of the first byte at or after off that is
// not whitespace, a comma, an equals sign or part of a comment: the start of
// the next value in an array or after a key, or the bracket closing a
// container after its last element.
func skipSeparators(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ',', '=':
			off++
		case '#':
			for off < len(data) && data[off] != '\n' {
				off++
			}
		default:
			return off
		}
	}
	return len(data)
}
