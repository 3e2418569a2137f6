package diag

import (
	"errors"
	"slices"
	"testing"
)

func TestLeaves(t *testing.T) {
	a := &Error{Path: "a.txt", Msg: "ফাঁকা ফাইল"}
	b := &Error{Path: "b.md", Line: 3, Msg: "তারিখ ভুল"}
	c := errors.New("c")
	got := Leaves(errors.Join(a, errors.Join(b, nil, c)))
	if !slices.Equal(got, []error{a, b, c}) {
		t.Errorf("Leaves = %v", got)
	}
	if Leaves(nil) != nil {
		t.Error("Leaves(nil) is not empty")
	}
	if b.Error() != "b.md:3: তারিখ ভুল" || a.Error() != "a.txt: ফাঁকা ফাইল" {
		t.Errorf("Error() = %q, %q", b.Error(), a.Error())
	}
}

func TestPlace(t *testing.T) {
	for _, tc := range []struct {
		e    *Error
		want string
	}{
		{&Error{Path: "content/a.txt", Line: 3, Msg: "control character U+0093"}, "content/a.txt:3: control character U+0093"},
		{&Error{Path: "content/a.txt", Offset: 22, Msg: "invalid UTF-8 on line 2"}, "content/a.txt: byte 22: invalid UTF-8 on line 2"},
		{&Error{Path: "content/a.txt", Line: 2, Offset: 22, Msg: "NUL byte"}, "content/a.txt:2: NUL byte"},
		{&Error{Path: "content/a.txt", Msg: "the file is empty"}, "content/a.txt: the file is empty"},
		{&Error{Path: "content/a.txt", Offset: 5, Bn: "ফাইলটি ইউনিকোডে নয়", Msg: "not UTF-8"}, "content/a.txt: byte 5: ফাইলটি ইউনিকোডে নয়\n    not UTF-8"},
	} {
		if got := tc.e.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
	}
}

func TestBilingual(t *testing.T) {
	cause := errors.New("yaml: line 1: mapping values are not allowed in this context")
	e := &Error{Path: "content/a.md", Line: 2,
		Bn:  "শিরোনামে কোলন (:) আছে: পুরো শিরোনাম উদ্ধৃতিচিহ্নে রাখুন",
		Msg: "the title holds a colon: put the whole title in quotes", Err: cause}
	want := "content/a.md:2: শিরোনামে কোলন (:) আছে: পুরো শিরোনাম উদ্ধৃতিচিহ্নে রাখুন\n    the title holds a colon: put the whole title in quotes"
	if e.Error() != want {
		t.Errorf("Error() = %q\nwant %q", e.Error(), want)
	}
	if !errors.Is(e, cause) {
		t.Error("the cause is not reachable with errors.Is")
	}
}

func TestLocalize(t *testing.T) {
	cause := errors.New("yaml: mapping values are not allowed in this context")
	colon := &Error{Path: "content/a.md", Line: 2, Bn: "শিরোনামে কোলন", Msg: "a colon in the title", Err: cause}
	tmpl := &Error{Path: "templates/base.html", Line: 3, Msg: "missing value for if"}
	plain := errors.New("feed failed")
	both := errors.Join(colon, errors.Join(tmpl, plain))
	for _, tc := range []struct {
		lang Lang
		want string
	}{
		{Both, "content/a.md:2: শিরোনামে কোলন\n    a colon in the title\ntemplates/base.html:3: missing value for if\nfeed failed"},
		{Bengali, "content/a.md:2: শিরোনামে কোলন\ntemplates/base.html:3: missing value for if\nfeed failed"},
		{English, "content/a.md:2: a colon in the title\ntemplates/base.html:3: missing value for if\nfeed failed"},
	} {
		if got := Localize(both, tc.lang).Error(); got != tc.want {
			t.Errorf("%d: %q\nwant %q", tc.lang, got, tc.want)
		}
	}
	if colon.Msg == "" || colon.Bn == "" {
		t.Error("Localize changed the error it was given")
	}
	if got := Localize(colon, English); !errors.Is(got, cause) || got.Error() != "content/a.md:2: a colon in the title" {
		t.Errorf("one error: %q", got)
	}
}

func TestWarning(t *testing.T) {
	w := &Error{Path: "content/a.md", Line: 4, Bn: "অজানা কী", Msg: "unknown key"}
	for _, tc := range []struct {
		err  error
		want string
	}{
		{w, "সতর্কতা: content/a.md:4: অজানা কী\n    warning: unknown key"},
		{Localize(w, Bengali), "সতর্কতা: content/a.md:4: অজানা কী"},
		{Localize(w, English), "warning: content/a.md:4: unknown key"},
		{errors.New("feed not found"), "warning: feed not found"},
	} {
		if got := Warning(tc.err); got != tc.want {
			t.Errorf("Warning = %q\nwant %q", got, tc.want)
		}
	}
}
