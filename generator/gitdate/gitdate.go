// Package gitdate finds when each file of a folder was first committed,
// with one git call for the whole folder.
package gitdate

import (
	"bufio"
	"bytes"
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
	// --diff-filter=A lists each file in the commit that added it; the log
	// runs newest first, so the last time seen for a path is its first.
	cmd := exec.Command("git", "-c", "core.quotepath=off", "log", "--diff-filter=A",
		"--format=%x00%aI", "--name-only", "--no-renames", "--", ".")
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

// parse reads `git log --format=%x00%aI --name-only` output; paths are
// relative to the repository root and made relative to prefix.
func parse(out []byte, prefix string) map[string]time.Time {
	dates := map[string]time.Time{}
	var cur time.Time
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "\x00") {
			cur, _ = time.Parse(time.RFC3339, line[1:])
			continue
		}
		if line == "" || cur.IsZero() {
			continue
		}
		if p, ok := strings.CutPrefix(line, prefix); ok {
			dates[p] = cur
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
