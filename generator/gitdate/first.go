package gitdate

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// This file finds the first committed version of each file, so that the
// build can keep the URL an article was first published under: GitHub
// Pages builds every push from a clean clone, so the history is the one
// record of what an earlier build published that every build can read.

// ChangedSinceFirst returns the bytes of the first versions (first is
// History.Blobs) of the files under dir that differ from it now, in the
// index or in the work tree. A file that never changed is left out: its
// current text is its first.
func ChangedSinceFirst(dir string, first map[string]string) map[string][]byte {
	found := map[string][]byte{}
	abs, prefix, ok := workTree(dir)
	if !ok || len(first) == 0 {
		return found
	}
	staged, err := git(abs, nil, "ls-files", "-s", "-z", "--full-name", "--", ".")
	if err != nil {
		return found
	}
	index := map[string]string{}
	for _, rec := range strings.Split(string(staged), "\x00") {
		meta, name, ok := strings.Cut(rec, "\t")
		f := strings.Fields(meta)
		if p, in := strings.CutPrefix(name, prefix); ok && in && len(f) == 3 {
			index[p] = f[1]
		}
	}
	edited, err := git(abs, nil, "diff", "--name-only", "-z", "--no-renames", "--", ".")
	if err != nil {
		return found
	}
	changed := map[string]bool{}
	for _, name := range strings.Split(string(edited), "\x00") {
		if p, ok := strings.CutPrefix(name, prefix); ok && name != "" {
			changed[p] = true
		}
	}
	var paths, ids []string
	for p, id := range first {
		if index[p] != id || changed[p] {
			paths = append(paths, p)
			ids = append(ids, id)
		}
	}
	blobs, err := ReadBlobs(abs, ids)
	if err != nil {
		return found
	}
	for i, p := range paths {
		found[p] = blobs[i]
	}
	return found
}

// ReadBlobs returns the contents of the git objects ids of the repository
// of dir, in order, with one git call.
func ReadBlobs(dir string, ids []string) ([][]byte, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	out, err := git(dir, strings.NewReader(strings.Join(ids, "\n")+"\n"), "cat-file", "--batch")
	if err != nil {
		return nil, err
	}
	blobs := make([][]byte, len(ids))
	for i, id := range ids {
		if blobs[i], out, err = catFileEntry(out, id); err != nil {
			return nil, err
		}
	}
	return blobs, nil
}

// BlobID returns the git object id that data has as a file: SHA-1 of
// "blob <size>\0" and data, or SHA-256 in a repository whose ids are
// that long (like, an id from History.Blobs).
func BlobID(data []byte, like string) string {
	head := "blob " + strconv.Itoa(len(data)) + "\x00"
	if len(like) == 2*sha256.Size {
		h := sha256.New()
		h.Write([]byte(head))
		h.Write(data)
		return hex.EncodeToString(h.Sum(nil))
	}
	h := sha1.New()
	h.Write([]byte(head))
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}

// catFileEntry reads one "<id> blob <size>\n<bytes>\n" entry of git
// cat-file --batch output and returns its bytes and the rest.
func catFileEntry(out []byte, id string) (data, rest []byte, err error) {
	head, body, ok := bytes.Cut(out, []byte("\n"))
	f := strings.Fields(string(head))
	if !ok || len(f) != 3 || f[0] != id || f[1] != "blob" {
		return nil, nil, fmt.Errorf("git cat-file: unexpected %q", head)
	}
	n, err := strconv.Atoi(f[2])
	if err != nil || n+1 > len(body) {
		return nil, nil, fmt.Errorf("git cat-file: bad size in %q", head)
	}
	return body[:n], body[n+1:], nil
}

// workTree returns the absolute dir and its path from the top of its git
// work tree ("content/"), or false outside one.
func workTree(dir string) (abs, prefix string, ok bool) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", "", false
	}
	top, err := git(abs, nil, "rev-parse", "--show-prefix")
	if err != nil {
		return "", "", false
	}
	return abs, strings.TrimSpace(string(top)), true
}

// git runs git in dir with stdin and returns its standard output.
func git(dir string, stdin *strings.Reader, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if stdin != nil {
		cmd.Stdin = stdin
	}
	return cmd.Output()
}
