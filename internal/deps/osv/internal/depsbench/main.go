// Command depsbench times one dependency audit the way `krait deps` runs
// it: parse a requirements file, open the OSV database, audit every
// package. bench/deps.sh runs it; it prints one line per run:
//
//	mode=cold wall=83.1ms cpu=151.2ms maxrss=61.2MB heap=35.0MB findings=2031 packages=500
//
// Usage: depsbench -db all.zip [-n 500] [-with-advisories K] [-runs 5] [-reqs FILE]
// Without -reqs it writes a requirements file of n packages, the K of the
// database with the most advisories and n-K without any (benchdata.Mixed).
// With -write-reqs FILE it only writes that file to FILE (bench/deps.sh
// times `krait deps` on it).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/krait-dev/krait/internal/deps/lockfile"
	"github.com/krait-dev/krait/internal/deps/osv"
	"github.com/krait-dev/krait/internal/deps/osv/internal/benchdata"
)

func main() {
	db := flag.String("db", "", "OSV zip (osv.dev PyPI/all.zip layout)")
	n := flag.Int("n", 500, "packages in the generated requirements file")
	withAdv := flag.Int("with-advisories", -1, "of which this many have advisories (default: all n)")
	runs := flag.Int("runs", 5, "runs per mode")
	reqs := flag.String("reqs", "", "requirements file to audit instead of a generated one")
	writeReqs := flag.String("write-reqs", "", "only write the generated requirements file to this path")
	flag.Parse()
	if *db == "" {
		fmt.Fprintln(os.Stderr, "usage: depsbench -db all.zip [-n 500] [-runs 5] [-reqs FILE]")
		os.Exit(2)
	}
	if *withAdv < 0 {
		*withAdv = *n
	}
	if *writeReqs != "" {
		text, err := benchdata.Mixed(*db, *n, *withAdv)
		if err == nil {
			err = os.WriteFile(*writeReqs, []byte(text), 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "depsbench:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*db, *n, *withAdv, *runs, *reqs); err != nil {
		fmt.Fprintln(os.Stderr, "depsbench:", err)
		os.Exit(1)
	}
}

func run(src string, n, withAdv, runs int, reqs string) error {
	tmp, err := os.MkdirTemp("", "depsbench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	// A private copy, so the persisted index can be written next to it.
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	zipPath := filepath.Join(tmp, "all.zip")
	if err := os.WriteFile(zipPath, data, 0o644); err != nil {
		return err
	}
	if reqs == "" {
		text, err := benchdata.Mixed(zipPath, n, withAdv)
		if err != nil {
			return err
		}
		reqs = filepath.Join(tmp, "requirements.txt")
		if err := os.WriteFile(reqs, []byte(text), 0o644); err != nil {
			return err
		}
	}
	for _, mode := range []string{"cold", "warm"} {
		for i := 0; i < runs; i++ {
			if mode == "cold" {
				os.Remove(zipPath + ".index")
			} else if i == 0 {
				once(zipPath, reqs) // make sure the index exists
			}
			runtime.GC()
			cpu0, t0 := cpuTime(), time.Now()
			findings, pkgs, heap, err := once(zipPath, reqs)
			wall, cpu := time.Since(t0), cpuTime()-cpu0
			if err != nil {
				return err
			}
			fmt.Printf("mode=%s wall=%.1fms cpu=%.1fms maxrss=%.1fMB heap=%.1fMB findings=%d packages=%d\n",
				mode, ms(wall), ms(cpu), maxRSS(), float64(heap)/1e6, findings, pkgs)
		}
	}
	return nil
}

func once(zipPath, reqs string) (findings, npkgs int, heap uint64, err error) {
	pkgs, errs := lockfile.ParseRequirements(reqs, false)
	if len(errs) > 0 {
		return 0, 0, 0, errs[0]
	}
	db, err := osv.Open(zipPath)
	if err != nil {
		return 0, 0, 0, err
	}
	defer db.Close()
	qs := make([]osv.Query, 0, len(pkgs))
	for _, p := range pkgs {
		if p.Auditable {
			qs = append(qs, osv.Query{Name: p.Name, Version: p.Version, Specifier: p.Specifier})
		}
	}
	res, err := osv.Audit(context.Background(), db, qs)
	if err != nil {
		return 0, 0, 0, err
	}
	for _, r := range res {
		findings += len(r.Findings)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return findings, len(pkgs), ms.HeapAlloc, nil
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// maxRSS reads the process's peak resident set (VmHWM) on Linux.
func maxRSS() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, _ := strconv.ParseFloat(f[1], 64)
				return kb / 1e3
			}
		}
	}
	return 0
}
