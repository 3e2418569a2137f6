// Package search runs Pagefind (https://pagefind.app), the search engine
// of static sites, over a built site. Pagefind is an npm package that ships
// its own binary; the generator does not need it: without it a build warns
// once and the site has no search index.
package search

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// ErrNotFound says that no pagefind binary was found.
var ErrNotFound = errors.New("pagefind not found on PATH nor in node_modules/.bin: the site was built without a search index " +
	"(install it with `npm ci --prefix .ci/node`, or set search: false in site.yaml)")

// Find returns the pagefind binary to run: the one on PATH, else the first
// of node_modules/.bin/pagefind under siteDir and under siteDir/.ci/node.
func Find(siteDir string) (string, error) {
	if p, err := exec.LookPath("pagefind"); err == nil {
		return p, nil
	}
	for _, dir := range []string{
		filepath.Join(siteDir, "node_modules", ".bin"),
		filepath.Join(siteDir, ".ci", "node", "node_modules", ".bin"),
	} {
		p := filepath.Join(dir, "pagefind")
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
			if abs, err := filepath.Abs(p); err == nil {
				return abs, nil
			}
			return p, nil
		}
	}
	return "", ErrNotFound
}

// ArticleGlob turns the site's permalink pattern (":slug/",
// ":year/:month/:slug/") into the glob of the article pages that Pagefind
// reads ("*/index.html", "*/*/*/index.html"). Pagefind only indexes pages
// marked data-pagefind-body, but parses every page it reads: reading only
// the articles spares it the tag, home and archive pages, a fifth of its
// memory on 10 000 articles (docs/PERFORMANCE.md). A pattern that the
// glob cannot express (a literal *, braces) gives "", every page.
func ArticleGlob(permalink string) string {
	if strings.ContainsAny(permalink, "*?[]{}\\") {
		return ""
	}
	segs := strings.Split(strings.Trim(permalink, "/"), "/")
	for i, s := range segs {
		if strings.Contains(s, ":") {
			segs[i] = "*"
		}
	}
	return strings.Join(segs, "/") + "/index.html"
}

// Index runs `pagefind --site dir [--glob glob]`, which writes the index
// and its scripts to dir/pagefind/. Errors carry what pagefind printed.
// When ctx is cancelled, pagefind and the processes it started are
// killed.
func Index(ctx context.Context, bin, dir, glob string) error {
	var out bytes.Buffer
	args := []string{"--site", dir, "--quiet"}
	if glob != "" {
		args = append(args, "--glob", glob)
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdout, cmd.Stderr = &out, &out
	ownGroup(cmd)
	// A process that outlives the kill and holds the output pipe must not
	// hold the build.
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("search: %s stopped: %w", bin, context.Cause(ctx))
		}
		msg := strings.TrimSpace(out.String())
		if msg != "" {
			msg = ":\n" + msg
		}
		return fmt.Errorf("search: %s --site %s: %w%s (fix it, or set search: false in site.yaml)", bin, dir, err, msg)
	}
	return nil
}
