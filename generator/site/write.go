package site

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// Marker is the file WriteDir leaves in every output folder it creates, so
// that it never replaces a folder it did not make.
const Marker = ".digest-output"

// dirWriter writes files under a root folder, creating parents once. It
// may take files from prev, the folder the root replaces.
type dirWriter struct {
	root, prev string
	dirs       sync.Map
}

// Dir returns the folder the files go to, so that a step such as the search
// indexer can run over it before WriteDir swaps it in.
func (d *dirWriter) Dir() string { return d.root }

// Borrows reports that WriteFile is done with data when it returns.
func (d *dirWriter) Borrows() bool { return true }

func (d *dirWriter) WriteFile(name string, data []byte) error {
	full, err := d.path(name)
	if err != nil {
		return err
	}
	return os.WriteFile(full, data, 0o644)
}

// path returns where the file name goes, its folder made.
func (d *dirWriter) path(name string) (string, error) {
	clean := filepath.FromSlash(name)
	if !filepath.IsLocal(clean) {
		return "", fmt.Errorf("refusing to write %q outside the output folder", name)
	}
	full := filepath.Join(d.root, clean)
	dir := filepath.Dir(full)
	if _, ok := d.dirs.Load(dir); !ok {
		// Most folders are new and their parent made already: one
		// mkdir, where MkdirAll would look at the folder and its parent
		// first.
		if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return "", err
			}
		}
		d.dirs.Store(dir, true)
	}
	return full, nil
}

// copyBuffers are the buffers Reuse reads files with.
var copyBuffers = sync.Pool{New: func() any { return new([64 << 10]byte) }}

// Reuse puts the file name of the folder this one replaces here, when it
// is a regular file of size bytes with the SHA-256 sum: as a hard link,
// which costs no copy, or as a copy where links fail. The folder it
// leaves is removed after the swap, and a failed build removes this one,
// so the link never lets one build change the other's file, as long as
// no step writes into a file of the new folder in place (a search
// indexer writes files of its own): that would change the previous
// output's file too, which must stay as it was should the build fail.
func (d *dirWriter) Reuse(name string, size int64, sum [32]byte) (bool, error) {
	clean := filepath.FromSlash(name)
	if d.prev == "" || !filepath.IsLocal(clean) {
		return false, nil
	}
	from := filepath.Join(d.prev, clean)
	f, err := openNoFollow(from) // sameFile wants a regular file, not a link to one
	if err != nil {
		return false, nil
	}
	defer f.Close()
	buf := copyBuffers.Get().(*[64 << 10]byte)
	defer copyBuffers.Put(buf)
	if !sameFile(f, size, sum, buf[:]) {
		return false, nil
	}
	full, err := d.path(name)
	if err != nil {
		return false, err
	}
	if os.Link(from, full) == nil {
		return true, nil
	}
	out, err := os.OpenFile(full, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return false, err
	}
	_, err = io.CopyBuffer(out, io.NewSectionReader(f, 0, size), buf[:])
	return true, errors.Join(err, out.Close())
}

// CheckOutput refuses an output folder that would overwrite sources: one
// that is, contains or lies inside a source folder (content, templates,
// static), one that is or contains the site folder or the home folder, the
// file system root, a path that exists and is not a folder (never
// replaced, even with force), and a non-empty folder that WriteDir did not
// create unless force is set. Paths must be absolute and clean; they are
// compared with their symbolic links resolved, so that a link does not
// lead a build into a source folder.
func CheckOutput(out, site string, sources []string, force bool) error {
	real := RealPath(out)
	shown := out
	if real != out {
		shown = fmt.Sprintf("%s (which is %s)", out, real)
	}
	if real == filepath.Dir(real) {
		return fmt.Errorf("output folder %s is the file system root: choose a folder such as public", shown)
	}
	containers := []string{site}
	if home, err := os.UserHomeDir(); err == nil {
		containers = append(containers, home)
	}
	for _, c := range containers {
		if sameOrInside(RealPath(c), real) {
			return fmt.Errorf("output folder %s holds %s, which a build would replace: choose a folder such as public inside it", shown, c)
		}
	}
	for _, p := range sources {
		if rp := RealPath(p); sameOrInside(real, rp) || sameOrInside(rp, real) {
			return fmt.Errorf("output folder %s overlaps the source folder %s: choose a folder such as public beside it", shown, p)
		}
	}
	return checkReplaceable(out, force)
}

// RealPath is the absolute, clean path p with its symbolic links
// resolved, also when its last elements do not exist yet: the nearest
// existing folder above them is resolved and the rest appended.
func RealPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	dir := filepath.Dir(p)
	if dir == p {
		return p
	}
	return filepath.Join(RealPath(dir), filepath.Base(p))
}

// checkReplaceable refuses to replace what is at out unless it is nothing,
// an empty folder, a folder WriteDir wrote or, with force, any folder. A
// file (or a device, a socket...) is never replaced: a build swaps its
// output whole, and a mistyped path must not cost a file.
func checkReplaceable(out string, force bool) error {
	fi, err := os.Stat(out)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("output folder %s: %w", out, err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("output %s is a file, not a folder: a build replaces its output folder whole, so it never writes over a file, even with --force; choose a folder such as public", out)
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return fmt.Errorf("output folder %s: %w", out, err)
	}
	if len(entries) == 0 || force {
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, Marker)); err != nil {
		return fmt.Errorf("output folder %s has files this generator did not write: move them, choose another folder, or pass --force to replace them", out)
	}
	return nil
}

// sameOrInside reports whether path is dir or inside it.
func sameOrInside(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && (rel == "." || filepath.IsLocal(rel))
}

// WriteDir runs build into a fresh folder beside out and, only if it
// succeeds, swaps it in for out. A failed build leaves out untouched, and
// so does any build when out is a file. When out is a symbolic link (a web
// root often is), the folder it leads to is built beside and replaced, and
// the link is kept. Two WriteDirs of one folder, in one process or two,
// run one after the other: the second waits up to LockWait, then fails
// with *LockedError. The temporary folders of builds that were killed are
// removed first. Once the new site is in place, the only error is a
// *LeftoverError.
func WriteDir(out string, build func(Writer) error) error {
	if err := checkReplaceable(out, true); err != nil {
		return err
	}
	out, err := linkTarget(out)
	if err != nil {
		return err
	}
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	unlock, err := lockOutput(out, LockWait)
	if err != nil {
		return err
	}
	defer unlock()
	// No other build of out runs now: what looks like ours is debris.
	stale, staleErr := removeStale(out)
	tmp, err := os.MkdirTemp(parent, tempPrefix(out))
	if err != nil {
		return fmt.Errorf("making a temporary folder beside %s, where the build is written before it is swapped in: %w", out, err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	defer os.RemoveAll(tmp) // after the swap, the old site is there, or nothing
	if err := build(&dirWriter{root: tmp, prev: out}); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, Marker), []byte("written by the digest generator; the whole folder is replaced on every build\n"), 0o644); err != nil {
		return err
	}
	old, err := swap(tmp, out)
	if err != nil {
		return fmt.Errorf("replacing %s: %w", out, err)
	}
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			stale, staleErr = append(stale, old), errors.Join(staleErr, err)
		}
	}
	if staleErr != nil {
		return &LeftoverError{Out: out, Paths: stale, Err: staleErr}
	}
	return nil
}

// errNoExchange says that the system cannot swap two names in one step.
var errNoExchange = errors.New("no atomic exchange here")

// swap puts the folder tmp in the place of out and returns where the
// previous out now is ("" when there was none) for the caller to remove.
// Where the system can exchange two names in one step (Linux), out names
// a complete site at every instant; elsewhere it is missing for the time
// between two renames.
func swap(tmp, out string) (old string, err error) {
	if _, err := os.Lstat(out); errors.Is(err, fs.ErrNotExist) {
		return "", os.Rename(tmp, out)
	}
	switch err := exchange(tmp, out); {
	case err == nil:
		return tmp, nil
	case !errors.Is(err, errNoExchange):
		return "", err
	}
	return renameSwap(tmp, out)
}

// renameSwap is swap with two renames: out to tmp.old, then tmp to out.
func renameSwap(tmp, out string) (old string, err error) {
	old = tmp + ".old"
	if err := os.Rename(out, old); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, out); err != nil {
		return "", errors.Join(err, os.Rename(old, out))
	}
	return old, nil
}

// tempPrefix starts the names of the temporary folders of a build of out:
// os.MkdirTemp appends decimal digits, and renameSwap ".old".
func tempPrefix(out string) string { return ".tmp-" + filepath.Base(out) + "-" }

// removeStale removes the temporary folders that builds of out killed
// before they could clean up left beside it, and returns those it could
// not remove. Only names WriteDir makes are touched: .tmp-public-123 and
// .tmp-public-123.old, not .tmp-public-x-123 (a build of public-x).
func removeStale(out string) (left []string, err error) {
	parent, prefix := filepath.Dir(out), tempPrefix(out)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return nil, nil // then MkdirTemp fails, and says why
	}
	var errs []error
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		rest = strings.TrimSuffix(rest, ".old")
		if !ok || !e.IsDir() || rest == "" || strings.Trim(rest, "0123456789") != "" {
			continue
		}
		p := filepath.Join(parent, e.Name())
		if err := os.RemoveAll(p); err != nil {
			left, errs = append(left, p), append(errs, err)
		}
	}
	return left, errors.Join(errs...)
}

// LeftoverError is what WriteDir returns when the new site is in place but
// an old one (or the debris of an earlier build) could not be removed, for
// example because another user owns some of its files. The build
// succeeded: callers report it as a warning, not a failure.
type LeftoverError struct {
	Out   string   // the output folder, which holds the new site
	Paths []string // what is left beside it
	Err   error
}

func (e *LeftoverError) Error() string {
	return fmt.Sprintf("the new site is in %s, but %s could not be removed (%v): remove it by hand; the next build tries again", e.Out, strings.Join(e.Paths, ", "), e.Err)
}

// Unwrap returns the cause.
func (e *LeftoverError) Unwrap() error { return e.Err }

// linkTarget is the folder a build of out replaces: out itself or, when
// out is a symbolic link, the folder it leads to. Replacing the link by a
// folder would leave whatever serves the link's target with the old site
// for ever.
func linkTarget(out string) (string, error) {
	fi, err := os.Lstat(out)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return out, nil
	}
	target, err := filepath.EvalSymlinks(out)
	if err != nil {
		dest, _ := os.Readlink(out)
		return "", fmt.Errorf("output folder %s is a symbolic link to %s, which does not exist: make that folder, or remove the link (%w)", out, dest, err)
	}
	return target, nil
}

// IsTemp reports whether name is a temporary folder or the lock file of
// WriteDir, so that watchers can ignore it.
func IsTemp(name string) bool { return strings.HasPrefix(filepath.Base(name), ".tmp-") }
