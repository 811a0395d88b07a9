package config

import (
	"encoding"
	"fmt"
	"math"
	"reflect"
	"strings"
	"time"

	toml "github.com/pelletier/go-toml/v2"
)

// decoder decodes nodes into Go values strictly: every key must name a field,
// every value must have the field's type. It collects every problem as an
// *Error instead of stopping at the first, so that one run shows them all.
type decoder struct {
	errs []*Error
	refs []ruleRef // rule ids met, for Config.CheckRuleIDs
}

// nodeDecoder is implemented by (pointers to) types that decode and check
// themselves: rule id lists, severity levels, dates, per-file-ignores.
type nodeDecoder interface {
	decodeNode(d *decoder, n *node)
}

// checker is implemented by (pointers to) struct types that validate
// themselves after their fields were decoded from table n: required keys,
// keys that exclude each other, positions to remember.
type checker interface {
	check(d *decoder, n *node)
}

// describer is implemented by types whose expected TOML form is not the one
// their Go kind suggests ("a date", not "a table").
type describer interface {
	describe() string
}

var (
	nodeDecoderType   = reflect.TypeFor[nodeDecoder]()
	checkerType       = reflect.TypeFor[checker]()
	describerType     = reflect.TypeFor[describer]()
	textUnmarshalType = reflect.TypeFor[encoding.TextUnmarshaler]()
	timeType          = reflect.TypeFor[time.Time]()
	localDateType     = reflect.TypeFor[toml.LocalDate]()
	localTimeType     = reflect.TypeFor[toml.LocalTime]()
	localDateTimeType = reflect.TypeFor[toml.LocalDateTime]()
)

// errorf records an error at pos for key.
func (d *decoder) errorf(pos Position, key, format string, args ...any) {
	d.errs = append(d.errs, &Error{File: pos.File, Line: pos.Line, Col: pos.Col, Key: key, Msg: fmt.Sprintf(format, args...)})
}

// mismatch records that n does not have the type t expects.
func (d *decoder) mismatch(n *node, t reflect.Type) {
	d.errorf(n.pos, n.path(), "expected %s, found %s", describeType(t), n.kind.desc())
}

// decode decodes n into rv, which must be settable. Fields of structs that n
// does not mention keep their values, so defaults survive.
func (d *decoder) decode(n *node, rv reflect.Value) {
	t := rv.Type()
	if rv.CanAddr() && reflect.PointerTo(t).Implements(nodeDecoderType) {
		rv.Addr().Interface().(nodeDecoder).decodeNode(d, n)
		return
	}
	switch t {
	case timeType:
		d.decodeTime(n, rv, kDateTime)
		return
	case localDateType:
		d.decodeTime(n, rv, kLocalDate)
		return
	case localTimeType:
		d.decodeTime(n, rv, kLocalTime)
		return
	case localDateTimeType:
		d.decodeTime(n, rv, kLocalDateTime)
		return
	}
	if rv.CanAddr() && reflect.PointerTo(t).Implements(textUnmarshalType) && t.Kind() != reflect.Pointer {
		if n.kind != kString {
			d.mismatch(n, t)
			return
		}
		if err := rv.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.str)); err != nil {
			d.errorf(n.pos, n.path(), "invalid value %q: %v", n.str, err)
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if rv.IsNil() {
			rv.Set(reflect.New(t.Elem()))
		}
		d.decode(n, rv.Elem())
	case reflect.Interface:
		if t.NumMethod() != 0 {
			d.errorf(n.pos, n.path(), "cannot decode into Go type %s", t)
			return
		}
		rv.Set(reflect.ValueOf(n.native()))
	case reflect.String:
		if n.kind != kString {
			d.mismatch(n, t)
			return
		}
		rv.SetString(n.str)
	case reflect.Bool:
		if n.kind != kBool {
			d.mismatch(n, t)
			return
		}
		rv.SetBool(n.bl)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if n.kind != kInt {
			d.mismatch(n, t)
			return
		}
		if rv.OverflowInt(n.num) {
			bits := t.Bits()
			d.errorf(n.pos, n.path(), "integer %d out of range [%d, %d]", n.num, int64(-1)<<(bits-1), int64(1)<<(bits-1)-1)
			return
		}
		rv.SetInt(n.num)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n.kind != kInt {
			d.mismatch(n, t)
			return
		}
		if n.num < 0 || rv.OverflowUint(uint64(n.num)) {
			d.errorf(n.pos, n.path(), "integer %d out of range [0, %d]", n.num, uint64(math.MaxUint64)>>(64-t.Bits()))
			return
		}
		rv.SetUint(uint64(n.num))
	case reflect.Float32, reflect.Float64:
		f := n.flt
		switch n.kind {
		case kFloat:
		case kInt:
			f = float64(n.num)
		default:
			d.mismatch(n, t)
			return
		}
		if rv.OverflowFloat(f) {
			d.errorf(n.pos, n.path(), "number %v out of range for %s", f, t)
			return
		}
		rv.SetFloat(f)
	case reflect.Slice:
		if n.kind != kList {
			d.mismatch(n, t)
			return
		}
		s := reflect.MakeSlice(t, len(n.list), len(n.list))
		for i, e := range n.list {
			d.decode(e, s.Index(i))
		}
		rv.Set(s)
	case reflect.Array:
		if n.kind != kList {
			d.mismatch(n, t)
			return
		}
		if len(n.list) != t.Len() {
			d.errorf(n.pos, n.path(), "expected %s, found a list of %d", describeType(t), len(n.list))
			return
		}
		for i, e := range n.list {
			d.decode(e, rv.Index(i))
		}
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			d.errorf(n.pos, n.path(), "cannot decode into Go type %s", t)
			return
		}
		if n.kind != kTable {
			d.mismatch(n, t)
			return
		}
		if rv.IsNil() {
			rv.Set(reflect.MakeMapWithSize(t, len(n.keys)))
		}
		for _, k := range n.keys {
			ev := reflect.New(t.Elem()).Elem()
			d.decode(n.table[k], ev)
			rv.SetMapIndex(reflect.ValueOf(k).Convert(t.Key()), ev)
		}
	case reflect.Struct:
		if n.kind != kTable {
			d.mismatch(n, t)
			return
		}
		d.decodeStruct(n, rv)
	default:
		d.errorf(n.pos, n.path(), "cannot decode into Go type %s", t)
	}
}

func (d *decoder) decodeTime(n *node, rv reflect.Value, want kind) {
	if n.kind != want {
		d.mismatch(n, rv.Type())
		return
	}
	rv.Set(reflect.ValueOf(n.tm))
}

// decodeStruct decodes table n into the struct rv, field by field in file
// order; a key that names no field is an error with a suggestion.
func (d *decoder) decodeStruct(n *node, rv reflect.Value) {
	fields := structFields(rv.Type())
	for _, k := range n.keys {
		e := n.table[k]
		f, ok := fields.byName[k]
		if !ok {
			d.errorf(e.keyPos, e.path(), "%s", unknownKeyMsg(k, fields.names))
			continue
		}
		d.decode(e, rv.FieldByIndex(f))
	}
	if rv.CanAddr() && reflect.PointerTo(rv.Type()).Implements(checkerType) {
		rv.Addr().Interface().(checker).check(d, n)
	}
}

// fieldSet is the TOML keys of a struct type and the fields they name.
type fieldSet struct {
	names  []string // in declaration order, for suggestions
	byName map[string][]int
}

// structFields lists the keys of struct type t: the toml tag's name, else the
// field's name; "-" and unexported fields are left out; untagged embedded
// structs are flattened.
func structFields(t reflect.Type) fieldSet {
	fs := fieldSet{byName: map[string][]int{}}
	var walk func(t reflect.Type, index []int)
	walk = func(t reflect.Type, index []int) {
		for i := range t.NumField() {
			f := t.Field(i)
			tag, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
			idx := append(append([]int(nil), index...), i)
			if f.Anonymous && tag == "" && f.Type.Kind() == reflect.Struct {
				walk(f.Type, idx)
				continue
			}
			if !f.IsExported() || tag == "-" {
				continue
			}
			name := tag
			if name == "" {
				name = f.Name
			}
			if _, dup := fs.byName[name]; !dup {
				fs.names = append(fs.names, name)
				fs.byName[name] = idx
			}
		}
	}
	walk(t, nil)
	return fs
}

// describeType says what TOML value a Go type takes: "a list of strings".
func describeType(t reflect.Type) string {
	if t.Implements(describerType) {
		return reflect.Zero(t).Interface().(describer).describe()
	}
	if reflect.PointerTo(t).Implements(describerType) {
		return reflect.New(t).Interface().(describer).describe()
	}
	switch t {
	case timeType:
		return "a date-time"
	case localDateType:
		return "a date"
	case localTimeType:
		return "a time"
	case localDateTimeType:
		return "a local date-time"
	}
	if reflect.PointerTo(t).Implements(textUnmarshalType) && t.Kind() != reflect.Pointer {
		return "a string"
	}
	switch t.Kind() {
	case reflect.Pointer:
		return describeType(t.Elem())
	case reflect.Interface:
		return "a value"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "a boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "an integer"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a non-negative integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice:
		return "a list of " + plural(describeType(t.Elem()))
	case reflect.Array:
		return fmt.Sprintf("a list of %d %s", t.Len(), plural(describeType(t.Elem())))
	case reflect.Map, reflect.Struct:
		return "a table"
	}
	return t.String()
}

// plural turns "a string" into "strings", "an integer" into "integers",
// "a list of strings" into "lists of strings", "a date (YYYY-MM-DD)" into
// "dates (YYYY-MM-DD)".
func plural(desc string) string {
	desc = strings.TrimPrefix(strings.TrimPrefix(desc, "a "), "an ")
	for _, sep := range []string{" of ", " ("} {
		if head, tail, ok := strings.Cut(desc, sep); ok {
			return head + "s" + sep + tail
		}
	}
	return desc + "s"
}
