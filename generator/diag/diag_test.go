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
