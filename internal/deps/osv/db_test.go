package osv

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fixtureZip packs testdata/db into a zip in osv.dev's layout (one
// <ID>.json per record at the top level), plus extra entries.
func fixtureZip(t *testing.T, extra map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	files, err := os.ReadDir("testdata/db")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join("testdata/db", f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		w, _ := zw.Create(f.Name())
		w.Write(b)
	}
	names := make([]string, 0, len(extra))
	for n := range extra {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(extra[n]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestZipAndDirAgree(t *testing.T) {
	zpath := writeTemp(t, "all.zip", fixtureZip(t, nil))
	zdb, err := Open(zpath)
	if err != nil {
		t.Fatal(err)
	}
	defer zdb.Close()
	ddb := fixtureDB(t)
	qs := []Query{{Name: "examplepkg", Version: "1.4"}, {Name: "other-pkg", Version: "1"}, {Name: "prepkg", Specifier: "<3"}}
	a, err := Audit(context.Background(), zdb, qs)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Audit(context.Background(), ddb, qs)
	if err != nil {
		t.Fatal(err)
	}
	for i := range qs {
		if !slices.Equal(findingIDs(a[i]), findingIDs(b[i])) || a[i].Fix != b[i].Fix {
			t.Errorf("%v: zip %v %q, dir %v %q", qs[i], findingIDs(a[i]), a[i].Fix, findingIDs(b[i]), b[i].Fix)
		}
	}
	pk, _ := zdb.Packages(context.Background())
	if want := []string{"examplepkg", "oddpkg", "other-pkg", "prepkg"}; !slices.Equal(pk, want) {
		t.Errorf("Packages = %v, want %v", pk, want)
	}
	if zdb.Len() != 10 {
		t.Errorf("Len = %d", zdb.Len())
	}
}

// TestLazyLoad: a lookup decodes only the records of the packages asked
// for, on the cold path (building the index) and the warm one (reading it).
func TestLazyLoad(t *testing.T) {
	zpath := writeTemp(t, "all.zip", fixtureZip(t, nil))
	for _, mode := range []string{"cold", "warm"} {
		db, err := Open(zpath)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Vulns(context.Background(), []Query{{Name: "prepkg"}}); err != nil {
			t.Fatal(err)
		}
		if len(db.loaded) != 1 {
			t.Errorf("%s: %d records decoded for one package with one record", mode, len(db.loaded))
		}
		db.Close()
	}
}

func flipByte(b []byte, i int) []byte {
	c := bytes.Clone(b)
	c[i] ^= 0x10
	return c
}

func TestPersistedIndex(t *testing.T) {
	zpath := writeTemp(t, "all.zip", fixtureZip(t, nil))
	db, _ := Open(zpath)
	db.Vulns(context.Background(), []Query{{Name: "examplepkg"}})
	db.Close()
	idx, err := os.ReadFile(zpath + ".index")
	if err != nil {
		t.Fatalf("no index written: %v", err)
	}
	if !strings.HasPrefix(string(idx), indexMagic) {
		t.Errorf("index starts %q", idx[:min(len(idx), 40)])
	}
	// Entries are in zip order: the fixtures sorted by name, PYSEC-0000-7
	// the 9th.
	db, _ = Open(zpath)
	if got, ok := db.readIndex(); !ok || !slices.Equal(got["prepkg"], []int32{8}) || len(got) != 4 {
		t.Errorf("readIndex = %v, %v", got, ok)
	}
	db.Close()
	// A warm open reads records from the index, not the zip: it still
	// works with the zip's entries damaged (same size and mtime).
	st, _ := os.Stat(zpath)
	zdata, _ := os.ReadFile(zpath)
	zr, _ := zip.NewReader(bytes.NewReader(zdata), int64(len(zdata)))
	off, _ := zr.File[8].DataOffset()
	zdata[off+5] ^= 0xff
	os.WriteFile(zpath, zdata, 0o644)
	os.Chtimes(zpath, st.ModTime(), st.ModTime())
	db, _ = Open(zpath)
	r, err := Audit(context.Background(), db, []Query{{Name: "prepkg", Version: "1.0"}})
	db.Close()
	if err != nil || len(r[0].Findings) != 1 {
		t.Errorf("warm open from the index copy: %v %v", err, r)
	}
	zdata[off+5] ^= 0xff
	os.WriteFile(zpath, zdata, 0o644)
	os.Chtimes(zpath, st.ModTime(), st.ModTime())
	// A record of the index that does not decode falls back to the zip.
	db, _ = Open(zpath)
	if _, ok := db.readIndex(); !ok {
		t.Fatal("index not read")
	}
	db.recs[8] = []byte{0xff}
	db.index = map[string][]int32{"prepkg": {8}}
	r, err = Audit(context.Background(), db, []Query{{Name: "prepkg", Version: "1.0"}})
	db.Close()
	if err != nil || len(r[0].Findings) != 1 {
		t.Errorf("undecodable index record: %v %v", err, r)
	}
	// A damaged or cut-short index is not trusted: the open is cold, the
	// answer right, and the index rewritten.
	for _, bad := range [][]byte{
		flipByte(idx, len(idx)/2), flipByte(idx, len(idx)-1), flipByte(idx, len(indexMagic)+1),
		idx[:len(idx)-8], idx[:len(indexMagic)], idx[:3], {},
	} {
		os.WriteFile(zpath+".index", bad, 0o644)
		db, _ = Open(zpath)
		if _, ok := db.readIndex(); ok {
			t.Errorf("damaged index of %d bytes accepted", len(bad))
		}
		db.recs = nil
		r, err = Audit(context.Background(), db, []Query{{Name: "prepkg", Version: "1.0"}})
		db.Close()
		if err != nil || len(r[0].Findings) != 1 {
			t.Errorf("damaged index: %v %v", err, r)
		}
		if again, _ := os.ReadFile(zpath + ".index"); !bytes.Equal(again, idx) {
			t.Errorf("damaged index of %d bytes not rebuilt", len(bad))
		}
	}
	// A changed zip invalidates the index: add a record for a new package.
	extra := map[string]string{"PYSEC-0000-9.json": `{"id":"PYSEC-0000-9","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"PyPI","name":"newpkg"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}`}
	os.WriteFile(zpath, fixtureZip(t, extra), 0o644)
	os.Chtimes(zpath, time.Now().Add(time.Hour), time.Now().Add(time.Hour))
	db, _ = Open(zpath)
	r, err = Audit(context.Background(), db, []Query{{Name: "newpkg", Version: "1"}})
	db.Close()
	if err != nil || len(r[0].Findings) != 1 {
		t.Errorf("stale index used: %v %v", err, findingIDs(r[0]))
	}
	// NoIndex writes nothing.
	p2 := writeTemp(t, "b.zip", fixtureZip(t, nil))
	db, _ = OpenWith(p2, OpenOptions{NoIndex: true})
	db.Packages(context.Background())
	db.Close()
	if _, err := os.Stat(p2 + ".index"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("NoIndex wrote an index: %v", err)
	}
}

// TestZipSlip: entries that would escape an extraction directory are
// refused when the database is opened.
func TestZipSlip(t *testing.T) {
	for _, name := range []string{"../evil.json", "/etc/evil.json", "a/../../evil.json", `..\evil.json`, "C:evil.json"} {
		p := writeTemp(t, "slip.zip", fixtureZip(t, map[string]string{name: `{"id":"X"}`}))
		_, err := Open(p)
		if !errors.Is(err, ErrUnsafeEntry) || !strings.Contains(err.Error(), strconv.Quote(name)) {
			t.Errorf("%q: err = %v, want ErrUnsafeEntry naming the entry", name, err)
		}
	}
}

func TestCorruptDatabase(t *testing.T) {
	ctx := context.Background()
	// Not a zip at all.
	p := writeTemp(t, "bad.zip", []byte("this is not a zip file"))
	if _, err := Open(p); err == nil || !strings.Contains(err.Error(), "bad.zip: not a readable zip") {
		t.Errorf("garbage: %v", err)
	}
	// A malformed record: the error names the entry.
	p = writeTemp(t, "m.zip", fixtureZip(t, map[string]string{"PYSEC-BAD.json": `{"id": "PYSEC-BAD", "affected": [}`}))
	db, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Vulns(ctx, []Query{{Name: "examplepkg"}})
	db.Close()
	if err == nil || !strings.Contains(err.Error(), "entry PYSEC-BAD.json: malformed OSV record") {
		t.Errorf("malformed record: %v", err)
	}
	// A record without an id.
	p = writeTemp(t, "n.zip", fixtureZip(t, map[string]string{"NOID.json": `{"affected": []}`}))
	db, _ = Open(p)
	_, err = db.Vulns(ctx, []Query{{Name: "examplepkg"}})
	db.Close()
	if err == nil || !strings.Contains(err.Error(), "entry NOID.json: record has no id") {
		t.Errorf("no id: %v", err)
	}
	// Corrupt compressed data: flip bytes inside the first entry's data.
	data := fixtureZip(t, nil)
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	off, _ := zr.File[0].DataOffset()
	for i := int64(10); i < 40; i++ {
		data[off+i] ^= 0x55
	}
	p = writeTemp(t, "c.zip", data)
	db, err = Open(p)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Vulns(ctx, []Query{{Name: "examplepkg"}})
	db.Close()
	if err == nil || !strings.Contains(err.Error(), "entry "+zr.File[0].Name) {
		t.Errorf("corrupt entry: %v", err)
	}
	// Directory with a malformed file.
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "X.json"), []byte(`{"id":`), 0o644)
	db, _ = Open(dir)
	_, err = db.Vulns(ctx, []Query{{Name: "x"}})
	if err == nil || !strings.Contains(err.Error(), "entry sub/X.json") {
		t.Errorf("dir: %v", err)
	}
	if _, err := Open(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing path must fail")
	}
}

func TestOpenCacheMissing(t *testing.T) {
	_, err := OpenCache(t.TempDir())
	if !errors.Is(err, ErrNoDatabase) || !strings.Contains(err.Error(), "krait db update") {
		t.Errorf("err = %v", err)
	}
	_, _, err = OpenSource(SourceOptions{CacheDir: t.TempDir(), Offline: true})
	if !errors.Is(err, ErrNoDatabase) {
		t.Errorf("offline, no db: %v", err)
	}
	_, _, err = OpenSource(SourceOptions{API: true, Offline: true})
	if !errors.Is(err, ErrOffline) {
		t.Errorf("offline API: %v", err)
	}
	src, closeFn, err := OpenSource(SourceOptions{DBPath: "testdata/db"})
	if err != nil || src == nil {
		t.Fatal(err)
	}
	closeFn()
}
