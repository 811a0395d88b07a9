package osv

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
)

// DefaultAPIURL is the base URL of the osv.dev API.
const DefaultAPIURL = "https://api.osv.dev"

// maxBatch is osv.dev's limit on queries per querybatch request.
const maxBatch = 1000

// Client queries the osv.dev API: POST /v1/querybatch to learn which
// advisories affect each package (following next_page_token), then GET
// /v1/vulns/{id} for each record. It implements Source; Audit still
// matches the records locally, so results agree with a local database.
type Client struct {
	// BaseURL is the API root; "" means DefaultAPIURL.
	BaseURL string
	// HTTP makes the requests; nil means http.DefaultClient.
	HTTP *http.Client
	// Offline makes every call fail with ErrOffline before connecting.
	Offline bool
	// Parallel bounds concurrent record fetches; 0 means 8.
	Parallel int
}

type batchQuery struct {
	Package   batchPackage `json:"package"`
	Version   string       `json:"version,omitempty"`
	PageToken string       `json:"page_token,omitempty"`
}

type batchPackage struct {
	Ecosystem string `json:"ecosystem"`
	Name      string `json:"name"`
}

type batchResponse struct {
	Results []struct {
		Vulns []struct {
			ID       string `json:"id"`
			Modified string `json:"modified"`
		} `json:"vulns"`
		NextPageToken string `json:"next_page_token"`
	} `json:"results"`
}

// Vulns implements Source. A pinned query sends its version, so the API
// returns only the advisories that affect it; an unpinned one asks for
// every advisory of the package.
func (c *Client) Vulns(ctx context.Context, queries []Query) (map[string][]*Vulnerability, error) {
	if c.Offline {
		return nil, fmt.Errorf("osv: API: %w", ErrOffline)
	}
	// One API query per distinct (name, version): unpinned wins.
	type key struct{ name, version string }
	seen := map[key]bool{}
	var qs []batchQuery
	for _, q := range queries {
		k := key{NormalizeName(q.Name), q.Version}
		if !seen[k] {
			seen[k] = true
			qs = append(qs, batchQuery{Package: batchPackage{EcosystemPyPI, k.name}, Version: k.version})
		}
	}
	ids := map[string]map[string]bool{} // name → ids
	for len(qs) > 0 {
		n := min(len(qs), maxBatch)
		batch := qs[:n]
		qs = qs[n:]
		var resp batchResponse
		if err := c.post(ctx, "/v1/querybatch", map[string]any{"queries": batch}, &resp); err != nil {
			return nil, err
		}
		if len(resp.Results) != len(batch) {
			return nil, fmt.Errorf("osv: API querybatch: %d results for %d queries", len(resp.Results), len(batch))
		}
		for i, r := range resp.Results {
			name := batch[i].Package.Name
			if ids[name] == nil {
				ids[name] = map[string]bool{}
			}
			for _, v := range r.Vulns {
				ids[name][v.ID] = true
			}
			if r.NextPageToken != "" {
				next := batch[i]
				next.PageToken = r.NextPageToken
				qs = append(qs, next)
			}
		}
	}
	all := map[string]bool{}
	for _, set := range ids {
		for id := range set {
			all[id] = true
		}
	}
	list := make([]string, 0, len(all))
	for id := range all {
		list = append(list, id)
	}
	sort.Strings(list)
	records, err := c.fetchAll(ctx, list)
	if err != nil {
		return nil, err
	}
	out := map[string][]*Vulnerability{}
	for name, set := range ids {
		for _, id := range list {
			if set[id] {
				out[name] = append(out[name], records[id])
			}
		}
	}
	return out, nil
}

// Get fetches one record by id with GET /v1/vulns/{id}.
func (c *Client) Get(ctx context.Context, id string) (*Vulnerability, error) {
	if c.Offline {
		return nil, fmt.Errorf("osv: API: %w", ErrOffline)
	}
	var v Vulnerability
	if err := c.do(ctx, http.MethodGet, "/v1/vulns/"+url.PathEscape(id), nil, &v); err != nil {
		return nil, err
	}
	if v.ID == "" {
		return nil, fmt.Errorf("osv: API: record %s has no id", id)
	}
	return &v, nil
}

func (c *Client) fetchAll(ctx context.Context, ids []string) (map[string]*Vulnerability, error) {
	par := c.Parallel
	if par <= 0 {
		par = 8
	}
	out := make(map[string]*Vulnerability, len(ids))
	var mu sync.Mutex
	var firstErr error
	sem := make(chan struct{}, par)
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			v, err := c.Get(ctx, id)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if firstErr == nil {
					firstErr = err
				}
				return
			}
			out[id] = v
		}()
	}
	wg.Wait()
	return out, firstErr
}

func (c *Client) post(ctx context.Context, path string, body, out any) error {
	b, err := json.Marshal(body)
	if err != nil {
		return err
	}
	return c.do(ctx, http.MethodPost, path, b, out)
}

func (c *Client) do(ctx context.Context, method, path string, body []byte, out any) error {
	base := c.BaseURL
	if base == "" {
		base = DefaultAPIURL
	}
	u := strings.TrimRight(base, "/") + path
	req, err := http.NewRequestWithContext(ctx, method, u, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("osv: API: %w", err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("osv: API %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 256<<20))
	if err != nil {
		return fmt.Errorf("osv: API %s %s: %w", method, path, err)
	}
	if resp.StatusCode != http.StatusOK {
		msg := strings.TrimSpace(string(data))
		if len(msg) > 200 {
			msg = msg[:200]
		}
		return fmt.Errorf("osv: API %s %s: %s: %s", method, path, resp.Status, msg)
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("osv: API %s %s: malformed response: %w", method, path, err)
	}
	return nil
}

// SourceOptions are the command line's database options.
type SourceOptions struct {
	// DBPath (--db) is a zip or directory of OSV records; it wins over
	// the cache.
	DBPath string
	// CacheDir holds the database Update keeps; "" means DefaultCacheDir.
	CacheDir string
	// API queries osv.dev instead of a local database.
	API bool
	// APIURL overrides DefaultAPIURL.
	APIURL string
	// Offline (--offline) never opens a connection: API mode is refused
	// and a missing local database is an error saying how to get one.
	Offline bool
	// HTTP is the client for API mode.
	HTTP *http.Client
}

// OpenSource returns the Source the options select, and a function that
// releases it. Nothing here connects to the network: API requests happen
// in Audit.
func OpenSource(opts SourceOptions) (Source, func() error, error) {
	nop := func() error { return nil }
	switch {
	case opts.DBPath != "":
		db, err := Open(opts.DBPath)
		if err != nil {
			return nil, nop, err
		}
		return db, db.Close, nil
	case opts.API:
		if opts.Offline {
			return nil, nop, fmt.Errorf("osv: the osv.dev API cannot be used in offline mode: %w", ErrOffline)
		}
		return &Client{BaseURL: opts.APIURL, HTTP: opts.HTTP}, nop, nil
	}
	dir := opts.CacheDir
	if dir == "" {
		d, err := DefaultCacheDir()
		if err != nil {
			return nil, nop, err
		}
		dir = d
	}
	db, err := OpenCache(dir)
	if err != nil {
		return nil, nop, err
	}
	return db, db.Close, nil
}
