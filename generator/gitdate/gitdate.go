// Package gitdate finds when each file of a folder was first committed,
// and what it held then, with one git call for the whole folder.
package gitdate

import (
	"os/exec"
	"strings"
	"time"
)

// History is what the commits that first added the files under a folder
// say of them; paths are relative to the folder, with slashes, and are
// the files' paths now, wherever git mv took them since.
type History struct {
	Dates map[string]time.Time // author time of the commit
	Blobs map[string]string    // git object id of the file as added
}

// Read finds the commit that first added each file under dir, with one
// git call for the whole folder. Outside a git work tree, or without
// git, the maps are empty: dates then come from elsewhere.
func Read(dir string) History {
	abs, prefix, ok := workTree(dir)
	if !ok {
		return History{map[string]time.Time{}, map[string]string{}}
	}
	// --diff-filter=AR lists each file in the commit that added it and in
	// those that renamed it (-M), so that a file moved to another folder
	// keeps the date and first version it was first committed with, not
	// the move's. --raw gives the object id of what was added. -z gives
	// paths as they are, whatever quotes or tabs they hold.
	out, err := git(abs, nil, "log", "-z", "-M", "--diff-filter=AR",
		"--format=%x00@%aI", "--raw", "--no-abbrev", "--", ".")
	if err != nil {
		return History{map[string]time.Time{}, map[string]string{}}
	}
	return parse(out, prefix)
}

// parse reads `git log -z --format=%x00@%aI --raw` output, whose fields
// end in NUL bytes: "@" and the author time of a commit, then for each
// file ":oldmode newmode oldid newid status" and its path ("A", path) or
// paths ("R100", old, new). Paths are relative to the repository root and
// made relative to prefix. The log runs newest first: a rename says that
// the file at the new path was at the old path in the commits that follow
// (older ones), and the last commit seen for a file is the first that
// added it.
func parse(out []byte, prefix string) History {
	type added struct {
		when time.Time
		blob string
	}
	first := map[string]added{}  // path at HEAD -> first added
	later := map[string]string{} // older path -> path at HEAD
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
		if strings.HasPrefix(f, "@") {
			when, _ = time.Parse(time.RFC3339, f[1:])
			continue
		}
		raw := strings.Fields(f)
		if len(raw) != 5 || !strings.HasPrefix(raw[0], ":") {
			continue
		}
		switch status := raw[4]; {
		case status == "A" && i+1 < len(fields):
			i++
			if !when.IsZero() {
				first[headPath(fields[i])] = added{when, raw[3]}
			}
		case strings.HasPrefix(status, "R") && i+2 < len(fields):
			later[fields[i+1]] = headPath(fields[i+2])
			i += 2
		}
	}
	h := History{map[string]time.Time{}, map[string]string{}}
	for p, a := range first {
		if rel, ok := strings.CutPrefix(p, prefix); ok {
			h.Dates[rel], h.Blobs[rel] = a.when, a.blob
		}
	}
	return h
}

// Cache remembers the result of Read while the repository's HEAD stays
// on the same commit. The preview server rebuilds after every save, and
// git log over a long history takes seconds (6 s for 10 000 commits that
// each add one article), while saving an article changes no commit: the
// history is a function of the commit HEAD names, which git rev-parse
// finds in milliseconds. A Cache is not safe for concurrent use.
type Cache struct {
	dir, head string
	hist      History
}

// Read returns Read(dir), running git log again only when dir or the
// commit of HEAD changed since the last call. The maps are shared between
// calls: they must not be changed.
func (c *Cache) Read(dir string) History {
	head := headCommit(dir)
	if c.hist.Dates == nil || dir != c.dir || head != c.head {
		c.dir, c.head, c.hist = dir, head, Read(dir)
	}
	return c.hist
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
