package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/sarakhon/digest/generator/diag"
	"github.com/sarakhon/digest/generator/gitdate"
	"github.com/sarakhon/digest/generator/serve"
	"github.com/sarakhon/digest/generator/site"
)

func cmdServe(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	var f siteFlags
	f.registerSite(fs)
	bind := fs.String("bind", "127.0.0.1", "address to listen on (use 0.0.0.0 to preview from another device)")
	port := fs.Int("port", 1313, "port to listen on (0 picks a free one)")
	if err := parseFlags(fs.FlagSet, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("serve takes no arguments, got %q", fs.Args())}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return servePreview(ctx, &f, net.JoinHostPort(*bind, strconv.Itoa(*port)), stdout, stderr, nil)
}

// servePreview builds the site (drafts and future articles included),
// serves it on addr under the production base path, rebuilds on every
// change and returns when ctx ends. ready, when not nil, is called with
// the site's preview URL once it serves.
func servePreview(ctx context.Context, f *siteFlags, addr string, stdout, stderr io.Writer, ready func(url string)) error {
	f.drafts, f.future = true, true
	f.git, f.slugs = &gitdate.Cache{}, &slugCache{}
	src, err := f.load()
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w (is another preview running? try --port)", err)
	}
	basePath := src.Config.BasePath()
	previewBase := "http://" + ln.Addr().String() + basePath
	f.baseURL = previewBase
	srv := serve.New(basePath)
	var mu sync.Mutex // one build at a time, which the cache needs
	cache := site.NewCache()
	var warned said
	var lang diag.Lang // of the last build's site.yaml
	good := false      // a build has succeeded
	contentDir := filepath.Join(f.dir, "content")
	rebuild := func(changed []string) {
		mu.Lock()
		defer mu.Unlock()
		// A file the watcher saw change is read again even if its size
		// and time are as before (touch -r after an edit).
		var articles []string
		for _, p := range changed {
			if rel, err := filepath.Rel(contentDir, p); err == nil && filepath.IsLocal(rel) {
				articles = append(articles, filepath.ToSlash(rel))
			}
		}
		cache.Forget(articles)
		f.slugs.forget(articles)
		var files map[string][]byte
		var stats site.Stats
		var err error
		files, stats, lang, err = previewBuild(f, cache)
		printWarnings(stderr, warned.fresh(stats.Warnings), lang)
		if err != nil {
			err = diag.Localize(err, lang)
			failed(time.Now(), good).print(stderr, lang)
			printErrors(stderr, err)
		} else {
			good = true
			rebuilt(stats, time.Now()).print(stdout, lang)
		}
		srv.Publish(files, err)
	}
	rebuild(nil)
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	started := func() {
		mu.Lock()
		previewAt(previewBase).print(stdout, lang)
		mu.Unlock()
		if ready != nil {
			ready(previewBase)
		}
	}
	wctx, cancelWatch := context.WithCancel(ctx)
	watched := make(chan error, 1)
	go func() {
		var dirs []string
		for _, d := range []string{"content", "templates", "static"} {
			dirs = append(dirs, filepath.Join(f.dir, d))
		}
		watched <- serve.Watch(wctx, dirs, []string{filepath.Join(f.dir, "site.yaml")}, 100*time.Millisecond,
			started, rebuild, func(err error) { fmt.Fprintln(stderr, "watch:", err) })
	}()
	select {
	case <-ctx.Done():
	case err = <-served:
	case err = <-watched:
	}
	cancelWatch()
	srv.Close()
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if serr := hs.Shutdown(sctx); err == nil && serr != nil {
		err = serr
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	mu.Lock()
	defer mu.Unlock()
	summary{bn: "প্রিভিউ বন্ধ হলো", en: "Preview stopped"}.print(stdout, lang)
	return err
}

// previewBuild builds the site into memory, rereading site.yaml so that
// changes to it apply. cache carries what the last build made: only the
// pages whose data changed are rendered again.
// lang is the language of messages that this build's site.yaml chooses.
func previewBuild(f *siteFlags, cache *site.Cache) (files map[string][]byte, stats site.Stats, lang diag.Lang, err error) {
	src, err := f.load()
	if err != nil {
		return nil, site.Stats{}, diag.Both, err
	}
	lang = src.Config.MessageLang()
	var w serve.MemWriter
	stats, err = site.Build(src, site.Options{Drafts: true, Future: true, Preview: true, Cache: cache}, &w)
	if err != nil {
		return nil, stats, lang, err
	}
	return w.Files(), stats, lang, nil
}
