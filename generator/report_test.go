package main

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/sarakhon/digest/generator/diag"
	"github.com/sarakhon/digest/generator/site"
)

// TestHelp: -h lists every command on one line each; help COMMAND and
// COMMAND -h give that command's detail and flags.
func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"--help"}, {"help"}, {"help", "-h"}} {
		code, stdout, _ := runCLI(args...)
		if code != 0 {
			t.Errorf("%q: exit %d", args, code)
		}
		for _, c := range commands {
			if n := strings.Count(stdout, "\n  "+c.name+" "); n != 1 {
				t.Errorf("%q lists %s %d times:\n%s", args, c.name, n, stdout)
			}
		}
	}
	for _, c := range commands {
		code, stdout, _ := runCLI("help", c.name)
		_, flagsHelp, stderr := runCLI(c.name, "-h")
		if code != 0 || !strings.HasPrefix(stdout, "usage: generator "+c.name+" ") ||
			!strings.Contains(stdout, c.about) || !strings.Contains(stdout, "-site") {
			t.Errorf("help %s: exit %d\n%s", c.name, code, stdout)
		}
		if stderr != stdout || flagsHelp != "" {
			t.Errorf("%s -h printed %q on stdout and %q on stderr; want what help %s prints, on stderr", c.name, flagsHelp, stderr, c.name)
		}
	}
	if code, stdout, _ := runCLI("help", "publish"); code != 2 || !strings.Contains(stdout, `no command "publish"`) {
		t.Errorf("help publish: exit %d, %q", code, stdout)
	}
}

// TestSummaries counts in correct English and in Bengali, and serve's
// line says nothing of files written.
func TestSummaries(t *testing.T) {
	at := time.Date(2025, 10, 3, 9, 5, 7, 0, time.UTC)
	for _, tc := range []struct {
		stats  site.Stats
		bn, en string
	}{
		{site.Stats{Articles: 1, Tags: 1, Feeds: 1, Rendered: 1, Reused: 0, Took: 80 * time.Millisecond},
			"০৯:০৫:০৭ প্রিভিউ নতুন হলো: ১টি লেখা, ১টি হ্যাশট্যাগ, ১টি ফিড (১টি পাতা নতুন করে, ০টি পাতা আগের মতো) ০.০৮ সেকেন্ড",
			"09:05:07 preview updated: 1 article, 1 hashtag and 1 feed (1 page rendered, 0 reused) in 80ms"},
		{site.Stats{Articles: 2, Tags: 10, Feeds: 13, Rendered: 25, Reused: 14769, Took: 361 * time.Millisecond},
			"০৯:০৫:০৭ প্রিভিউ নতুন হলো: ২টি লেখা, ১০টি হ্যাশট্যাগ, ১৩টি ফিড (২৫টি পাতা নতুন করে, ১৪৭৬৯টি পাতা আগের মতো) ০.৩৬ সেকেন্ড",
			"09:05:07 preview updated: 2 articles, 10 hashtags and 13 feeds (25 pages rendered, 14769 reused) in 361ms"},
	} {
		s := rebuilt(tc.stats, at)
		if s.bn != tc.bn || s.en != tc.en {
			t.Errorf("got\n%s\n%s\nwant\n%s\n%s", s.bn, s.en, tc.bn, tc.en)
		}
	}
	s := built(site.Stats{Articles: 1, Tags: 2, Feeds: 3, Files: 1}, "/srv/digest/public", ".", false)
	for _, text := range []string{s.bn, s.en} {
		if !strings.Contains(text, "/srv/digest/public/") || !strings.HasSuffix(text, " serve") || strings.Contains(text, "1 articles") {
			t.Errorf("build summary %q", text)
		}
	}
	var b strings.Builder
	for _, lang := range []diag.Lang{diag.Both, diag.Bengali, diag.English} {
		s.print(&b, lang)
	}
	if want := s.bn + "\n" + s.en + "\n" + s.bn + "\n" + s.en + "\n"; b.String() != want {
		t.Errorf("printed in both, Bengali, English:\n%s", b.String())
	}
}

// TestWarningsOnce: serve prints a warning after the build that brings
// it, not again while it stays, and again when it comes back.
func TestWarningsOnce(t *testing.T) {
	w := func(name string) error {
		return &diag.Error{Path: name, Bn: "অজানা কী", Msg: "unknown key"}
	}
	var s said
	for i, tc := range []struct {
		warns []error
		want  string
	}{
		{[]error{w("a.md"), w("b.md")}, "a.md b.md"},
		{[]error{w("a.md"), w("b.md")}, ""},
		{[]error{w("b.md"), w("c.md")}, "c.md"},
		{[]error{}, ""},
		{[]error{w("b.md"), errors.New("static/x: not copied")}, "b.md static/x: not copied"},
	} {
		var got []string
		for _, e := range s.fresh(tc.warns) {
			var d *diag.Error
			if errors.As(e, &d) {
				got = append(got, d.Path)
			} else {
				got = append(got, e.Error())
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("build %d: printed %q, want %q", i+1, g, tc.want)
		}
	}
}

// TestMessagesSetting: messages: en and bn in site.yaml keep one
// language of the messages about content, and of the summary.
func TestMessagesSetting(t *testing.T) {
	for _, tc := range []struct{ lang, has, hasNot string }{
		{"en", "a.md:3: the value of title holds a colon", "কোলন"},
		{"bn", "a.md:3: title-এর লেখায় কোলন (:) আছে", "the value of title"},
		{"both", "a.md:3: title-এর লেখায় কোলন (:) আছে: পুরো লেখাটি উদ্ধৃতিচিহ্নে রাখুন: title: \"ল্যাভরভ: আলোচনা চলবে\"\n    the value of title holds a colon", "\x00"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			dir := copySite(t)
			writeFile(t, dir+"/site.yaml", "title: x\nsearch: false\nmessages: "+tc.lang+"\n")
			writeFile(t, dir+"/content/a.md", "---\ndate: 2025-10-03\ntitle: ল্যাভরভ: আলোচনা চলবে\n---\nলেখা\n")
			code, _, stderr := runCLI("build", "--site", dir, "--out", t.TempDir()+"/public")
			if code != 1 || !strings.Contains(stderr, tc.has) || strings.Contains(stderr, tc.hasNot) {
				t.Errorf("exit %d:\n%s", code, stderr)
			}
		})
	}
}
