package osv

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"reflect"
	"testing"
)

// hasDuplicateKeys reports whether some JSON object in b repeats a key;
// encoding/json then merges values in ways decodeVuln does not copy.
func hasDuplicateKeys(b []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(b))
	type frame struct {
		obj  bool
		keys map[string]bool
		key  bool // next string token is a key
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				if top != nil && top.obj {
					top.key = true
				}
				stack = append(stack, &frame{obj: true, keys: map[string]bool{}, key: true})
				continue
			case '[':
				if top != nil && top.obj {
					top.key = true
				}
				stack = append(stack, &frame{})
				continue
			default:
				stack = stack[:len(stack)-1]
				continue
			}
		case string:
			if top != nil && top.obj && top.key {
				if top.keys[t] {
					return true
				}
				top.keys[t] = true
				top.key = false
				continue
			}
		}
		if top != nil && top.obj {
			top.key = true
		}
	}
}

// checkDecode compares decodeVuln with json.Unmarshal on b.
func checkDecode(t *testing.T, name string, b []byte) {
	t.Helper()
	got, gerr := decodeVuln(b)
	want := new(Vulnerability)
	werr := json.Unmarshal(b, want)
	switch {
	case gerr != nil && werr != nil:
	case gerr != nil:
		t.Fatalf("%s: decodeVuln: %v; encoding/json accepts it", name, gerr)
	case werr != nil:
		t.Fatalf("%s: decodeVuln accepts it; encoding/json: %v", name, werr)
	case hasDuplicateKeys(b):
	case !reflect.DeepEqual(got, want):
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		t.Fatalf("%s: decodeVuln differs from encoding/json:\n got %s\nwant %s", name, g, w)
	}
	if gerr == nil {
		checkBinary(t, name, got, len(b) < 4096)
	}
}

// checkBinary checks that v survives the persisted index's binary form
// unchanged and, with cuts, that every proper prefix of it is rejected.
func checkBinary(t *testing.T, name string, v *Vulnerability, cuts bool) {
	t.Helper()
	rec, err := appendBinary(nil, v)
	if err != nil {
		t.Fatalf("%s: appendBinary: %v", name, err)
	}
	back, err := decodeBinary(rec)
	if err != nil {
		t.Fatalf("%s: decodeBinary: %v", name, err)
	}
	if !reflect.DeepEqual(back, v) {
		g, _ := json.Marshal(back)
		w, _ := json.Marshal(v)
		t.Fatalf("%s: binary round trip differs:\n got %s\nwant %s", name, g, w)
	}
	if !cuts {
		return
	}
	for n := 0; n < len(rec); n++ {
		if _, err := decodeBinary(rec[:n]); err == nil {
			t.Fatalf("%s: decodeBinary accepts the record cut to %d of %d bytes", name, n, len(rec))
		}
	}
	if _, err := decodeBinary(append(rec[:len(rec):len(rec)], 0)); err == nil {
		t.Fatalf("%s: decodeBinary accepts a trailing byte", name)
	}
}

// TestBinaryCoversVulnerability fails when a field is added to the
// record types: appendBinary and decodeBinary must then carry it too.
func TestBinaryCoversVulnerability(t *testing.T) {
	for _, c := range []struct {
		typ any
		n   int
	}{{Vulnerability{}, 15}, {Affected{}, 6}, {Package{}, 3}, {Range{}, 4}, {Event{}, 4},
		{Severity{}, 2}, {Reference{}, 2}, {Credit{}, 3}} {
		if got := reflect.TypeOf(c.typ).NumField(); got != c.n {
			t.Errorf("%T has %d fields, binrec.go encodes %d", c.typ, got, c.n)
		}
	}
}

// TestDecodeMatchesJSON decodes every fixture and, when present, every
// record of the shared snapshot both ways.
func TestDecodeMatchesJSON(t *testing.T) {
	files, _ := os.ReadDir("testdata/db")
	for _, f := range files {
		b, err := os.ReadFile("testdata/db/" + f.Name())
		if err != nil {
			t.Fatal(err)
		}
		checkDecode(t, f.Name(), b)
	}
	zr, err := zip.OpenReader(snapshotPath)
	if err != nil {
		t.Logf("snapshot not available (%v); fixtures only", err)
		return
	}
	defer zr.Close()
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		checkDecode(t, zf.Name, b)
	}
}

func TestDecodeEdgeCases(t *testing.T) {
	for _, in := range []string{
		`{"id":"X","aliases":null,"affected":[null,{"package":null}],"severity":[]}`,
		`{"ID":"X","Affected":[{"Versions":["1.0",null]}]}`,
		`{"id":"X","details":"caf\u00e9 \ud83d\ude00 \"q\""}`,
		"{\"id\":\"\xff\xfe\"}",
		`{"id":"X","modified":"2021-07-16T01:31:33.917972Z","withdrawn":null}`,
		`{"id":"X","modified":"yesterday"}`,
		`{"id":"X","affected":"no"}`,
		`{"id":"X","database_specific":{"severity":"HIGH","n":[1,2.5e3,-0,true,null]}}`,
		`{"id":"X","credits":[{"name":"a","contact":["b"]}]}`,
		`{"id":"X"} trailing`,
		`{"id":1}`,
		`[]`,
		`{"id":"X","affected":[{"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"limit":"*"}]}]}]}`,
	} {
		checkDecode(t, in, []byte(in))
	}
}

// FuzzDecodeRecord: decodeVuln never panics and agrees with encoding/json.
func FuzzDecodeRecord(f *testing.F) {
	files, _ := os.ReadDir("testdata/db")
	for _, e := range files {
		if b, err := os.ReadFile("testdata/db/" + e.Name()); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"id":"X","affected":[{"package":{"ecosystem":"PyPI","name":"a"},"versions":["1"]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkDecode(t, "input", b)
		if h, err := scanRecord(b); err == nil {
			_ = h
			if !json.Valid(b) {
				t.Fatalf("scanRecord accepts invalid JSON %q", b)
			}
		} else if json.Valid(b) && bytes.HasPrefix(bytes.TrimLeft(b, " \t\r\n"), []byte("{")) && !hasDuplicateKeys(b) {
			// scanRecord may reject a valid record only for a type
			// error in the fields it reads.
			var probe struct {
				ID       any
				Affected any
			}
			if json.Unmarshal(b, &probe) == nil {
				if _, ok := probe.ID.(string); ok || probe.ID == nil {
					if _, isArr := probe.Affected.([]any); isArr || probe.Affected == nil {
						t.Logf("scanRecord rejects %q: %v", b, err)
					}
				}
			}
		}
	})
}

// FuzzDecodeBinary feeds arbitrary bytes to the persisted index's record
// decoder (a file on disk that may be corrupt): it must fail cleanly, and
// what it accepts must survive a round trip.
func FuzzDecodeBinary(f *testing.F) {
	files, _ := os.ReadDir("testdata/db")
	for _, e := range files {
		b, err := os.ReadFile("testdata/db/" + e.Name())
		if err != nil {
			continue
		}
		if v, err := decodeVuln(b); err == nil {
			if rec, err := appendBinary(nil, v); err == nil {
				f.Add(rec)
			}
		}
	}
	f.Add([]byte{})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		b = bytes.Clone(b) // decoded strings are views of the buffer
		v, err := decodeBinary(b)
		if err != nil {
			return
		}
		rec, err := appendBinary(nil, v)
		if err != nil {
			t.Fatalf("re-encoding a decoded record: %v", err)
		}
		w, err := decodeBinary(rec)
		if err != nil {
			t.Fatalf("decoding a re-encoded record: %v", err)
		}
		// Compared through their encodings: times with odd zones decode
		// to equal instants with distinct *Location values.
		rec2, err := appendBinary(nil, w)
		if err != nil || !bytes.Equal(rec, rec2) {
			t.Fatalf("round trip changed the record (%v):\n%+v\n%+v", err, v, w)
		}
	})
}
