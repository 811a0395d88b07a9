package osv

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/md5"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// DefaultBulkURL is osv.dev's bulk export of every PyPI advisory.
const DefaultBulkURL = "https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip"

// Cache file names inside the cache directory.
const (
	cacheZip  = "PyPI-all.zip"
	cacheMeta = "PyPI-all.zip.meta.json"
)

// ErrOffline is returned by network operations in offline mode.
var ErrOffline = errors.New("offline mode: no network access")

// ErrNoDatabase is wrapped by OpenCache's error when the cache holds no
// database yet.
var ErrNoDatabase = errors.New("no local OSV database")

// DefaultCacheDir returns os.UserCacheDir()/krait/osv, where Update keeps
// the database.
func DefaultCacheDir() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("osv: no user cache directory: %w", err)
	}
	return filepath.Join(dir, "krait", "osv"), nil
}

// CachePath returns the path of the database zip inside cacheDir.
func CachePath(cacheDir string) string { return filepath.Join(cacheDir, cacheZip) }

// OpenCache opens the database that Update keeps in cacheDir. When there
// is none, the error wraps ErrNoDatabase and tells the user what to run.
// It never touches the network.
func OpenCache(cacheDir string) (*DB, error) {
	p := CachePath(cacheDir)
	if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("osv: %w in %s: run `krait db update` once (with network access), or pass --db PATH", ErrNoDatabase, cacheDir)
	}
	return Open(p)
}

// UpdateOptions tunes Update.
type UpdateOptions struct {
	// URL of the bulk zip; "" means DefaultBulkURL.
	URL string
	// Client makes the request; nil means http.DefaultClient.
	Client *http.Client
	// Progress, when set, is called as bytes arrive with the count so far
	// and the expected total (-1 when the server sends no length).
	Progress func(done, total int64)
	// Offline makes Update fail with ErrOffline before any connection.
	Offline bool
}

// UpdateResult says what Update did.
type UpdateResult struct {
	Path     string // the database zip
	Updated  bool   // a new database replaced the old one (false: 304 Not Modified)
	Size     int64  // bytes of the database now in place
	Records  int    // records in it (0 when not modified)
	ETag     string
	Modified string // the server's Last-Modified
}

// cacheMetaFile is the metadata Update stores next to the zip for
// conditional requests.
type cacheMetaFile struct {
	URL          string    `json:"url"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Size         int64     `json:"size"`
	Fetched      time.Time `json:"fetched"`
}

// Update downloads the bulk database into cacheDir (created if needed).
// The request is conditional (If-None-Match with the stored ETag,
// If-Modified-Since with the stored Last-Modified) when a database is
// already there. The body goes to a temporary file in cacheDir and is
// checked before it replaces anything: its length against Content-Length,
// its CRC32C and MD5 against x-goog-hash when the server sends one, and
// the zip itself (it opens, every entry name is safe, every entry is a
// JSON object with an id). Only then is it renamed over the old database,
// with a fresh persisted index, so a failed or interrupted download never
// replaces a good database.
func Update(ctx context.Context, cacheDir string, opts UpdateOptions) (UpdateResult, error) {
	if opts.Offline {
		return UpdateResult{}, fmt.Errorf("osv: update: %w", ErrOffline)
	}
	url := opts.URL
	if url == "" {
		url = DefaultBulkURL
	}
	client := opts.Client
	if client == nil {
		client = http.DefaultClient
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return UpdateResult{}, fmt.Errorf("osv: update: %w", err)
	}
	dst := CachePath(cacheDir)
	metaPath := filepath.Join(cacheDir, cacheMeta)
	var meta cacheMetaFile
	if st, err := os.Stat(dst); err == nil {
		if b, err := os.ReadFile(metaPath); err == nil && json.Unmarshal(b, &meta) == nil && meta.URL == url && meta.Size == st.Size() {
			// conditional request below
		} else {
			meta = cacheMetaFile{}
		}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return UpdateResult{}, fmt.Errorf("osv: update: %w", err)
	}
	if meta.ETag != "" {
		req.Header.Set("If-None-Match", meta.ETag)
	}
	if meta.LastModified != "" {
		req.Header.Set("If-Modified-Since", meta.LastModified)
	}
	resp, err := client.Do(req)
	if err != nil {
		return UpdateResult{}, fmt.Errorf("osv: update from %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified && meta.Size > 0 {
		return UpdateResult{Path: dst, Size: meta.Size, ETag: meta.ETag, Modified: meta.LastModified}, nil
	}
	if resp.StatusCode != http.StatusOK {
		return UpdateResult{}, fmt.Errorf("osv: update from %s: %s", url, resp.Status)
	}

	tmp, err := os.CreateTemp(cacheDir, cacheZip+".*.download")
	if err != nil {
		return UpdateResult{}, fmt.Errorf("osv: update: %w", err)
	}
	tmpName := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmpName)
		}
	}()
	crc := crc32.New(crc32.MakeTable(crc32.Castagnoli))
	sum := md5.New()
	total := resp.ContentLength
	pw := &progressWriter{total: total, fn: opts.Progress}
	n, err := io.Copy(io.MultiWriter(tmp, crc, sum, pw), resp.Body)
	if err != nil {
		return UpdateResult{}, fmt.Errorf("osv: update from %s: download failed after %d bytes: %w", url, n, err)
	}
	if total >= 0 && n != total {
		return UpdateResult{}, fmt.Errorf("osv: update from %s: got %d bytes, Content-Length says %d", url, n, total)
	}
	if err := checkGoogHash(resp.Header.Values("X-Goog-Hash"), crc, sum); err != nil {
		return UpdateResult{}, fmt.Errorf("osv: update from %s: %w", url, err)
	}
	if err := tmp.Sync(); err != nil {
		return UpdateResult{}, fmt.Errorf("osv: update: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return UpdateResult{}, fmt.Errorf("osv: update: %w", err)
	}
	records, err := verifyZip(ctx, tmpName, url)
	if err != nil {
		return UpdateResult{}, err
	}
	// Build the persisted index for the new zip before it goes live; the
	// index is keyed to the zip's size and mtime, which rename keeps.
	tmpIndex := tmpName + ".index"
	if db, err := OpenWith(tmpName, OpenOptions{IndexPath: tmpIndex}); err == nil {
		_, _ = db.Packages(ctx)
		db.Close()
	}
	if err := os.Rename(tmpName, dst); err != nil {
		os.Remove(tmpIndex)
		return UpdateResult{}, fmt.Errorf("osv: update: %w", err)
	}
	ok = true
	if err := os.Rename(tmpIndex, dst+".index"); err != nil {
		os.Remove(tmpIndex)
		os.Remove(dst + ".index") // stale; rebuilt on next open
	}
	meta = cacheMetaFile{URL: url, ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"), Size: n, Fetched: time.Now().UTC()}
	if b, err := json.MarshalIndent(meta, "", "  "); err == nil {
		if err := writeFileAtomic(metaPath, func(w io.Writer) error { _, err := w.Write(b); return err }, true); err != nil {
			os.Remove(metaPath) // without metadata the next update is unconditional
		}
	}
	return UpdateResult{Path: dst, Updated: true, Size: n, Records: records, ETag: meta.ETag, Modified: meta.LastModified}, nil
}

type progressWriter struct {
	done, total int64
	fn          func(done, total int64)
}

// Write counts b and reports progress.
func (p *progressWriter) Write(b []byte) (int, error) {
	p.done += int64(len(b))
	if p.fn != nil {
		p.fn(p.done, p.total)
	}
	return len(b), nil
}

// checkGoogHash verifies Google Cloud Storage's "x-goog-hash: crc32c=...,
// md5=..." header (base64 of the big-endian CRC32C and of the MD5), when
// present. Composite objects have no md5; unknown hash names are skipped.
func checkGoogHash(values []string, crc, sum hash.Hash) error {
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			name, val, found := strings.Cut(strings.TrimSpace(part), "=")
			if !found {
				continue
			}
			var h hash.Hash
			switch strings.ToLower(name) {
			case "crc32c":
				h = crc
			case "md5":
				h = sum
			default:
				continue
			}
			want, err := base64.StdEncoding.DecodeString(val)
			if err != nil {
				return fmt.Errorf("x-goog-hash %s: %w", name, err)
			}
			if got := h.Sum(nil); !bytes.Equal(got, want) {
				return fmt.Errorf("download corrupt: %s is %s, x-goog-hash says %s", name, base64.StdEncoding.EncodeToString(got), val)
			}
		}
	}
	return nil
}

// verifyZip checks a downloaded database: it opens as a zip, every entry
// name is safe, every .json entry decompresses (CRC checked) to a JSON
// object with an id. It returns the number of records.
func verifyZip(ctx context.Context, path, url string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	zr, err := zip.NewReader(f, st.Size())
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return 0, fmt.Errorf("osv: update from %s: downloaded file is not a valid zip: %w", url, err)
	}
	var files []*zip.File
	for _, zf := range zr.File {
		if err := checkEntryName(zf.Name); err != nil {
			return 0, fmt.Errorf("osv: update from %s: %w", url, err)
		}
		if strings.HasSuffix(zf.Name, ".json") {
			files = append(files, zf)
		}
	}
	if len(files) == 0 {
		return 0, fmt.Errorf("osv: update from %s: the zip has no OSV records", url)
	}
	err = parallel(ctx, len(files), func(k int, buf *bytes.Buffer) error {
		zf := files[k]
		if zf.UncompressedSize64 > maxRecordSize {
			return fmt.Errorf("osv: update from %s: entry %s too large", url, zf.Name)
		}
		rc, err := zf.Open()
		if err != nil {
			return fmt.Errorf("osv: update from %s: entry %s: %w", url, zf.Name, err)
		}
		buf.Reset()
		_, err = io.Copy(buf, io.LimitReader(rc, maxRecordSize+1))
		rc.Close()
		if err != nil {
			return fmt.Errorf("osv: update from %s: entry %s: corrupt: %w", url, zf.Name, err)
		}
		h, err := scanRecord(buf.Bytes())
		if err != nil {
			return fmt.Errorf("osv: update from %s: entry %s: malformed OSV record: %w", url, zf.Name, err)
		}
		if h.id == "" {
			return fmt.Errorf("osv: update from %s: entry %s: record has no id", url, zf.Name)
		}
		return nil
	})
	return len(files), err
}
