package lockfile

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Environment reads the packages installed in a virtualenv or a
// site-packages directory: path may be the environment's root (its
// lib/python3.*/site-packages, lib64/..., or Windows Lib/site-packages
// are searched) or a site-packages directory itself. Each *.dist-info
// directory's METADATA and each *.egg-info directory's PKG-INFO (or
// *.egg-info file) gives Name and Version; a package is located at its
// Version header. A dist-info with a direct_url.json (PEP 610) was
// installed from a VCS, URL or local directory and is not auditable.
func Environment(path string) ([]Package, []*Error) {
	dirs, err := sitePackages(path)
	if err != nil {
		return nil, []*Error{errorf(path, 0, "%v", err)}
	}
	var pkgs []Package
	var errs []*Error
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			errs = append(errs, errorf(dir, 0, "%v", err))
			continue
		}
		for _, e := range entries {
			name := e.Name()
			var meta string
			switch {
			case strings.HasSuffix(name, ".dist-info") && e.IsDir():
				meta = filepath.Join(dir, name, "METADATA")
			case strings.HasSuffix(name, ".egg-info") && e.IsDir():
				meta = filepath.Join(dir, name, "PKG-INFO")
			case strings.HasSuffix(name, ".egg-info"):
				meta = filepath.Join(dir, name)
			default:
				continue
			}
			data, err := os.ReadFile(meta)
			if err != nil {
				errs = append(errs, errorf(meta, 0, "%v", err))
				continue
			}
			p, perr := ParseMetadata(meta, data)
			if perr != nil {
				errs = append(errs, perr)
				continue
			}
			if strings.HasSuffix(name, ".dist-info") {
				if b, err := os.ReadFile(filepath.Join(dir, name, "direct_url.json")); err == nil {
					directURL(&p, b)
				}
			}
			pkgs = append(pkgs, p)
		}
	}
	return pkgs, errs
}

// sitePackages finds the site-packages directories of an environment.
func sitePackages(root string) ([]string, error) {
	st, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("not a directory")
	}
	var dirs []string
	for _, pat := range []string{"lib/python3*/site-packages", "lib64/python3*/site-packages", "Lib/site-packages", "lib/site-packages"} {
		m, _ := filepath.Glob(filepath.Join(root, filepath.FromSlash(pat)))
		for _, d := range m {
			if st, err := os.Stat(d); err == nil && st.IsDir() && !contains(dirs, d) {
				dirs = append(dirs, d)
			}
		}
	}
	if len(dirs) > 0 {
		sort.Strings(dirs)
		return dirs, nil
	}
	// A site-packages directory itself: it holds the metadata directories.
	if m, _ := filepath.Glob(filepath.Join(root, "*.dist-info")); len(m) > 0 {
		return []string{root}, nil
	}
	if m, _ := filepath.Glob(filepath.Join(root, "*.egg-info")); len(m) > 0 {
		return []string{root}, nil
	}
	return nil, fmt.Errorf("no site-packages directory found (looked for lib/python3.*/site-packages, Lib/site-packages, and *.dist-info here)")
}

func contains(s []string, x string) bool {
	for _, e := range s {
		if e == x {
			return true
		}
	}
	return false
}

// ParseMetadata reads the Name and Version headers of a core metadata
// file (METADATA, PKG-INFO): RFC 822-style headers up to the first blank
// line, continuation lines starting with whitespace. The Package is
// located at the Version header.
func ParseMetadata(file string, data []byte) (Package, *Error) {
	p := Package{File: file, Pinned: true}
	var name string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			break // end of headers; the body is the description
		}
		if line[0] == ' ' || line[0] == '\t' {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "name":
			if name == "" {
				name = strings.TrimSpace(v)
			}
		case "version":
			if p.Version == "" {
				p.Version, p.Line = strings.TrimSpace(v), n
			}
		}
	}
	if err := sc.Err(); err != nil {
		return p, errorf(file, n, "%v", err)
	}
	if name == "" || p.Version == "" {
		return p, errorf(file, p.Line, "metadata without a %s header", map[string]string{
			"name": "Name", "version": "Version", "name and version": "Name and Version"}[missing(name, p.Version)])
	}
	p.Name = NormalizeName(name)
	p.finish()
	return p, nil
}

// directURL applies PEP 610's direct_url.json.
func directURL(p *Package, data []byte) {
	var d struct {
		URL     string         `json:"url"`
		VCSInfo map[string]any `json:"vcs_info"`
		DirInfo *struct {
			Editable bool `json:"editable"`
		} `json:"dir_info"`
		ArchiveInfo map[string]any `json:"archive_info"`
	}
	if json.Unmarshal(data, &d) != nil {
		return
	}
	switch {
	case d.VCSInfo != nil:
		p.Source = SourceVCS
	case d.DirInfo != nil && d.DirInfo.Editable:
		p.Source = SourceEditable
	case d.DirInfo != nil:
		p.Source = SourcePath
	case d.ArchiveInfo != nil:
		p.Source = urlSource(d.URL)
	default:
		return
	}
	p.Reason = "installed from " + d.URL + " (direct_url.json)"
	p.finish()
}
