package osv

import (
	"encoding/binary"
	"errors"
	"time"
	"unsafe"
)

// The persisted index stores each record in a compact binary form instead
// of its JSON: decoding a 500-package audit's records from JSON was 60 ms
// of CPU (a third of a warm `krait deps`), scanning every byte of long
// versions lists; this form is read by lengths, and its strings are views
// of the index's buffer.
//
// A record is its fields in the order of the Vulnerability struct:
// strings as uvarint length + bytes; slices and raw JSON as uvarint
// (length + 1) then the items, 0 standing for nil (so nil and empty
// survive the round trip, as encoding/json distinguishes them); times as
// uvarint (length + 1) of time.MarshalBinary, 0 for the zero Time.
// TestBinaryRecordRoundTrip checks on every record of the snapshot that
// decodeBinary(appendBinary(v)) is deeply equal to v.

// appendBinary appends the binary form of v to b.
func appendBinary(b []byte, v *Vulnerability) ([]byte, error) {
	w := binWriter{b: b}
	w.str(v.SchemaVersion)
	w.str(v.ID)
	w.time(v.Modified)
	w.time(v.Published)
	w.time(v.Withdrawn)
	w.strs(v.Aliases)
	w.strs(v.Upstream)
	w.strs(v.Related)
	w.str(v.Summary)
	w.str(v.Details)
	w.severities(v.Severity)
	w.count(len(v.Affected), v.Affected == nil)
	for i := range v.Affected {
		a := &v.Affected[i]
		w.str(a.Package.Ecosystem)
		w.str(a.Package.Name)
		w.str(a.Package.Purl)
		w.severities(a.Severity)
		w.count(len(a.Ranges), a.Ranges == nil)
		for j := range a.Ranges {
			r := &a.Ranges[j]
			w.str(r.Type)
			w.str(r.Repo)
			w.count(len(r.Events), r.Events == nil)
			for _, e := range r.Events {
				w.str(e.Introduced)
				w.str(e.Fixed)
				w.str(e.LastAffected)
				w.str(e.Limit)
			}
			w.raw(r.DatabaseSpecific)
		}
		w.strs(a.Versions)
		w.raw(a.EcosystemSpecific)
		w.raw(a.DatabaseSpecific)
	}
	w.count(len(v.References), v.References == nil)
	for _, r := range v.References {
		w.str(r.Type)
		w.str(r.URL)
	}
	w.count(len(v.Credits), v.Credits == nil)
	for _, c := range v.Credits {
		w.str(c.Name)
		w.strs(c.Contact)
		w.str(c.Type)
	}
	w.raw(v.DatabaseSpecific)
	return w.b, w.err
}

type binWriter struct {
	b   []byte
	err error
}

func (w *binWriter) uint(n uint64) { w.b = binary.AppendUvarint(w.b, n) }

func (w *binWriter) count(n int, isNil bool) {
	if isNil {
		w.uint(0)
	} else {
		w.uint(uint64(n) + 1)
	}
}

func (w *binWriter) str(s string) {
	w.uint(uint64(len(s)))
	w.b = append(w.b, s...)
}

func (w *binWriter) strs(ss []string) {
	w.count(len(ss), ss == nil)
	for _, s := range ss {
		w.str(s)
	}
}

func (w *binWriter) raw(r []byte) {
	w.count(len(r), r == nil)
	w.b = append(w.b, r...)
}

func (w *binWriter) time(t time.Time) {
	if t == (time.Time{}) {
		w.uint(0)
		return
	}
	tb, err := t.MarshalBinary()
	if err != nil && w.err == nil {
		w.err = err
	}
	w.count(len(tb), false)
	w.b = append(w.b, tb...)
}

func (w *binWriter) severities(ss []Severity) {
	w.count(len(ss), ss == nil)
	for _, s := range ss {
		w.str(s.Type)
		w.str(s.Score)
	}
}

var errBadRecord = errors.New("malformed binary record")

// decodeBinary decodes a record written by appendBinary. The record's
// strings and raw JSON share b's memory, which must never change. It
// fails, without panicking, on any input appendBinary did not write.
func decodeBinary(b []byte) (*Vulnerability, error) {
	r := binReader{b: b}
	v := new(Vulnerability)
	v.SchemaVersion = r.str()
	v.ID = r.str()
	v.Modified = r.time()
	v.Published = r.time()
	v.Withdrawn = r.time()
	v.Aliases = r.strs()
	v.Upstream = r.strs()
	v.Related = r.strs()
	v.Summary = r.str()
	v.Details = r.str()
	v.Severity = r.severities()
	if n, ok := r.count(); ok {
		v.Affected = make([]Affected, n)
		for i := range v.Affected {
			a := &v.Affected[i]
			a.Package.Ecosystem = r.str()
			a.Package.Name = r.str()
			a.Package.Purl = r.str()
			a.Severity = r.severities()
			if n, ok := r.count(); ok {
				a.Ranges = make([]Range, n)
				for j := range a.Ranges {
					rg := &a.Ranges[j]
					rg.Type = r.str()
					rg.Repo = r.str()
					if n, ok := r.count(); ok {
						rg.Events = make([]Event, n)
						for k := range rg.Events {
							e := &rg.Events[k]
							e.Introduced = r.str()
							e.Fixed = r.str()
							e.LastAffected = r.str()
							e.Limit = r.str()
						}
					}
					rg.DatabaseSpecific = r.raw()
				}
			}
			a.Versions = r.strs()
			a.EcosystemSpecific = r.raw()
			a.DatabaseSpecific = r.raw()
		}
	}
	if n, ok := r.count(); ok {
		v.References = make([]Reference, n)
		for i := range v.References {
			v.References[i] = Reference{Type: r.str(), URL: r.str()}
		}
	}
	if n, ok := r.count(); ok {
		v.Credits = make([]Credit, n)
		for i := range v.Credits {
			c := &v.Credits[i]
			c.Name = r.str()
			c.Contact = r.strs()
			c.Type = r.str()
		}
	}
	v.DatabaseSpecific = r.raw()
	if r.bad || r.i != len(r.b) {
		return nil, errBadRecord
	}
	return v, nil
}

// binReader reads appendBinary's encoding; past a malformed item it
// returns zero values and sets bad.
type binReader struct {
	b   []byte
	i   int
	bad bool
}

func (r *binReader) uint() uint64 {
	if r.bad {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.i:])
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.i += n
	return v
}

// count reads a (length + 1) prefix; ok is false for nil. A length above
// the bytes left (every item takes one at least) is malformed, so a bad
// prefix cannot make the decoder allocate much.
func (r *binReader) count() (int, bool) {
	n := r.uint()
	if n == 0 {
		return 0, false
	}
	if n-1 > uint64(len(r.b)-r.i) {
		r.bad = true
		return 0, false
	}
	return int(n - 1), true
}

func (r *binReader) bytes(n uint64) []byte {
	if r.bad || n > uint64(len(r.b)-r.i) {
		r.bad = true
		return nil
	}
	j := r.i + int(n)
	s := r.b[r.i:j:j] // capped: appending to it must not overwrite the next item
	r.i = j
	return s
}

func (r *binReader) str() string {
	s := r.bytes(r.uint())
	if len(s) == 0 {
		return ""
	}
	return unsafe.String(&s[0], len(s))
}

func (r *binReader) strs() []string {
	n, ok := r.count()
	if !ok {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.str()
	}
	return out
}

func (r *binReader) raw() []byte {
	n, ok := r.count()
	if !ok {
		return nil
	}
	s := r.bytes(uint64(n))
	if s == nil {
		return nil
	}
	return s
}

func (r *binReader) time() time.Time {
	n, ok := r.count()
	if !ok {
		return time.Time{}
	}
	var t time.Time
	if err := t.UnmarshalBinary(r.bytes(uint64(n))); err != nil {
		r.bad = true
	}
	return t
}

func (r *binReader) severities() []Severity {
	n, ok := r.count()
	if !ok {
		return nil
	}
	out := make([]Severity, n)
	for i := range out {
		out[i] = Severity{Type: r.str(), Score: r.str()}
	}
	return out
}
