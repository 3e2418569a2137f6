package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/sarakhon/digest/generator/config"
	"github.com/sarakhon/digest/generator/diag"
	"github.com/sarakhon/digest/generator/gitdate"
	"github.com/sarakhon/digest/generator/site"
)

// siteFlags are the flags shared by the commands that read a site.
type siteFlags struct {
	dir, out, baseURL, cache string
	drafts, future           bool
	// git and slugs, when not nil, keep what git history says between
	// loads (serve).
	git   *gitdate.Cache
	slugs *slugCache
}

// registerSite adds --site, the flag of every command that reads a site.
func (f *siteFlags) registerSite(fs *flagSet) {
	fs.StringVar(&f.dir, "site", ".", "folder holding site.yaml, content/, templates/ and static/")
}

// registerBaseURL adds --base-url.
func (f *siteFlags) registerBaseURL(fs *flagSet) {
	fs.StringVar(&f.baseURL, "base-url", "", "absolute URL the site is served from (overrides baseURL:)")
}

// register adds the flags of build.
func (f *siteFlags) register(fs *flagSet) {
	f.registerSite(fs)
	fs.StringVar(&f.out, "out", "", "output folder (overrides output: in site.yaml)")
	fs.StringVar(&f.cache, "cache", "", "folder that keeps what the next build reuses (overrides cache: in site.yaml)")
	f.registerBaseURL(fs)
	fs.BoolVar(&f.drafts, "drafts", false, "include drafts")
	fs.BoolVar(&f.future, "future", false, "include articles dated in the future")
}

// load reads site.yaml and opens the site's folders.
func (f *siteFlags) load() (site.Source, error) {
	path := filepath.Join(f.dir, "site.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		return site.Source{}, fmt.Errorf("%s: %w (run the generator in the site folder or pass --site DIR)", path, err)
	}
	var opts []config.Option
	if f.baseURL != "" {
		opts = append(opts, config.WithBaseURL(f.baseURL))
	}
	if f.out != "" {
		opts = append(opts, config.WithOutput(f.out))
	}
	if f.cache != "" {
		opts = append(opts, config.WithCache(f.cache))
	}
	cfg, err := config.Parse(path, data, opts...)
	if err != nil {
		return site.Source{}, err
	}
	if f.out == "" {
		if err := confineOutput(path, f.dir, cfg); err != nil {
			return site.Source{}, err
		}
	}
	src := site.Source{Config: cfg}
	for _, d := range []struct {
		name string
		fsys *fs.FS
	}{{"content", &src.Content}, {"templates", &src.Templates}, {"static", &src.Static}} {
		root, err := openSource(f.dir, d.name)
		if err != nil {
			if d.name == "static" && errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return site.Source{}, err
		}
		*d.fsys = root.FS()
	}
	contentDir := filepath.Join(f.dir, "content")
	var hist gitdate.History
	if f.git != nil {
		hist = f.git.Read(contentDir)
	} else {
		hist = gitdate.Read(contentDir)
	}
	src.GitDates = hist.Dates
	if f.slugs != nil {
		src.FirstSlugs = f.slugs.firstSlugs(contentDir, hist.Blobs)
	} else {
		src.FirstSlugs = firstSlugs(contentDir, hist.Blobs)
	}
	return src, nil
}

// openSource opens the site's source folder name (content, templates,
// static) as a root, through which no link inside it leads out. The
// folder itself may be a symbolic link only to a folder inside the site:
// static -> ~ would publish .ssh/.
func openSource(dir, name string) (*os.Root, error) {
	p := filepath.Join(dir, name)
	if fi, err := os.Lstat(p); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		siteDir, err := filepath.Abs(dir)
		if err != nil {
			return nil, err
		}
		real, siteReal := site.RealPath(filepath.Join(siteDir, name)), site.RealPath(siteDir)
		if !inside(real, siteReal) {
			return nil, &diag.Error{
				Path: p,
				Bn:   fmt.Sprintf("%s ফোল্ডারটি একটি সিম্বলিক লিংক, যা সাইটের ফোল্ডারের বাইরে %s-এ যায়; সেখানে যা আছে তা সাইটে প্রকাশ হয়ে যেতে পারত। ফোল্ডারটি সাইটের ফোল্ডারের ভেতরে এনে রাখুন।", name, real),
				Msg:  fmt.Sprintf("%s/ is a symbolic link to %s, outside the site folder %s: a build would read (and for static/, publish) whatever is there; move that folder into the site folder, or replace the link with a copy", name, real, siteReal),
			}
		}
	}
	root, err := os.OpenRoot(p)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return root, nil
}

// inside reports whether path lies inside dir and is not dir itself.
func inside(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != "." && filepath.IsLocal(rel)
}

// outPath is the absolute output folder: output as given, or taken from
// the site folder dir when relative.
func outPath(dir, output string) (string, error) {
	if !filepath.IsAbs(output) {
		output = filepath.Join(dir, output)
	}
	return filepath.Abs(output)
}

// confineOutput refuses an output: in site.yaml that leaves the folder
// holding the site folder. A build replaces its output folder whole, and
// site.yaml travels with the site (a pull request may change it), so it
// may name public or ../digest-out but never ../../.ssh/id_ed25519, nor a
// symbolic link that leads there; --out, typed by whoever builds, is not
// confined.
func confineOutput(yamlPath, dir string, cfg *config.Config) error {
	out, err := outPath(dir, cfg.Output)
	if err != nil {
		return err
	}
	siteDir, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	parent, real := filepath.Dir(siteDir), site.RealPath(out)
	if inside(real, site.RealPath(parent)) {
		return nil
	}
	return &diag.Error{
		Path: yamlPath, Line: cfg.OutputLine,
		Bn:  fmt.Sprintf("output: %q সাইটের ফোল্ডার যে ফোল্ডারে আছে (%s) তার বাইরে চলে যায়। প্রতিটি বিল্ড আউটপুট ফোল্ডারটি পুরো মুছে নতুন করে লেখে, তাই site.yaml-এ public বা ../digest-out-এর মতো কাছের ফোল্ডারই লিখুন; অন্য কোথাও লিখতে হলে কমান্ড লাইনে --out DIR দিন।", cfg.Output, parent),
		Msg: fmt.Sprintf("output %q is %s, outside %s (the folder that holds the site): a build replaces its output folder whole, so site.yaml may only name a folder inside or beside the site folder, such as public or ../digest-out; to build elsewhere, pass --out DIR on the command line", cfg.Output, real, parent),
	}
}

// outDir returns the absolute output folder after the safety checks.
func (f *siteFlags) outDir(cfg *config.Config, force bool) (string, error) {
	out, err := outPath(f.dir, cfg.Output)
	if err != nil {
		return "", err
	}
	siteDir, err := filepath.Abs(f.dir)
	if err != nil {
		return "", err
	}
	var sources []string
	for _, d := range []string{"content", "templates", "static", "generator", ".git"} {
		sources = append(sources, filepath.Join(siteDir, d))
	}
	return out, site.CheckOutput(out, siteDir, sources, force)
}

// cacheDir returns the absolute build cache folder, "" for none: cache:
// in site.yaml or --cache, relative to the site folder like output:. It
// must not overlap the output folder, which a build replaces whole, nor a
// source folder (static/ is published).
func (f *siteFlags) cacheDir(cfg *config.Config, out string) (string, error) {
	if cfg.Cache == "" {
		return "", nil
	}
	dir, err := outPath(f.dir, cfg.Cache)
	if err != nil {
		return "", err
	}
	siteDir, err := filepath.Abs(f.dir)
	if err != nil {
		return "", err
	}
	real := site.RealPath(dir)
	for _, p := range []string{out, siteDir, filepath.Join(siteDir, "content"), filepath.Join(siteDir, "templates"), filepath.Join(siteDir, "static")} {
		rp := site.RealPath(p)
		if p == siteDir {
			if real == rp {
				return "", fmt.Errorf("cache folder %s is the site folder: choose a folder such as .cache/digest inside it", dir)
			}
			continue
		}
		if real == rp || inside(real, rp) || inside(rp, real) {
			return "", fmt.Errorf("cache folder %s overlaps %s: choose a folder such as .cache/digest in the site folder", dir, p)
		}
	}
	return dir, nil
}

// weigh adds up the folder w writes to, search index included, and holds
// it against the budget of site.yaml: a warning past 80 %, an error (and
// the old site stays) past 100 %.
func (f *siteFlags) weigh(w site.Writer, cfg *config.Config, stats *site.Stats) error {
	d, ok := w.(interface{ Dir() string })
	if !ok {
		return nil
	}
	weight, err := site.Weigh(d.Dir(), stats.Sources)
	if err != nil {
		return err
	}
	stats.Output = &weight
	warn, err := weight.Check(cfg.Budget, filepath.Join(f.dir, "site.yaml"))
	if warn != nil {
		stats.Warnings = append(stats.Warnings, warn)
	}
	return err
}

func cmdBuild(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("build", stderr)
	var f siteFlags
	f.register(fs)
	force := fs.Bool("force", false, "replace an output folder this generator did not create")
	quiet := fs.Bool("quiet", false, "print only errors")
	verbose := fs.Bool("verbose", false, "print every file written")
	if err := parseFlags(fs.FlagSet, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("build takes no arguments, got %q", fs.Args())}
	}
	src, err := f.load()
	if err != nil {
		return err
	}
	out, err := f.outDir(src.Config, *force)
	if err != nil {
		return err
	}
	cacheDir, err := f.cacheDir(src.Config, out)
	if err != nil {
		return err
	}
	var stats site.Stats
	var cache *site.Cache
	var saved chan error // the outcome of cache.Save
	var notes []error
	err = site.WriteDir(out, func(w site.Writer) error {
		var err error
		p := newProgress(w, stderr, *verbose && !*quiet, !*quiet && isTerminal(stderr))
		// The articles' HTML waits beside the output folder, on the same disk.
		opts := site.Options{Drafts: f.drafts, Future: f.future, SpillDir: filepath.Dir(out)}
		if cacheDir != "" {
			// Opened here, where the output folder is locked. A cache
			// that cannot be used does not stop a publish.
			c, note, err := site.OpenCache(cacheDir)
			if note = errors.Join(note, err); note != nil {
				notes = append(notes, note)
			}
			if c != nil {
				cache, opts.Cache = c, c
			}
		}
		stats, err = site.Build(src, opts, p)
		stats.Warnings = append(notes, stats.Warnings...)
		p.finish()
		if err == nil {
			err = f.weigh(w, src.Config, &stats)
		}
		if err == nil && cache != nil {
			// Written while the new site is swapped in and the old one
			// removed: see site.Cache.Save.
			saved = make(chan error, 1)
			go func() { saved <- cache.Save() }()
		}
		return err
	})
	if left := (*site.LeftoverError)(nil); errors.As(err, &left) {
		stats.Warnings, err = append(stats.Warnings, err), nil
	}
	if saved != nil {
		if serr := <-saved; serr != nil {
			stats.Warnings = append(stats.Warnings, serr)
		}
	}
	if cache != nil {
		cache.Close()
	}
	lang := src.Config.MessageLang()
	if !*quiet {
		printWarnings(stderr, stats.Warnings, lang)
	}
	if err != nil {
		return diag.Localize(err, lang)
	}
	if !*quiet {
		built(stats, out, f.dir, cache != nil).print(stdout, lang)
	}
	return nil
}
