package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/term"

	"github.com/sarakhon/digest/generator/site"
)

// progress wraps a site.Writer to report files as they are written: with
// verbose, one line per file; on a terminal, one line updated in place.
type progress struct {
	w       site.Writer
	out     io.Writer
	verbose bool
	files   atomic.Int64
	mu      sync.Mutex // serializes verbose lines
	stop    chan struct{}
	done    chan struct{}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgress starts reporting on out; call finish when the build ends.
func newProgress(w site.Writer, out io.Writer, verbose, live bool) *progress {
	p := &progress{w: w, out: out, verbose: verbose}
	if live && !verbose {
		p.stop, p.done = make(chan struct{}), make(chan struct{})
		go p.tick()
	}
	return p
}

// Borrows reports what the Writer it wraps reports.
func (p *progress) Borrows() bool {
	b, ok := p.w.(site.Borrower)
	return ok && b.Borrows()
}

func (p *progress) WriteFile(name string, data []byte) error {
	if err := p.w.WriteFile(name, data); err != nil {
		return err
	}
	p.wrote(name, int64(len(data)), "wrote")
	return nil
}

// wrote counts a file, and with verbose prints it.
func (p *progress) wrote(name string, size int64, how string) {
	p.files.Add(1)
	if p.verbose {
		p.mu.Lock()
		fmt.Fprintf(p.out, "%s %s (%d bytes)\n", how, name, size)
		p.mu.Unlock()
	}
}

// Reuse lets the Writer it wraps take a file from the previous output,
// when it can (see site.Reuser).
func (p *progress) Reuse(name string, size int64, sum [32]byte) (bool, error) {
	r, ok := p.w.(site.Reuser)
	if !ok {
		return false, nil
	}
	done, err := r.Reuse(name, size, sum)
	if done && err == nil {
		p.wrote(name, size, "reused")
	}
	return done, err
}

func (p *progress) tick() {
	defer close(p.done)
	start := time.Now()
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			fmt.Fprint(p.out, "\r\033[K")
			return
		case <-t.C:
			fmt.Fprintf(p.out, "\r\033[Kbuilding: %d files written, %s", p.files.Load(), time.Since(start).Round(time.Second/10))
		}
	}
}

// finish clears the progress line.
func (p *progress) finish() {
	if p.stop != nil {
		close(p.stop)
		<-p.done
	}
}
