package osv

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// fakeOSV is an osv.dev API stand-in over testdata/db: querybatch returns
// one id per page (so pagination is exercised) and /v1/vulns/{id} the
// record.
type fakeOSV struct {
	mu      sync.Mutex
	records map[string]json.RawMessage
	byName  map[string][]string
	batches [][]batchQuery
	gets    []string
	fail    bool
}

func newFakeOSV(t *testing.T) *fakeOSV {
	f := &fakeOSV{records: map[string]json.RawMessage{}, byName: map[string][]string{}}
	files, _ := os.ReadDir("testdata/db")
	for _, e := range files {
		b, _ := os.ReadFile(filepath.Join("testdata/db", e.Name()))
		v, err := decodeVuln(b)
		if err != nil {
			t.Fatal(err)
		}
		f.records[v.ID] = b
		for _, a := range v.Affected {
			if a.Package.Ecosystem == EcosystemPyPI {
				n := NormalizeName(a.Package.Name)
				f.byName[n] = append(f.byName[n], v.ID)
			}
		}
	}
	return f
}

func (f *fakeOSV) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		http.Error(w, `{"code":3,"message":"bad"}`, http.StatusBadRequest)
		return
	}
	switch {
	case r.Method == http.MethodPost && r.URL.Path == "/v1/querybatch":
		var req struct{ Queries []batchQuery }
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		f.batches = append(f.batches, req.Queries)
		type vuln struct {
			ID string `json:"id"`
		}
		type result struct {
			Vulns         []vuln `json:"vulns,omitempty"`
			NextPageToken string `json:"next_page_token,omitempty"`
		}
		var out struct {
			Results []result `json:"results"`
		}
		for _, q := range req.Queries {
			ids := slices.Clone(f.byName[q.Package.Name])
			slices.Sort(ids)
			page := 0
			if q.PageToken != "" {
				page = int(q.PageToken[0] - '0')
			}
			var res result
			if page < len(ids) {
				res.Vulns = []vuln{{ids[page]}}
				if page+1 < len(ids) {
					res.NextPageToken = string(rune('0' + page + 1))
				}
			}
			out.Results = append(out.Results, res)
		}
		json.NewEncoder(w).Encode(out)
	case r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/v1/vulns/"):
		id := strings.TrimPrefix(r.URL.Path, "/v1/vulns/")
		f.gets = append(f.gets, id)
		b, ok := f.records[id]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write(b)
	default:
		http.NotFound(w, r)
	}
}

// TestClient audits through the API stand-in and expects the same answers
// as the local database.
func TestClient(t *testing.T) {
	fake := newFakeOSV(t)
	ts := httptest.NewServer(fake)
	defer ts.Close()
	c := &Client{BaseURL: ts.URL, HTTP: ts.Client()}
	qs := []Query{{Name: "ExamplePkg", Specifier: ">=1.0"}, {Name: "other.pkg", Version: "1"}, {Name: "nothing"}}
	got, err := Audit(context.Background(), c, qs)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Audit(context.Background(), fixtureDB(t), qs)
	for i := range qs {
		if !slices.Equal(findingIDs(got[i]), findingIDs(want[i])) {
			t.Errorf("%v: API %v, database %v", qs[i], findingIDs(got[i]), findingIDs(want[i]))
		}
	}
	// Pagination: examplepkg has 6 records, one per page.
	if len(fake.batches) != 6 {
		t.Errorf("%d querybatch calls; pagination not followed", len(fake.batches))
	}
	if q := fake.batches[0][1]; q.Package.Name != "other-pkg" || q.Version != "1" || q.Package.Ecosystem != "PyPI" {
		t.Errorf("second query %+v", q)
	}
	slices.Sort(fake.gets)
	if len(slices.Compact(fake.gets)) != len(fake.gets) {
		t.Errorf("records fetched more than once: %v", fake.gets)
	}

	fake.fail = true
	if _, err := Audit(context.Background(), c, qs); err == nil || !strings.Contains(err.Error(), "400 Bad Request") {
		t.Errorf("API error: %v", err)
	}
	off := &Client{BaseURL: ts.URL, Offline: true}
	if _, err := off.Vulns(context.Background(), qs); !errors.Is(err, ErrOffline) {
		t.Errorf("offline: %v", err)
	}
}
