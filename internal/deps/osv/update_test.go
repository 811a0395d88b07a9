package osv

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
)

func googHash(data []byte) string {
	c := crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli))
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], c)
	m := md5.Sum(data)
	return "crc32c=" + base64.StdEncoding.EncodeToString(b[:]) + ",md5=" + base64.StdEncoding.EncodeToString(m[:])
}

// bulkServer serves body like Google Cloud Storage does, honouring
// If-None-Match; mutate changes its behaviour per test.
type bulkServer struct {
	body   []byte
	etag   string
	mode   string // "", "truncate", "500", "badhash"
	hits   atomic.Int32
	gotINM atomic.Value
}

func (s *bulkServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.hits.Add(1)
	s.gotINM.Store(r.Header.Get("If-None-Match"))
	if inm := r.Header.Get("If-None-Match"); inm != "" && inm == s.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	switch s.mode {
	case "500":
		http.Error(w, "backend error", http.StatusInternalServerError)
		return
	case "truncate":
		w.Header().Set("Content-Length", strconv.Itoa(len(s.body)))
		w.Write(s.body[:len(s.body)/2])
		if hj, ok := w.(http.Hijacker); ok {
			conn, _, _ := hj.Hijack()
			conn.Close()
		}
		return
	case "badhash":
		w.Header().Set("X-Goog-Hash", googHash(append([]byte("x"), s.body...)))
	default:
		w.Header().Set("X-Goog-Hash", googHash(s.body))
	}
	w.Header().Set("ETag", s.etag)
	w.Header().Set("Last-Modified", "Tue, 01 Oct 2024 00:00:00 GMT")
	w.Header().Set("Content-Length", strconv.Itoa(len(s.body)))
	w.Write(s.body)
}

// TestUpdate walks the download path: a first download, a 304, then
// failures (truncated body, corrupt zip, bad hash, 500, unsafe entry),
// after each of which the previous database is still intact and usable.
func TestUpdate(t *testing.T) {
	good := fixtureZip(t, nil)
	srv := &bulkServer{body: good, etag: `"v1"`}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	dir := filepath.Join(t.TempDir(), "cache")
	ctx := context.Background()
	var progress, totals []int64
	opts := UpdateOptions{URL: ts.URL + "/PyPI/all.zip", Progress: func(done, total int64) {
		progress = append(progress, done)
		totals = append(totals, total)
	}}

	res, err := Update(ctx, dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Updated || res.Records != 10 || res.Size != int64(len(good)) || res.ETag != `"v1"` {
		t.Errorf("first update: %+v", res)
	}
	if len(progress) == 0 || progress[len(progress)-1] != int64(len(good)) || totals[0] != int64(len(good)) {
		t.Errorf("progress %v of %v, want up to %d", progress, totals, len(good))
	}
	if _, err := os.Stat(CachePath(dir) + ".index"); err != nil {
		t.Errorf("no index built by Update: %v", err)
	}
	intact := func(step string) {
		t.Helper()
		b, err := os.ReadFile(CachePath(dir))
		if err != nil || !bytes.Equal(b, good) {
			t.Fatalf("%s: database replaced or damaged (%v)", step, err)
		}
		db, err := OpenCache(dir)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		defer db.Close()
		r, err := Audit(ctx, db, []Query{{Name: "examplepkg", Version: "1.0"}})
		if err != nil || len(r[0].Findings) != 1 {
			t.Fatalf("%s: database unusable: %v", step, err)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.Contains(e.Name(), ".download") {
				t.Errorf("%s: temporary file %s left behind", step, e.Name())
			}
		}
	}
	intact("first download")

	res, err = Update(ctx, dir, opts)
	if err != nil || res.Updated {
		t.Errorf("304: %+v %v", res, err)
	}
	if srv.gotINM.Load() != `"v1"` {
		t.Errorf("If-None-Match sent: %v", srv.gotINM.Load())
	}
	intact("304")

	srv.etag = `"v2"` // the server has a new version, which fails in each way below
	for _, tt := range []struct {
		mode, body, msg string
	}{
		{"truncate", "", "download failed"},
		{"500", "", "500 Internal Server Error"},
		{"", "corrupt", "not a valid zip"},
		{"badhash", "", "download corrupt: crc32c"},
		{"", "slip", "escapes the archive"},
		{"", "badrecord", "entry BAD.json: malformed OSV record"},
	} {
		srv.mode = tt.mode
		switch tt.body {
		case "corrupt":
			srv.body = []byte("PK\x03\x04 this is not a zip")
		case "slip":
			srv.body = fixtureZip(t, map[string]string{"../../evil.json": `{"id":"E"}`})
		case "badrecord":
			srv.body = fixtureZip(t, map[string]string{"BAD.json": `{"id": 5}`})
		default:
			srv.body = append(fixtureZip(t, nil), []byte{}...)
		}
		_, err := Update(ctx, dir, opts)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s%s: err = %v, want %q", tt.mode, tt.body, err, tt.msg)
		}
		intact(tt.mode + tt.body)
	}

	// Offline never connects.
	before := srv.hits.Load()
	if _, err := Update(ctx, dir, UpdateOptions{URL: ts.URL, Offline: true}); !errors.Is(err, ErrOffline) {
		t.Errorf("offline: %v", err)
	}
	if srv.hits.Load() != before {
		t.Error("offline update opened a connection")
	}

	// A good new version replaces the old one.
	srv.mode = ""
	srv.body = fixtureZip(t, map[string]string{"PYSEC-0000-9.json": `{"id":"PYSEC-0000-9","affected":[{"package":{"ecosystem":"PyPI","name":"newpkg"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}`})
	res, err = Update(ctx, dir, opts)
	if err != nil || !res.Updated || res.Records != 11 || res.ETag != `"v2"` {
		t.Fatalf("second update: %+v %v", res, err)
	}
	db, err := OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Audit(ctx, db, []Query{{Name: "newpkg", Version: "1"}})
	db.Close()
	if err != nil || len(r[0].Findings) != 1 {
		t.Errorf("new database not in use: %v", err)
	}
}

func TestDefaultCacheDir(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/tmp/xdg")
	d, err := DefaultCacheDir()
	if err != nil || d != filepath.Join("/tmp/xdg", "krait", "osv") {
		t.Errorf("DefaultCacheDir = %q, %v", d, err)
	}
}
