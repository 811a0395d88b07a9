package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/deps/osv"
)

const dbUsage = `usage: krait db <command> [options]

Manages the local copy of the OSV advisories for PyPI that krait deps and
krait scan audit dependencies against.

Commands:
  update [--db-dir DIR] [--url URL] [--offline] [-q]
        download osv.dev's PyPI/all.zip into DIR (default: krait/osv in
        the user cache directory). The request is conditional, so an
        unchanged database is not downloaded again; the download is
        checked (length, hashes, every record) and replaces the old
        database atomically: an interrupted or failed update leaves the
        old one in place. A progress bar is drawn when stderr is a
        terminal. --url downloads from a mirror; --offline fails without
        connecting.
`

// runDB implements "krait db".
func runDB(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, dbUsage)
		return exitError
	}
	switch args[0] {
	case "update":
		return runDBUpdate(args[1:], stdout, stderr, isTerminal(stderr))
	case "-h", "--help", "help":
		fmt.Fprint(stdout, dbUsage)
		return exitOK
	}
	fmt.Fprintf(stderr, "krait db: unknown command %q\n\n%s", args[0], dbUsage)
	return exitError
}

// runDBUpdate implements "krait db update"; terminal says whether stderr
// is a terminal (for the progress bar).
func runDBUpdate(args []string, stdout, stderr io.Writer, terminal bool) int {
	fs := flag.NewFlagSet("krait db update", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dir := fs.String("db-dir", "", "")
	url := fs.String("url", "", "")
	offline := fs.Bool("offline", false, "")
	quiet := fs.Bool("quiet", false, "")
	fs.BoolVar(quiet, "q", false, "")
	help := fs.Bool("help", false, "")
	fs.BoolVar(help, "h", false, "")
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "krait: %v\n\n%s", err, dbUsage)
		return exitError
	}
	if *help {
		fmt.Fprint(stdout, dbUsage)
		return exitOK
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "krait: db update takes no arguments (got %q)\n\n%s", fs.Arg(0), dbUsage)
		return exitError
	}
	if *dir == "" {
		d, err := osv.DefaultCacheDir()
		if err != nil {
			fmt.Fprintf(stderr, "krait: %v (pass --db-dir DIR)\n", err)
			return exitError
		}
		*dir = d
	}
	if *offline {
		fmt.Fprintf(stderr, "krait: db update downloads the OSV database and --offline forbids network access; nothing was changed in %s\n", *dir)
		return exitError
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.ResponseHeaderTimeout = time.Minute
	opts := osv.UpdateOptions{URL: *url, Client: &http.Client{Transport: transport}}
	var bar *progressBar
	if terminal && !*quiet {
		bar = &progressBar{w: stderr, now: time.Now}
		opts.Progress = bar.update
	}
	start := time.Now()
	res, err := osv.Update(ctx, *dir, opts)
	if bar != nil {
		bar.clear()
	}
	if err != nil {
		msg := err.Error()
		if errors.Is(err, context.Canceled) {
			msg = "interrupted"
		}
		fmt.Fprintf(stderr, "krait: db update failed: %s (the database in %s is unchanged)\n", msg, *dir)
		return exitError
	}
	if *quiet {
		return exitOK
	}
	if res.Updated {
		fmt.Fprintf(stdout, "krait: OSV database updated: %d records, %s, in %s (%v)\n",
			res.Records, megabytes(res.Size), res.Path, time.Since(start).Round(100*time.Millisecond))
	} else {
		fmt.Fprintf(stdout, "krait: OSV database is up to date: %s, %s\n", res.Path, megabytes(res.Size))
	}
	return exitOK
}

func megabytes(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }

// progressBar draws a download's progress on one terminal line, at most
// ten times a second:
//
//	downloading OSV database [=========>          ]  47%  12.3 / 26.1 MB
type progressBar struct {
	w     io.Writer
	now   func() time.Time
	last  time.Time
	drawn int // width of the line drawn, to clear it
}

const barWidth = 30

func (p *progressBar) update(done, total int64) {
	t := p.now()
	if p.drawn > 0 && t.Sub(p.last) < 100*time.Millisecond && done != total {
		return
	}
	p.last = t
	var line string
	if total > 0 {
		frac := min(float64(done)/float64(total), 1)
		fill := int(frac * barWidth)
		bar := strings.Repeat("=", fill)
		if fill < barWidth {
			bar += ">" + strings.Repeat(" ", barWidth-fill-1)
		}
		line = fmt.Sprintf("downloading OSV database [%s] %3d%%  %.1f / %s", bar, int(frac*100), float64(done)/1e6, megabytes(total))
	} else {
		line = "downloading OSV database  " + megabytes(done)
	}
	pad := ""
	if n := p.drawn - len(line); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	fmt.Fprint(p.w, "\r"+line+pad)
	p.drawn = len(line)
}

// clear erases the bar's line.
func (p *progressBar) clear() {
	if p.drawn > 0 {
		fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.drawn)+"\r")
		p.drawn = 0
	}
}
