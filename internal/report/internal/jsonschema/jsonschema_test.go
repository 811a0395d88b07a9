package jsonschema

import (
	"errors"
	"flag"
	"strings"
	"testing"
)

// The package has no golden files; it accepts -update so that
// "go test ./internal/report/... -update" runs.
var _ = flag.Bool("update", false, "rewrite golden files (none here)")

const testSchema = `{
  "$schema": "http://json-schema.org/draft-04/schema#",
  "type": "object",
  "additionalProperties": false,
  "required": ["version", "items"],
  "properties": {
    "version": {"enum": ["2.1.0"], "type": "string"},
    "uri": {"type": "string", "format": "uri"},
    "ref": {"type": "string", "format": "uri-reference"},
    "when": {"type": "string", "format": "date-time"},
    "count": {"type": "integer", "minimum": 0, "maximum": 10},
    "ratio": {"type": "number", "minimum": 0, "exclusiveMinimum": true, "multipleOf": 0.25},
    "lang": {"type": "string", "pattern": "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$", "maxLength": 5},
    "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true, "minItems": 1},
    "items": {"type": "array", "items": {"$ref": "#/definitions/item"}},
    "nullable": {"type": ["string", "null"]},
    "extra": {"type": "object", "additionalProperties": {"type": "integer"},
              "patternProperties": {"^x-": {"type": "string"}}},
    "dep": {"type": "object", "dependencies": {"a": ["b"]}},
    "not": {"not": {"type": "string"}}
  },
  "definitions": {
    "item": {
      "type": "object",
      "properties": {"text": {"type": "string"}, "id": {"type": "string"}},
      "anyOf": [{"required": ["text"]}, {"required": ["id"]}],
      "oneOf": [{"required": ["text"]}, {"required": ["id"]}]
    }
  }
}`

func compile(t *testing.T) *Schema {
	t.Helper()
	s, err := Compile([]byte(testSchema))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestValid(t *testing.T) {
	s := compile(t)
	doc := `{"version": "2.1.0", "uri": "file:///a/b%20c", "ref": "pkg/a.py", "when": "2025-03-14T15:09:26Z",
	  "count": 10, "ratio": 0.75, "lang": "en-US", "tags": ["a", "b"], "items": [{"text": "x"}, {"id": "y"}],
	  "nullable": null, "extra": {"n": 1, "x-y": "s"}, "dep": {"a": 1, "b": 2}, "not": 3}`
	if err := s.Validate([]byte(doc)); err != nil {
		t.Fatal(err)
	}
}

func TestInvalid(t *testing.T) {
	s := compile(t)
	for _, tc := range []struct{ doc, want string }{
		{`{"items": []}`, `/: missing required property "version"`},
		{`{"version": "2.0.0", "items": []}`, `/version: "2.0.0" is not one of`},
		{`{"version": "2.1.0", "items": [], "bogus": 1}`, `/: unexpected property "bogus"`},
		{`{"version": "2.1.0", "items": [], "uri": "pkg/a.py"}`, `/uri: "pkg/a.py" is not a valid uri`},
		{`{"version": "2.1.0", "items": [], "ref": "a b"}`, `/ref: "a b" is not a valid uri-reference`},
		{`{"version": "2.1.0", "items": [], "when": "yesterday"}`, `/when: "yesterday" is not a valid date-time`},
		{`{"version": "2.1.0", "items": [], "count": 1.5}`, `/count: type number, want integer`},
		{`{"version": "2.1.0", "items": [], "count": -1}`, `/count: -1 is below the minimum 0`},
		{`{"version": "2.1.0", "items": [], "count": 11}`, `/count: 11 is above the maximum 10`},
		{`{"version": "2.1.0", "items": [], "ratio": 0}`, `/ratio: 0 is below the minimum 0`},
		{`{"version": "2.1.0", "items": [], "ratio": 0.3}`, `/ratio: 0.3 is not a multiple of 0.25`},
		{`{"version": "2.1.0", "items": [], "lang": "english"}`, `does not match pattern`},
		{`{"version": "2.1.0", "items": [], "tags": []}`, `/tags: 0 items, want at least 1`},
		{`{"version": "2.1.0", "items": [], "tags": ["a", "a"]}`, `/tags: items 0 and 1 are equal`},
		{`{"version": "2.1.0", "items": [{}]}`, `/items/0: matches none of anyOf`},
		{`{"version": "2.1.0", "items": [{"text": "x", "id": "y"}]}`, `/items/0: matches 2 of oneOf`},
		{`{"version": "2.1.0", "items": [{"text": 1}]}`, `/items/0/text: type integer, want string`},
		{`{"version": "2.1.0", "items": [], "nullable": 1}`, `/nullable: type integer, want [string null]`},
		{`{"version": "2.1.0", "items": [], "extra": {"n": "1"}}`, `/extra/n: type string, want integer`},
		{`{"version": "2.1.0", "items": [], "extra": {"x-a": 1}}`, `/extra/x-a: type integer, want string`},
		{`{"version": "2.1.0", "items": [], "dep": {"a": 1}}`, `/dep: property "a" requires "b"`},
		{`{"version": "2.1.0", "items": [], "not": "s"}`, `/not: matches the schema under not`},
	} {
		err := s.Validate([]byte(tc.doc))
		var verr *ValidationError
		if !errors.As(err, &verr) {
			t.Errorf("%s: got %v, want a validation error", tc.doc, err)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got\n%v\nwant it to contain %q", tc.doc, err, tc.want)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	for _, tc := range []struct{ schema, want string }{
		{`{"type": "object", "propertyNames": {}}`, `unsupported keyword "propertyNames"`},
		{`{"$ref": "#/definitions/missing"}`, `"definitions" not found`},
		{`{"$ref": "other.json#/a"}`, `only local references`},
		{`{"pattern": "(?<x>a)\\k<x>"}`, `pattern`},
		{`{"type": "thing"}`, `want a type name`},
		{`{"minItems": -1}`, `want a non-negative integer`},
	} {
		_, err := Compile([]byte(tc.schema))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error containing %q", tc.schema, err, tc.want)
		}
	}
}

func TestEqual(t *testing.T) {
	if !equal(mustDecode(t, `{"a": 1, "b": [1.0, null, true]}`), mustDecode(t, `{"b": [1, null, true], "a": 1.00}`)) {
		t.Error("equal values compare unequal")
	}
	if equal(mustDecode(t, `[1, 2]`), mustDecode(t, `[2, 1]`)) {
		t.Error("arrays in different order compare equal")
	}
}

func mustDecode(t *testing.T, s string) any {
	t.Helper()
	v, err := decode([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return v
}
