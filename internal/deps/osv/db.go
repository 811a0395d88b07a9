package osv

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
)

// maxRecordSize bounds one record's uncompressed size; the largest record
// of osv.dev's PyPI export is under 1 MiB, so anything above this is a zip
// bomb or not an OSV record.
const maxRecordSize = 64 << 20

// DB is an OSV database on disk: a zip in the layout of osv.dev's bulk
// export (one <ID>.json per advisory) or a directory tree of OSV JSON
// files. It indexes records by normalised PyPI package name on first use
// and decodes a record only when a lookup needs it, so auditing a project
// reads only its packages' records. For a zip, the first lookup writes a
// persisted index next to it (<zip>.index, with an uncompressed copy of
// each record), which later opens use instead of reading every entry. A
// DB is safe for concurrent use.
type DB struct {
	path    string
	opts    OpenOptions
	file    *os.File    // zip only
	zr      *zip.Reader // zip only
	entries []dbEntry
	size    int64 // zip size, for the persisted index
	mtime   int64 // zip modification time (ns), likewise

	recs    [][]byte       // each entry's binary record, from the persisted index
	writing sync.WaitGroup // the persisted index being written

	mu     sync.Mutex
	index  map[string][]int32 // normalised name → entries; nil until built
	loaded map[int32]*Vulnerability
}

type dbEntry struct {
	name string    // entry name in the zip, or path relative to the directory
	zf   *zip.File // nil for a directory
}

// OpenOptions tunes Open.
type OpenOptions struct {
	// IndexPath is where the persisted index of a zip lives; "" means
	// the zip's path + ".index". It holds the package index and an
	// uncompressed copy of the records (about three times the zip's
	// size), is keyed to the zip's size and modification time, and is
	// rebuilt when they change. Writing it is best effort: a read-only
	// directory only makes every open cold.
	IndexPath string
	// NoIndex neither reads nor writes a persisted index.
	NoIndex bool
}

// Open opens a zip or a directory of OSV records with default options.
func Open(path string) (*DB, error) { return OpenWith(path, OpenOptions{}) }

// OpenWith opens the database at path: a directory is walked recursively
// for *.json files; anything else must be a zip. Every zip entry name is
// checked: one that is absolute or climbs out with ".." is refused (the
// database is never extracted, but a zip like that was not made by
// osv.dev). A corrupt zip is an error naming the file.
func OpenWith(path string, opts OpenOptions) (*DB, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("osv: open database: %w", err)
	}
	db := &DB{path: path, opts: opts, loaded: map[int32]*Vulnerability{}}
	if st.IsDir() {
		err := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() && strings.HasSuffix(d.Name(), ".json") {
				rel, err := filepath.Rel(path, p)
				if err != nil {
					return err
				}
				db.entries = append(db.entries, dbEntry{name: filepath.ToSlash(rel)})
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("osv: %s: %w", path, err)
		}
		return db, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("osv: open database: %w", err)
	}
	zr, err := zip.NewReader(f, st.Size())
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		f.Close()
		return nil, fmt.Errorf("osv: %s: not a readable zip: %w", path, err)
	}
	for _, zf := range zr.File {
		if err := checkEntryName(zf.Name); err != nil {
			f.Close()
			return nil, fmt.Errorf("osv: %s: %w", path, err)
		}
		if strings.HasSuffix(zf.Name, "/") || !strings.HasSuffix(zf.Name, ".json") {
			continue
		}
		db.entries = append(db.entries, dbEntry{name: zf.Name, zf: zf})
	}
	db.file, db.zr, db.size, db.mtime = f, zr, st.Size(), st.ModTime().UnixNano()
	return db, nil
}

// ErrUnsafeEntry is wrapped by the error for a zip entry whose name would
// escape the directory it were extracted to.
var ErrUnsafeEntry = errors.New("entry name escapes the archive")

// checkEntryName refuses absolute names, drive letters, backslashes and
// ".." elements: "../x.json", "/etc/x.json", "C:x.json", "a/../../x.json".
func checkEntryName(name string) error {
	bad := name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, "\\") ||
		(len(name) >= 2 && name[1] == ':') || strings.IndexByte(name, 0) >= 0
	for _, el := range strings.Split(name, "/") {
		if el == ".." {
			bad = true
		}
	}
	if bad {
		return fmt.Errorf("%w: %q", ErrUnsafeEntry, name)
	}
	return nil
}

// Close waits for the persisted index being written, if any, and releases
// the zip.
func (db *DB) Close() error {
	db.writing.Wait()
	if db.file != nil {
		return db.file.Close()
	}
	return nil
}

// Path returns the path the database was opened from.
func (db *DB) Path() string { return db.path }

// Len returns the number of records (JSON files) in the database.
func (db *DB) Len() int { return len(db.entries) }

// Packages returns the normalised names of every PyPI package with at
// least one record, sorted. It builds the index if needed.
func (db *DB) Packages(ctx context.Context) ([]string, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if err := db.ensureIndex(ctx, nil); err != nil {
		return nil, err
	}
	names := make([]string, 0, len(db.index))
	for n := range db.index {
		names = append(names, n)
	}
	sort.Strings(names)
	return names, nil
}

// Vulns implements Source: every record (withdrawn ones included) that
// names one of the queried packages, keyed by normalised name, each list
// sorted by id. Versions in the queries are not used: the DB returns
// all of a package's records and Audit does the matching.
func (db *DB) Vulns(ctx context.Context, queries []Query) (map[string][]*Vulnerability, error) {
	want := map[string]bool{}
	for _, q := range queries {
		want[NormalizeName(q.Name)] = true
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if err := db.ensureIndex(ctx, want); err != nil {
		return nil, err
	}
	var missing []int32
	seen := map[int32]bool{}
	for n := range want {
		for _, i := range db.index[n] {
			if _, ok := db.loaded[i]; !ok && !seen[i] {
				seen[i] = true
				missing = append(missing, i)
			}
		}
	}
	slices.Sort(missing)
	vulns := make([]*Vulnerability, len(missing))
	err := parallel(ctx, len(missing), func(k int, buf *bytes.Buffer) error {
		v, err := db.decode(missing[k], buf)
		vulns[k] = v
		return err
	})
	if err != nil {
		return nil, err
	}
	for k, i := range missing {
		db.loaded[i] = vulns[k]
	}
	out := map[string][]*Vulnerability{}
	for n := range want {
		for _, i := range db.index[n] {
			out[n] = append(out[n], db.loaded[i])
		}
		sort.Slice(out[n], func(a, b int) bool { return out[n][a].ID < out[n][b].ID })
	}
	return out, nil
}

// read returns the bytes of entry i in buf (reused by the caller).
func (db *DB) read(i int32, buf *bytes.Buffer) ([]byte, error) {
	e := db.entries[i]
	buf.Reset()
	if e.zf == nil {
		f, err := os.Open(filepath.Join(db.path, filepath.FromSlash(e.name)))
		if err != nil {
			return nil, fmt.Errorf("osv: %s: %w", db.path, err)
		}
		defer f.Close()
		if _, err := io.Copy(buf, io.LimitReader(f, maxRecordSize+1)); err != nil {
			return nil, fmt.Errorf("osv: %s: %s: %w", db.path, e.name, err)
		}
	} else {
		if e.zf.UncompressedSize64 > maxRecordSize {
			return nil, fmt.Errorf("osv: %s: entry %s: %d bytes uncompressed, over the %d limit", db.path, e.name, e.zf.UncompressedSize64, maxRecordSize)
		}
		rc, err := e.zf.Open()
		if err != nil {
			return nil, fmt.Errorf("osv: %s: entry %s: %w", db.path, e.name, err)
		}
		buf.Grow(int(e.zf.UncompressedSize64))
		_, err = io.Copy(buf, io.LimitReader(rc, maxRecordSize+1))
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("osv: %s: entry %s: corrupt: %w", db.path, e.name, err)
		}
	}
	if buf.Len() > maxRecordSize {
		return nil, fmt.Errorf("osv: %s: entry %s: over the %d-byte limit", db.path, e.name, maxRecordSize)
	}
	return buf.Bytes(), nil
}

// readOwned inflates zip entry i into a new buffer of its exact size.
// Directory entries and entries over maxRecordSize go through read.
func (db *DB) readOwned(i int32) ([]byte, error) {
	e := db.entries[i]
	if e.zf == nil || e.zf.UncompressedSize64 > maxRecordSize {
		var buf bytes.Buffer
		b, err := db.read(i, &buf)
		return b, err
	}
	rc, err := e.zf.Open()
	if err != nil {
		return nil, fmt.Errorf("osv: %s: entry %s: %w", db.path, e.name, err)
	}
	b := make([]byte, e.zf.UncompressedSize64)
	_, err = io.ReadFull(rc, b)
	if err == nil {
		// Reading to EOF makes the zip reader check the CRC and size.
		var one [1]byte
		if n, rerr := rc.Read(one[:]); n > 0 {
			err = errors.New("entry longer than its header says")
		} else if rerr != io.EOF {
			err = rerr
		}
	}
	rc.Close()
	if err != nil {
		return nil, fmt.Errorf("osv: %s: entry %s: corrupt: %w", db.path, e.name, err)
	}
	return b, nil
}

// decode reads and fully decodes entry i. A zip entry is inflated into a
// buffer of its exact size that the record then owns (its strings point
// into it), saving the copy decodeRecord makes.
func (db *DB) decode(i int32, buf *bytes.Buffer) (*Vulnerability, error) {
	e := db.entries[i]
	if db.recs != nil {
		// The index's copy (checksummed); should it not decode, the zip
		// decides.
		if v, err := decodeBinary(db.recs[i]); err == nil && v.ID != "" {
			return v, nil
		}
	}
	if e.zf == nil || e.zf.UncompressedSize64 > maxRecordSize {
		b, err := db.read(i, buf)
		if err != nil {
			return nil, err
		}
		return decodeRecord(db.path, e.name, b)
	}
	b, err := db.readOwned(i)
	if err != nil {
		return nil, err
	}
	v, err := decodeVulnOwned(b)
	if err != nil {
		return nil, fmt.Errorf("osv: %s: entry %s: malformed OSV record: %w", db.path, e.name, err)
	}
	if v.ID == "" {
		return nil, fmt.Errorf("osv: %s: entry %s: record has no id", db.path, e.name)
	}
	return v, nil
}

// decodeRecord decodes a record from a copy of b (b is a reused buffer).
func decodeRecord(src, entry string, b []byte) (*Vulnerability, error) {
	v, err := decodeVulnOwned(bytes.Clone(b))
	if err != nil {
		return nil, fmt.Errorf("osv: %s: entry %s: malformed OSV record: %w", src, entry, err)
	}
	if v.ID == "" {
		return nil, fmt.Errorf("osv: %s: entry %s: record has no id", src, entry)
	}
	return v, nil
}

// ensureIndex loads the persisted index or builds one, decoding at the same
// time the records of the packages in want (so a cold audit decompresses
// each record once). Called with db.mu held.
func (db *DB) ensureIndex(ctx context.Context, want map[string]bool) error {
	if db.index != nil {
		return nil
	}
	if db.zr != nil && !db.opts.NoIndex {
		if idx, ok := db.readIndex(); ok {
			db.index = idx
			return nil
		}
		return db.buildPersisted(ctx, want)
	}
	type result struct {
		names []string
		vuln  *Vulnerability
	}
	res := make([]result, len(db.entries))
	err := parallel(ctx, len(db.entries), func(k int, buf *bytes.Buffer) error {
		b, err := db.read(int32(k), buf)
		if err != nil {
			return err
		}
		h, err := scanRecord(b)
		if err != nil {
			return fmt.Errorf("osv: %s: entry %s: malformed OSV record: %w", db.path, db.entries[k].name, err)
		}
		if h.id == "" {
			return fmt.Errorf("osv: %s: entry %s: record has no id", db.path, db.entries[k].name)
		}
		for i, n := range h.packages {
			h.packages[i] = NormalizeName(n)
		}
		res[k].names = h.packages
		for _, n := range h.packages {
			if want[n] {
				v, err := decodeRecord(db.path, db.entries[k].name, b)
				if err != nil {
					return err
				}
				res[k].vuln = v
				break
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	idx := map[string][]int32{}
	for k, r := range res {
		for j, n := range r.names {
			if j > 0 && slices.Contains(r.names[:j], n) {
				continue
			}
			idx[n] = append(idx[n], int32(k))
		}
		if r.vuln != nil {
			db.loaded[int32(k)] = r.vuln
		}
	}
	db.index = idx
	return nil
}

// buildPersisted is ensureIndex for a zip whose index is to be persisted:
// every record is decoded (the index stores its binary form), the index
// is built from the decoded records' PyPI package names, and the index
// file is written in the background (Close waits for it), so that a cold
// audit matches while it is written. Writing is best effort: a read-only
// directory only makes every open cold.
func (db *DB) buildPersisted(ctx context.Context, want map[string]bool) error {
	type result struct {
		names []string
		vuln  *Vulnerability
		rec   []byte
	}
	res := make([]result, len(db.entries))
	err := parallel(ctx, len(db.entries), func(k int, buf *bytes.Buffer) error {
		v, err := db.decode(int32(k), buf)
		if err != nil {
			return err
		}
		res[k].names = packageNames(v)
		if res[k].rec, err = appendBinary(nil, v); err != nil {
			res[k].rec = nil
		}
		for _, n := range res[k].names {
			if want[n] {
				res[k].vuln = v
				break
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	idx := map[string][]int32{}
	recs := make([][]byte, len(res))
	complete := true
	for k, r := range res {
		for _, n := range r.names {
			idx[n] = append(idx[n], int32(k))
		}
		if r.vuln != nil {
			db.loaded[int32(k)] = r.vuln
		}
		recs[k] = r.rec
		complete = complete && r.rec != nil
	}
	db.index = idx
	if complete {
		db.writing.Add(1)
		go func() {
			defer db.writing.Done()
			_ = db.writeIndex(idx, recs)
		}()
	}
	return nil
}

// parallel runs fn(0..n-1) on GOMAXPROCS workers, each with its own
// buffer, and returns the error of the lowest failing k (deterministic).
func parallel(ctx context.Context, n int, fn func(k int, buf *bytes.Buffer) error) error {
	if n == 0 {
		return ctx.Err()
	}
	workers := min(runtime.GOMAXPROCS(0), n)
	errs := make([]error, n)
	var next int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for {
				mu.Lock()
				k := int(next)
				next++
				mu.Unlock()
				if k >= n || ctx.Err() != nil {
					return
				}
				errs[k] = fn(k, &buf)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}

// writeFileAtomic writes data to a temporary file next to path and renames
// it over path, so readers see the old or the new file, never a part;
// sync also flushes it to disk first.
func writeFileAtomic(path string, write func(io.Writer) error, sync bool) error {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	err = write(f)
	if err == nil && sync {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
