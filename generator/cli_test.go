package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sarakhon/digest/generator/config"
)

// seedPath is the real sample article in the fixture site.
const seedPath = "testdata/site/content/000_99dac12b4235862c.txt"

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestBuildCommand(t *testing.T) {
	dir := copySite(t)
	out := filepath.Join(dir, "site-out")
	code, stdout, stderr := runCLI("build", "--site", dir, "--out", out, "--base-url", "https://user.github.io/repo")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// Both languages, the default of messages:, with where the site is
	// and how to look at it.
	for _, want := range []string{
		"তৈরি হলো: ১টি লেখা, ১০টি হ্যাশট্যাগ, ১৪টি ফিড, " + out + "/ ফোল্ডারে ",
		"\nbuilt 1 article, 10 hashtags and 14 feeds into " + out + "/ (",
		"run: go run ./generator serve --site " + dir + "\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary %q lacks %q", stdout, want)
		}
	}
	home, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(home), `href="/repo/css/site.css"`) {
		t.Error("--base-url path not used in links")
	}
}

func TestExitStatus(t *testing.T) {
	dir := copySite(t)
	os.WriteFile(filepath.Join(dir, "content", "empty.txt"), nil, 0o644)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"build", "--nope"}, 2, "flag provided but not defined"},
		{[]string{"build", "extra"}, 2, "takes no arguments"},
		{[]string{"convert"}, 2, "at least one"},
		{[]string{"build", "--site", t.TempDir()}, 1, "site.yaml"},
		{[]string{"build", "--site", dir, "--base-url", "not a url"}, 1, "--base-url"},
		{[]string{"build", "--site", dir}, 1, "empty.txt"},
		{[]string{"build", "--site", dir, "--out", filepath.Join(dir, "content")}, 1, "overlaps"},
		{[]string{"convert", "missing.txt"}, 1, "missing.txt"},
	} {
		code, _, stderr := runCLI(tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tc.args, code, stderr, tc.code, tc.want)
		}
	}
}

func TestConvertPrints(t *testing.T) {
	code, stdout, stderr := runCLI("convert", "--site", "testdata/site", seedPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"---\ntitle: ", "author: সারাক্ষণ রিপোর্ট", "## ডিসেম্বরেই পুতিনের সফরের সম্ভাবনা"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestConvertWrite(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	txt := filepath.Join(dir, "2025-10-03-putin.txt")
	os.WriteFile(txt, seed, 0o644)
	code, stdout, stderr := runCLI("convert", "--site", dir, "--write", txt)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	md := filepath.Join(dir, "2025-10-03-putin.md")
	if strings.TrimSpace(stdout) != md {
		t.Errorf("printed %q, want the new file's path", stdout)
	}
	if _, err := os.Stat(txt); err == nil {
		t.Error("the .txt was kept without --keep")
	}
	data, _ := os.ReadFile(md)
	if !strings.Contains(string(data), "date: 2025-10-03T12:00:00+06:00") {
		t.Errorf("the date from the file name is not stamped:\n%s", data)
	}

	// never overwrite: a second conversion of the same name fails and
	// keeps both files
	os.WriteFile(txt, seed, 0o644)
	code, _, stderr = runCLI("convert", "--site", dir, "--write", txt)
	if code != 1 || !strings.Contains(stderr, "already exists") {
		t.Errorf("exit %d, %q: want a refusal to overwrite", code, stderr)
	}
	if _, err := os.Stat(txt); err != nil {
		t.Error("the .txt was removed although nothing was written")
	}

	keep := filepath.Join(dir, "2025-10-04-keep.txt")
	os.WriteFile(keep, seed, 0o644)
	if code, _, stderr := runCLI("convert", "--site", dir, "--write", "--keep", keep); code != 0 {
		t.Fatal(stderr)
	}
	if _, err := os.Stat(keep); err != nil {
		t.Error("--keep removed the .txt")
	}
}

// TestConvertWriteNewsroomFile converts a file as newsrooms send it (issue
// 12): the Markdown keeps kicker, dateline and caption, reads back
// verified, takes its date from a file name in Bengali digits, and the
// guesses are printed as warnings.
func TestConvertWriteNewsroomFile(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "২০২৫-১০-১২-চীন.txt")
	os.WriteFile(txt, []byte("কূটনীতি\n*ঢাকা-বেইজিং সম্পর্কে নতুন অধ্যায়*\nছবি: পিআইডি\nকূটনৈতিক প্রতিবেদক\n"+
		"ঢাকা, ১২ অক্টোবর (বাসস) : চীনের পররাষ্ট্রমন্ত্রী রোববার ঢাকায় এসেছেন।\n#চীন\n"), 0o644)
	code, _, stderr := runCLI("convert", "--site", dir, "--write", txt)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n := strings.Count(stderr, "২০২৫-১০-১২-চীন.txt:"); n != 4 {
		t.Errorf("%d warnings, want 4 (kicker, caption, byline, dateline):\n%s", n, stderr)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "২০২৫-১০-১২-চীন.md"))
	for _, want := range []string{"kicker: কূটনীতি\n", "date: 2025-10-12T12:00:00", "author: কূটনৈতিক প্রতিবেদক\n",
		"dateline: 'ঢাকা, ১২ অক্টোবর (বাসস) :'\n", "caption: 'ছবি: পিআইডি'\n", "\nচীনের পররাষ্ট্রমন্ত্রী"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the Markdown lacks %q:\n%s", want, data)
		}
	}
}

// TestConvertWriteKeepsEdits: an edit saved while `convert --write` runs
// is never lost. It used to remove the .txt even when it had changed
// since it was read (issue 13: 17 edits of 200 lost); now the .txt goes
// only if it still holds what was converted.
func TestConvertWriteKeepsEdits(t *testing.T) {
	version := func(k int) []byte {
		return fmt.Appendf(nil, "পুতিনের ভারত সফর\nক্রেমলিন জানিয়েছে, সংস্করণ %d।\n", k)
	}
	lost := 0
	for range 100 {
		dir := t.TempDir()
		txt := filepath.Join(dir, "2025-10-03-edit.txt")
		os.WriteFile(txt, version(0), 0o644)
		done, last := make(chan struct{}), make(chan int)
		go func() { // the editor, saving again and again
			for k := 1; ; k++ {
				select {
				case <-done:
					last <- k - 1
					return
				default:
					os.WriteFile(txt, version(k), 0o644)
				}
			}
		}()
		runCLI("convert", "--site", dir, "--write", txt)
		close(done)
		k := <-last
		want := fmt.Sprintf("সংস্করণ %d।", k)
		if data, err := os.ReadFile(txt); err == nil {
			if !bytes.Contains(data, []byte(want)) {
				t.Errorf("the .txt holds %q, want the last save, %s", data, want)
			}
			continue
		}
		md, _ := os.ReadFile(filepath.Join(dir, "2025-10-03-edit.md"))
		if !bytes.Contains(md, []byte(want)) {
			lost++
		}
		if leftovers, _ := filepath.Glob(filepath.Join(dir, ".convert*")); len(leftovers) > 0 {
			t.Errorf("left behind: %q", leftovers)
		}
	}
	if lost > 0 {
		t.Errorf("%d of 100 edits lost: the .txt was removed after it changed", lost)
	}
}

// TestBuildBudget checks the weight in the summary line and the budget:
// a warning past 80 %, an error past 100 % that leaves the old site.
func TestBuildBudget(t *testing.T) {
	dir := copySite(t)
	yaml, err := os.ReadFile(filepath.Join(dir, "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "site-out")
	build := func(budget string) (int, string, string) {
		writeFile(t, filepath.Join(dir, "site.yaml"), strings.Replace(string(yaml), "search: true", "search: false", 1)+budget)
		return runCLI("build", "--site", dir, "--out", out)
	}
	code, stdout, stderr := build("")
	if code != 0 || strings.Contains(stderr, "budget") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var num, unit string
	var files int
	if _, err := fmt.Sscanf(stdout[strings.Index(stdout, "output: "):], "output: %s %s in %d files", &num, &unit, &files); err != nil {
		t.Fatalf("summary line %q: %v", stdout, err)
	}
	bytes, err := config.ParseSize(num + unit)
	if err != nil {
		t.Fatal(err)
	}
	size := float64(bytes) / 1000 // KB
	var onDisk int
	filepath.WalkDir(out, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() != ".digest-output" { // the marker comes after the build
			onDisk++
		}
		return nil
	})
	if files != onDisk || size <= 0 {
		t.Errorf("summary says %.1f KB in %d files; the folder has %d files", size, files, onDisk)
	}

	budget := fmt.Sprintf("budget: %.0fB\n", size*1000/0.9) // 90 % of it
	code, _, stderr = build(budget)
	if code != 0 || !strings.Contains(stderr, "warning: ") || !strings.Contains(stderr, "90% of its budget") ||
		!strings.Contains(stderr, "বাজেটের") || !strings.Contains(stderr, "the heaviest: other files") {
		t.Errorf("at 90 %% of the budget: exit %d, stderr %q; want a warning naming the heaviest kinds", code, stderr)
	}

	os.WriteFile(filepath.Join(out, "marker"), []byte("old"), 0o644)
	code, _, stderr = build(fmt.Sprintf("budget: %.0fB\n", size*1000/2))
	if code != 1 || !strings.Contains(stderr, "was not published") {
		t.Errorf("past the budget: exit %d, stderr %q; want an error", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "marker")); err != nil {
		t.Errorf("past the budget the old site must stay: %v", err)
	}
}
