// Package gitdate finds when each file of a folder was first committed,
// with one git call for the whole folder.
package gitdate

import (
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// FirstAdded maps each file under dir (paths relative to dir, with
// slashes) to the author time of the commit that added it. When dir is not
// in a git work tree, or git is missing, it returns an empty map: dates
// then come from elsewhere.
func FirstAdded(dir string) map[string]time.Time {
	dates := map[string]time.Time{}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dates
	}
	// --diff-filter=AR lists each file in the commit that added it and in
	// those that renamed it (-M), so that a file moved to another folder
	// keeps the date it was first committed with, not the move's. -z
	// gives paths as they are, whatever quotes or tabs they hold.
	cmd := exec.Command("git", "log", "-z", "-M", "--diff-filter=AR",
		"--format=%x00@%aI", "--name-status", "--", ".")
	cmd.Dir = abs
	out, err := cmd.Output()
	if err != nil {
		return dates
	}
	top, err := exec.Command("git", "-C", abs, "rev-parse", "--show-prefix").Output()
	if err != nil {
		return dates
	}
	prefix := strings.TrimSpace(string(top))
	return parse(out, prefix)
}

// parse reads `git log -z --format=%x00@%aI --name-status` output, whose
// fields end in NUL bytes: "@" and the author time of a commit, then for
// each file a status and its path ("A", path) or paths ("R100", old,
// new). Paths are relative to the repository root and made relative to
// prefix. The log runs newest first: a rename says that the file at the
// new path was at the old path in the commits that follow (older ones),
// and the last time seen for a file is the first commit that added it.
func parse(out []byte, prefix string) map[string]time.Time {
	first := map[string]time.Time{} // path at HEAD -> first added
	later := map[string]string{}    // older path -> path at HEAD
	headPath := func(p string) string {
		if h, ok := later[p]; ok {
			return h
		}
		return p
	}
	var when time.Time
	fields := strings.Split(string(out), "\x00")
	for i := 0; i < len(fields); i++ {
		f := strings.TrimLeft(fields[i], "\n")
		switch {
		case strings.HasPrefix(f, "@"):
			when, _ = time.Parse(time.RFC3339, f[1:])
		case f == "A" && i+1 < len(fields):
			i++
			if !when.IsZero() {
				first[headPath(fields[i])] = when
			}
		case strings.HasPrefix(f, "R") && i+2 < len(fields):
			later[fields[i+1]] = headPath(fields[i+2])
			i += 2
		}
	}
	dates := map[string]time.Time{}
	for p, t := range first {
		if rel, ok := strings.CutPrefix(p, prefix); ok {
			dates[rel] = t
		}
	}
	return dates
}

// Cache remembers the result of FirstAdded while the repository's HEAD
// stays on the same commit. The preview server rebuilds after every save,
// and git log over a long history takes seconds (6 s for 10 000 commits
// that each add one article), while saving an article changes no commit:
// the dates are a function of the commit HEAD names, which git rev-parse
// finds in milliseconds. A Cache is not safe for concurrent use.
type Cache struct {
	dir, head string
	dates     map[string]time.Time
}

// FirstAdded returns FirstAdded(dir), running git log again only when dir
// or the commit of HEAD changed since the last call. The map is shared
// between calls: it must not be changed.
func (c *Cache) FirstAdded(dir string) map[string]time.Time {
	head := headCommit(dir)
	if c.dates == nil || dir != c.dir || head != c.head {
		c.dir, c.head, c.dates = dir, head, FirstAdded(dir)
	}
	return c.dates
}

// headCommit returns the commit HEAD names in the work tree of dir, or ""
// outside one.
func headCommit(dir string) string {
	out, err := exec.Command("git", "-C", dir, "rev-parse", "--verify", "-q", "HEAD").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
