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
