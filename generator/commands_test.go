package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sarakhon/digest/generator/content"
)

func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr strings.Builder
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// TestNewThenBuild starts an article with new, refuses to overwrite it,
// keeps it out of the site while it is a draft, refuses to publish its
// placeholder, and builds it once it is written.
func TestNewThenBuild(t *testing.T) {
	dir := copySite(t)
	code, stdout, stderr := runCmd(t, "new", "--site", dir, "পুতিনের ভারত সফর: নতুন দিল্লি")
	if code != 0 {
		t.Fatalf("new exited %d: %s", code, stderr)
	}
	p := strings.TrimSpace(stdout)
	if !strings.Contains(stderr, "খসড়া হিসেবে তৈরি হলো") || !strings.Contains(stderr, "set draft: false") {
		t.Errorf("new does not say that the article is a draft: %q", stderr)
	}
	today := time.Now().In(mustLoc(t, "Asia/Dhaka")).Format("2006-01-02")
	if want := filepath.Join(dir, "content", today+"-পুতিনের-ভারত-সফর-নতুন-দিল্লি.md"); p != want {
		t.Errorf("new printed %q, want %q", p, want)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"title: 'পুতিনের ভারত সফর: নতুন দিল্লি'", "date: \"" + today + "\"", "slug: পুতিনের-ভারত-সফর-নতুন-দিল্লি", "tags: []", "author: সারাক্ষণ ডেস্ক", "draft: true"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("new article lacks %q:\n%s", want, data)
		}
	}
	if code, _, stderr := runCmd(t, "new", "--site", dir, "পুতিনের ভারত সফর: নতুন দিল্লি"); code != 1 || !strings.Contains(stderr, "এই নামে একটি লেখা আগেই আছে") || !strings.Contains(stderr, "already exists") {
		t.Errorf("second new: exit %d, %q; want a refusal", code, stderr)
	}
	out := filepath.Join(t.TempDir(), "public")
	page := filepath.Join(out, "পুতিনের-ভারত-সফর-নতুন-দিল্লি", "index.html")
	if code, _, stderr := runCmd(t, "build", "--site", dir, "--out", out); code != 0 {
		t.Fatalf("build exited %d: %s", code, stderr)
	}
	if _, err := os.Stat(page); err == nil {
		t.Error("the draft was published")
	}

	published := strings.Replace(string(data), "draft: true", "draft: false", 1)
	writeFile(t, p, published)
	for _, cmd := range []string{"build", "check"} {
		code, _, stderr := runCmd(t, cmd, "--site", dir, "--out", out)
		if cmd == "check" {
			code, _, stderr = runCmd(t, cmd, "--site", dir)
		}
		if code != 1 || !strings.Contains(stderr, filepath.Base(p)+":9: এখানে এখনো নমুনা বাক্য") {
			t.Errorf("%s with the placeholder and draft: false: exit %d, %s", cmd, code, stderr)
		}
	}
	if _, err := os.Stat(page); err == nil {
		t.Error("the placeholder was published")
	}

	writeFile(t, p, strings.Replace(published, content.Placeholder, "ক্রেমলিন জানিয়েছে, ডিসেম্বরে পুতিন ভারতে আসবেন।", 1))
	if code, _, stderr := runCmd(t, "build", "--site", dir, "--out", out); code != 0 {
		t.Fatalf("build exited %d: %s", code, stderr)
	}
	if _, err := os.Stat(page); err != nil {
		t.Errorf("the written article was not built: %v", err)
	}
}

func mustLoc(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestCheck(t *testing.T) {
	dir := copySite(t)
	if code, stdout, stderr := runCmd(t, "check", "--site", dir); code != 0 || !strings.HasPrefix(stdout, "ঠিক আছে: ১টি লেখা") || !strings.Contains(stdout, "\nok: 1 article (") {
		t.Fatalf("check on the sample site: exit %d\n%s%s", code, stdout, stderr)
	}
	before := listFiles(t, dir)

	// The seed's title is derived from its first sentence (and the copy
	// has no date in its name): warnings, which --strict makes errors.
	if code, _, stderr := runCmd(t, "check", "--strict", "--site", dir); code != 1 ||
		!strings.Contains(stderr, "সতর্কতা: 000_99dac12b4235862c.txt:1: শিরোনাম নেই") || !strings.Contains(stderr, "count as errors") {
		t.Errorf("check --strict on the sample site: exit %d, want 1\n%s", code, stderr)
	}

	content := filepath.Join(dir, "content")
	writeFile(t, filepath.Join(content, "2025-10-08-bad-date.md"), "---\ntitle: ভুল তারিখ\ndate: 2025-13-40\n---\nলেখা\n")
	writeFile(t, filepath.Join(content, "2025-10-09-bad-link.md"),
		"---\ntitle: ভাঙা লিংক\ndate: 2025-10-09\nslug: bad-link\n---\nদেখুন [এটি](../no-such-page/) এবং [ওটি](/elsewhere/).\n\nআর [সেটি](../নেই/)।\n")
	code, _, stderr := runCmd(t, "check", "--site", dir)
	if code != 1 {
		t.Fatalf("check on a broken article: exit %d, want 1\n%s", code, stderr)
	}
	if !regexp.MustCompile(`(?m)^2025-10-08-bad-date\.md:3: `).MatchString(stderr) {
		t.Errorf("no file:line for the bad date:\n%s", stderr)
	}

	os.Remove(filepath.Join(content, "2025-10-08-bad-date.md"))
	code, _, stderr = runCmd(t, "check", "--site", dir)
	if code != 1 {
		t.Fatalf("check on a broken link: exit %d, want 1\n%s", code, stderr)
	}
	// A broken link in an article is the article's problem: its file and
	// the line the editor wrote it on, then where it shows.
	for _, re := range []string{
		`(?m)^2025-10-09-bad-link\.md:6: লিংক "\.\./no-such-page/" সাইটের কোনো পাতায় যায় না \(পাতা /bad-link/\): ঠিকানাটি ঠিক করুন বা লিংকটি মুছে দিন\n` +
			`    link "\.\./no-such-page/": no page or file /no-such-page/ in the build \(on the page /bad-link/, line \d+\)$`,
		`(?m)^2025-10-09-bad-link\.md:6: লিংক "/elsewhere/".*\n    link "/elsewhere/" leaves the site's base path`,
		`(?m)^2025-10-09-bad-link\.md:8: লিংক "\.\./নেই/".*\n    link "\.\./%E0%A6%A8%E0%A7%87%E0%A6%87/"`,
	} {
		if !regexp.MustCompile(re).MatchString(stderr) {
			t.Errorf("check output does not match %s:\n%s", re, stderr)
		}
	}

	os.Remove(filepath.Join(content, "2025-10-09-bad-link.md"))
	if after := listFiles(t, dir); after != before {
		t.Errorf("check wrote files:\nbefore %s\nafter  %s", before, after)
	}
	writeFile(t, filepath.Join(dir, "templates", "home.html"), `{{define "main"}}{{.NoSuchField}}{{end}}`)
	if code, _, stderr := runCmd(t, "check", "--site", dir); code != 1 {
		t.Errorf("check on a broken template: exit %d, want 1\n%s", code, stderr)
	}
}

func listFiles(t *testing.T, dir string) string {
	t.Helper()
	var names []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		names = append(names, p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(names, "\n")
}

func TestBuildQuietVerbose(t *testing.T) {
	dir := copySite(t)
	out := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := runCmd(t, "build", "--site", dir, "--out", out, "--quiet")
	if code != 0 || stdout != "" || stderr != "" {
		t.Errorf("build --quiet: exit %d, printed %q %q; want nothing", code, stdout, stderr)
	}
	code, stdout, stderr = runCmd(t, "build", "--site", dir, "--out", out, "--verbose")
	if code != 0 || !strings.Contains(stderr, "wrote index.html") || !strings.Contains(stdout, "built 1 article,") {
		t.Errorf("build --verbose: exit %d, printed %q %q", code, stdout, stderr)
	}
	if strings.Contains(stderr, "\r") {
		t.Errorf("progress line printed when stderr is not a terminal")
	}
}

// TestBuildCache builds with --cache twice: the second build renders no
// page and says so, and the cache folder may not overlap the output or
// a source folder.
func TestBuildCache(t *testing.T) {
	dir := copySite(t)
	out := filepath.Join(t.TempDir(), "public")
	for i, want := range []string{" pages rendered, 0 reused", ", 0 pages rendered, "} {
		code, stdout, stderr := runCmd(t, "build", "--site", dir, "--out", out, "--cache", ".cache/digest")
		if code != 0 || !strings.Contains(stdout, want) {
			t.Errorf("build %d with --cache: exit %d, printed %q %q; want %q", i+1, code, stdout, stderr, want)
		}
		if strings.Contains(stderr, "build cache") {
			t.Errorf("build %d with --cache: %s", i+1, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, ".cache", "digest", "digest-cache.index")); err != nil {
		t.Errorf("no cache in the site folder: %v", err)
	}
	for _, bad := range []string{filepath.Join(out, "cache"), "static/cache", "content", "."} {
		code, _, stderr := runCmd(t, "build", "--site", dir, "--out", out, "--cache", bad)
		if code != 1 || !strings.Contains(stderr, "cache folder") {
			t.Errorf("build --cache %s: exit %d, %q; want a refusal", bad, code, stderr)
		}
	}
}

// TestBuildCacheUnusable checks that a cache folder that cannot be made
// is a warning, and the site is still built.
func TestBuildCacheUnusable(t *testing.T) {
	dir := copySite(t)
	out := filepath.Join(t.TempDir(), "public")
	blocker := filepath.Join(dir, "not-a-folder")
	writeFile(t, blocker, "a file where the cache folder's parent should be\n")
	code, stdout, stderr := runCmd(t, "build", "--site", dir, "--out", out, "--cache", "not-a-folder/cache")
	if code != 0 || !strings.Contains(stderr, "build cache") || !strings.Contains(stdout, "built 1 article") {
		t.Errorf("build with an unusable cache: exit %d, printed %q %q; want the site built and a warning", code, stdout, stderr)
	}
}
