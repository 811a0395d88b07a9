// Package jsonschema validates JSON documents against a JSON Schema
// (draft-04, the draft the official SARIF 2.1.0 schema is written in).
//
// It implements the whole draft-04 validation vocabulary except remote
// references: type, enum, $ref (local JSON pointers only), properties,
// patternProperties, additionalProperties, required, dependencies,
// min/maxProperties, items (one schema or a tuple), additionalItems,
// min/maxItems, uniqueItems, min/maxLength, pattern, minimum, maximum,
// exclusiveMinimum/Maximum, multipleOf, allOf, anyOf, oneOf, not, and
// the formats uri, uri-reference and date-time (other formats are not
// checked, as the draft allows). Compile rejects any other keyword, so
// a schema cannot silently ask for a check this package skips.
//
// Patterns use Go's RE2 syntax, which covers the ECMA 262 subset the
// SARIF schema uses. Equality (enum, uniqueItems) compares numbers by
// value and objects regardless of key order.
package jsonschema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Schema is a compiled schema.
type Schema struct {
	root     any
	patterns map[string]*regexp.Regexp
}

// ValidationError lists every way a document fails its schema, each as
// "JSON pointer: problem".
type ValidationError struct {
	Problems []string
}

func (e *ValidationError) Error() string {
	return "document does not match the schema:\n" + strings.Join(e.Problems, "\n")
}

// decode parses JSON keeping numbers exact.
func decode(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("trailing data after JSON value")
	}
	return v, nil
}

// Compile parses a schema and checks that it uses only supported
// keywords, that its patterns compile and its references resolve.
func Compile(data []byte) (*Schema, error) {
	root, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	s := &Schema{root: root, patterns: make(map[string]*regexp.Regexp)}
	if err := s.check(root, "#"); err != nil {
		return nil, err
	}
	return s, nil
}

// keywords lists the supported keywords and what their values hold.
var keywords = map[string]string{
	"$schema": "ignore", "id": "ignore", "title": "ignore", "description": "ignore",
	"default": "ignore", "format": "string", "$ref": "string",
	"definitions": "schemaMap", "properties": "schemaMap", "patternProperties": "patternMap",
	"additionalProperties": "boolOrSchema", "additionalItems": "boolOrSchema",
	"items": "schemaOrList", "not": "schema", "dependencies": "dependencies",
	"allOf": "schemaList", "anyOf": "schemaList", "oneOf": "schemaList",
	"type": "type", "enum": "list", "required": "stringList",
	"minItems": "count", "maxItems": "count", "minLength": "count", "maxLength": "count",
	"minProperties": "count", "maxProperties": "count",
	"uniqueItems": "bool", "exclusiveMinimum": "bool", "exclusiveMaximum": "bool",
	"minimum": "number", "maximum": "number", "multipleOf": "number",
	"pattern": "pattern",
}

func (s *Schema) check(sch any, at string) error {
	m, ok := sch.(map[string]any)
	if !ok {
		return fmt.Errorf("schema %s: not an object", at)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := m[k]
		where := at + "/" + k
		bad := func(want string) error { return fmt.Errorf("schema %s: want %s", where, want) }
		switch keywords[k] {
		case "":
			return fmt.Errorf("schema %s: unsupported keyword %q", at, k)
		case "ignore":
		case "string":
			if _, ok := v.(string); !ok {
				return bad("a string")
			}
			if k == "$ref" {
				if _, err := s.resolve(v.(string)); err != nil {
					return fmt.Errorf("schema %s: %w", where, err)
				}
			}
		case "bool":
			if _, ok := v.(bool); !ok {
				return bad("a boolean")
			}
		case "number":
			if _, ok := v.(json.Number); !ok {
				return bad("a number")
			}
		case "count":
			if n, ok := v.(json.Number); !ok || !isCount(n) {
				return bad("a non-negative integer")
			}
		case "pattern":
			p, ok := v.(string)
			if !ok {
				return bad("a string")
			}
			if err := s.compilePattern(p); err != nil {
				return fmt.Errorf("schema %s: %w", where, err)
			}
		case "list":
			if _, ok := v.([]any); !ok {
				return bad("an array")
			}
		case "stringList":
			l, ok := v.([]any)
			if !ok {
				return bad("an array of strings")
			}
			for _, x := range l {
				if _, ok := x.(string); !ok {
					return bad("an array of strings")
				}
			}
		case "type":
			names := []any{v}
			if l, ok := v.([]any); ok {
				names = l
			}
			for _, n := range names {
				switch n {
				case "null", "boolean", "object", "array", "number", "integer", "string":
				default:
					return bad("a type name or list of them")
				}
			}
		case "schema":
			if err := s.check(v, where); err != nil {
				return err
			}
		case "boolOrSchema":
			if _, ok := v.(bool); !ok {
				if err := s.check(v, where); err != nil {
					return err
				}
			}
		case "schemaOrList":
			if l, ok := v.([]any); ok {
				for i, x := range l {
					if err := s.check(x, where+"/"+strconv.Itoa(i)); err != nil {
						return err
					}
				}
			} else if err := s.check(v, where); err != nil {
				return err
			}
		case "schemaList":
			l, ok := v.([]any)
			if !ok || len(l) == 0 {
				return bad("a non-empty array of schemas")
			}
			for i, x := range l {
				if err := s.check(x, where+"/"+strconv.Itoa(i)); err != nil {
					return err
				}
			}
		case "schemaMap", "patternMap", "dependencies":
			mm, ok := v.(map[string]any)
			if !ok {
				return bad("an object")
			}
			for name, x := range mm {
				if keywords[k] == "patternMap" {
					if err := s.compilePattern(name); err != nil {
						return fmt.Errorf("schema %s: %w", where, err)
					}
				}
				if _, isList := x.([]any); isList && keywords[k] == "dependencies" {
					continue
				}
				if err := s.check(x, where+"/"+escapePointer(name)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func isCount(n json.Number) bool {
	i, err := strconv.ParseInt(string(n), 10, 64)
	return err == nil && i >= 0
}

func (s *Schema) compilePattern(p string) error {
	if _, ok := s.patterns[p]; ok {
		return nil
	}
	re, err := regexp.Compile(p)
	if err != nil {
		return fmt.Errorf("pattern %q: %w", p, err)
	}
	s.patterns[p] = re
	return nil
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// resolve follows a local reference "#/a/b".
func (s *Schema) resolve(ref string) (any, error) {
	if !strings.HasPrefix(ref, "#") {
		return nil, fmt.Errorf("$ref %q: only local references are supported", ref)
	}
	frag, err := url.PathUnescape(ref[1:])
	if err != nil {
		return nil, fmt.Errorf("$ref %q: %w", ref, err)
	}
	cur := s.root
	if frag == "" {
		return cur, nil
	}
	if !strings.HasPrefix(frag, "/") {
		return nil, fmt.Errorf("$ref %q: not a JSON pointer", ref)
	}
	for _, tok := range strings.Split(frag[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch c := cur.(type) {
		case map[string]any:
			v, ok := c[tok]
			if !ok {
				return nil, fmt.Errorf("$ref %q: %q not found", ref, tok)
			}
			cur = v
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, fmt.Errorf("$ref %q: bad index %q", ref, tok)
			}
			cur = c[i]
		default:
			return nil, fmt.Errorf("$ref %q: cannot descend into a scalar", ref)
		}
	}
	return cur, nil
}

// Validate checks the JSON document data against the schema. It returns
// a *ValidationError listing all problems, or a syntax error.
func (s *Schema) Validate(data []byte) error {
	doc, err := decode(data)
	if err != nil {
		return err
	}
	return s.ValidateValue(doc)
}

// ValidateValue checks an already decoded document (numbers as
// json.Number, as Decoder.UseNumber gives them).
func (s *Schema) ValidateValue(doc any) error {
	var probs []string
	s.validate(s.root, doc, "", &probs)
	if len(probs) > 0 {
		return &ValidationError{Problems: probs}
	}
	return nil
}

func (s *Schema) validate(sch, v any, at string, probs *[]string) {
	m := sch.(map[string]any)
	fail := func(format string, args ...any) {
		ptr := at
		if ptr == "" {
			ptr = "/"
		}
		*probs = append(*probs, ptr+": "+fmt.Sprintf(format, args...))
	}
	if ref, ok := m["$ref"].(string); ok {
		// Draft-04: $ref replaces its object's other keywords.
		target, _ := s.resolve(ref) // checked by Compile
		s.validate(target, v, at, probs)
		return
	}
	if t, ok := m["type"]; ok && !hasType(t, v) {
		fail("type %s, want %v", typeOf(v), t)
		return
	}
	if e, ok := m["enum"].([]any); ok {
		found := false
		for _, x := range e {
			if equal(x, v) {
				found = true
				break
			}
		}
		if !found {
			fail("%s is not one of %s", canonical(v), canonical(e))
		}
	}
	for _, k := range []string{"allOf", "anyOf", "oneOf"} {
		l, ok := m[k].([]any)
		if !ok {
			continue
		}
		matched := 0
		var sub []string
		for i, x := range l {
			var p []string
			s.validate(x, v, at, &p)
			if len(p) == 0 {
				matched++
			} else {
				for _, q := range p {
					sub = append(sub, fmt.Sprintf("  [%s %d] %s", k, i, q))
				}
			}
		}
		switch {
		case k == "allOf" && matched < len(l):
			fail("does not match allOf:\n%s", strings.Join(sub, "\n"))
		case k == "anyOf" && matched == 0:
			fail("matches none of anyOf:\n%s", strings.Join(sub, "\n"))
		case k == "oneOf" && matched != 1:
			fail("matches %d of oneOf, want exactly 1", matched)
		}
	}
	if n, ok := m["not"]; ok {
		var p []string
		s.validate(n, v, at, &p)
		if len(p) == 0 {
			fail("matches the schema under not")
		}
	}
	switch v := v.(type) {
	case map[string]any:
		s.object(m, v, at, probs, fail)
	case []any:
		s.array(m, v, at, probs, fail)
	case string:
		s.str(m, v, fail)
	case json.Number:
		number(m, v, fail)
	}
}

func (s *Schema) object(m map[string]any, v map[string]any, at string, probs *[]string, fail func(string, ...any)) {
	for _, r := range list(m["required"]) {
		if _, ok := v[r.(string)]; !ok {
			fail("missing required property %q", r)
		}
	}
	if n, ok := m["minProperties"].(json.Number); ok && int64(len(v)) < mustInt(n) {
		fail("%d properties, want at least %s", len(v), n)
	}
	if n, ok := m["maxProperties"].(json.Number); ok && int64(len(v)) > mustInt(n) {
		fail("%d properties, want at most %s", len(v), n)
	}
	props, _ := m["properties"].(map[string]any)
	pats, _ := m["patternProperties"].(map[string]any)
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		child := at + "/" + escapePointer(k)
		matched := false
		if ps, ok := props[k]; ok {
			matched = true
			s.validate(ps, v[k], child, probs)
		}
		for p, ps := range pats {
			if s.patterns[p].MatchString(k) {
				matched = true
				s.validate(ps, v[k], child, probs)
			}
		}
		if matched {
			continue
		}
		switch ap := m["additionalProperties"].(type) {
		case bool:
			if !ap {
				fail("unexpected property %q", k)
			}
		case map[string]any:
			s.validate(ap, v[k], child, probs)
		}
	}
	if deps, ok := m["dependencies"].(map[string]any); ok {
		for k, d := range deps {
			if _, present := v[k]; !present {
				continue
			}
			if l, ok := d.([]any); ok {
				for _, r := range l {
					if _, ok := v[r.(string)]; !ok {
						fail("property %q requires %q", k, r)
					}
				}
			} else {
				s.validate(d, v, at, probs)
			}
		}
	}
}

func (s *Schema) array(m map[string]any, v []any, at string, probs *[]string, fail func(string, ...any)) {
	if n, ok := m["minItems"].(json.Number); ok && int64(len(v)) < mustInt(n) {
		fail("%d items, want at least %s", len(v), n)
	}
	if n, ok := m["maxItems"].(json.Number); ok && int64(len(v)) > mustInt(n) {
		fail("%d items, want at most %s", len(v), n)
	}
	if u, _ := m["uniqueItems"].(bool); u {
		seen := make(map[string]int, len(v))
		for i, x := range v {
			c := canonical(x)
			if j, dup := seen[c]; dup {
				fail("items %d and %d are equal", j, i)
			}
			seen[c] = i
		}
	}
	switch items := m["items"].(type) {
	case map[string]any:
		for i, x := range v {
			s.validate(items, x, at+"/"+strconv.Itoa(i), probs)
		}
	case []any:
		for i, x := range v {
			child := at + "/" + strconv.Itoa(i)
			if i < len(items) {
				s.validate(items[i], x, child, probs)
				continue
			}
			switch ai := m["additionalItems"].(type) {
			case bool:
				if !ai {
					fail("unexpected item %d", i)
				}
			case map[string]any:
				s.validate(ai, x, child, probs)
			}
		}
	}
}

func (s *Schema) str(m map[string]any, v string, fail func(string, ...any)) {
	n := int64(utf8.RuneCountInString(v))
	if lo, ok := m["minLength"].(json.Number); ok && n < mustInt(lo) {
		fail("string of length %d, want at least %s", n, lo)
	}
	if hi, ok := m["maxLength"].(json.Number); ok && n > mustInt(hi) {
		fail("string of length %d, want at most %s", n, hi)
	}
	if p, ok := m["pattern"].(string); ok && !s.patterns[p].MatchString(v) {
		fail("%q does not match pattern %q", v, p)
	}
	if f, ok := m["format"].(string); ok {
		if err := checkFormat(f, v); err != nil {
			fail("%q is not a valid %s: %v", v, f, err)
		}
	}
}

var uriScheme = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.\-]*:`)

// checkFormat checks the formats the draft defines and SARIF uses.
func checkFormat(format, v string) error {
	switch format {
	case "uri", "uri-reference":
		if strings.ContainsAny(v, " \t\r\n<>\"{}|\\^`") {
			return fmt.Errorf("contains a character URIs must escape")
		}
		if _, err := url.Parse(v); err != nil {
			return err
		}
		if format == "uri" && !uriScheme.MatchString(v) {
			return fmt.Errorf("no scheme")
		}
	case "date-time":
		if _, err := time.Parse(time.RFC3339Nano, v); err != nil {
			return err
		}
	}
	return nil
}

func number(m map[string]any, v json.Number, fail func(string, ...any)) {
	x := rat(v)
	if lo, ok := m["minimum"].(json.Number); ok {
		c := x.Cmp(rat(lo))
		if excl, _ := m["exclusiveMinimum"].(bool); c < 0 || (excl && c == 0) {
			fail("%s is below the minimum %s", v, lo)
		}
	}
	if hi, ok := m["maximum"].(json.Number); ok {
		c := x.Cmp(rat(hi))
		if excl, _ := m["exclusiveMaximum"].(bool); c > 0 || (excl && c == 0) {
			fail("%s is above the maximum %s", v, hi)
		}
	}
	if mul, ok := m["multipleOf"].(json.Number); ok {
		if q := new(big.Rat).Quo(x, rat(mul)); !q.IsInt() {
			fail("%s is not a multiple of %s", v, mul)
		}
	}
}

func rat(n json.Number) *big.Rat {
	r, ok := new(big.Rat).SetString(string(n))
	if !ok {
		return new(big.Rat)
	}
	return r
}

func mustInt(n json.Number) int64 {
	i, _ := strconv.ParseInt(string(n), 10, 64)
	return i
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func typeOf(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case json.Number:
		if rat(v).IsInt() {
			return "integer"
		}
		return "number"
	}
	return fmt.Sprintf("%T", v)
}

func hasType(t, v any) bool {
	names := []any{t}
	if l, ok := t.([]any); ok {
		names = l
	}
	got := typeOf(v)
	for _, n := range names {
		if n == got || (n == "number" && got == "integer") {
			return true
		}
	}
	return false
}

func equal(a, b any) bool { return canonical(a) == canonical(b) }

// canonical encodes v with sorted keys and numbers in lowest terms, so
// equal JSON values encode equally.
func canonical(v any) string {
	var b strings.Builder
	var enc func(any)
	enc = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			b.WriteByte('{')
			for i, k := range keys {
				if i > 0 {
					b.WriteByte(',')
				}
				b.WriteString(strconv.Quote(k))
				b.WriteByte(':')
				enc(v[k])
			}
			b.WriteByte('}')
		case []any:
			b.WriteByte('[')
			for i, x := range v {
				if i > 0 {
					b.WriteByte(',')
				}
				enc(x)
			}
			b.WriteByte(']')
		case json.Number:
			b.WriteString(rat(v).RatString())
		case string:
			b.WriteString(strconv.Quote(v))
		case bool:
			b.WriteString(strconv.FormatBool(v))
		case nil:
			b.WriteString("null")
		default:
			fmt.Fprintf(&b, "%v", v)
		}
	}
	enc(v)
	return b.String()
}
