package serve

import (
	"context"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watch calls rebuild after files change under the folders dirs (and
// their subfolders, including ones created later) or in the files files,
// once changes have been quiet for debounce, with the paths that changed
// since the last call, sorted. It returns when ctx ends. Folders that do
// not exist are skipped. Errors of the watcher go to report. started,
// when not nil, is called once every watch is in place.
func Watch(ctx context.Context, dirs, files []string, debounce time.Duration, started func(), rebuild func(changed []string), report func(error)) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	for _, d := range dirs {
		if err := addTree(w, d); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	// Editors often save by renaming a new file over the old one, which
	// drops a watch on the file itself: watch its folder instead.
	wanted := map[string]bool{}
	for _, f := range files {
		f = filepath.Clean(f)
		wanted[f] = true
		if err := w.Add(filepath.Dir(f)); err != nil {
			return err
		}
	}
	inTree := func(p string) bool {
		for _, d := range dirs {
			if rel, err := filepath.Rel(d, p); err == nil && filepath.IsLocal(rel) {
				return true
			}
		}
		return false
	}
	if started != nil {
		started() // every watch is in place: no change from here on is missed
	}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	changed := map[string]bool{}
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-w.Errors:
			report(err)
		case ev := <-w.Events:
			p := filepath.Clean(ev.Name)
			if !wanted[p] && !inTree(p) || ignored(filepath.Base(p)) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(p); err == nil && info.IsDir() {
					_ = addTree(w, p)
				}
			}
			changed[p] = true
			timer.Reset(debounce)
		case <-timer.C:
			paths := slices.Sorted(maps.Keys(changed))
			clear(changed)
			rebuild(paths)
		}
	}
}

// ignored reports editor scratch files whose changes need no rebuild.
func ignored(name string) bool {
	return strings.HasSuffix(name, "~") || strings.HasSuffix(name, ".swp") ||
		strings.HasSuffix(name, ".swx") || strings.HasPrefix(name, ".#") || name == "4913"
}

// addTree watches dir and every folder under it.
func addTree(w *fsnotify.Watcher, dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return w.Add(p)
		}
		return nil
	})
}
