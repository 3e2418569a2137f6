package content

import (
	"fmt"
	"unicode"

	"github.com/sarakhon/digest/generator/bangla"
)

// invisible returns the first invisible formatting character of s: a
// Unicode format character (category Cf) such as RIGHT-TO-LEFT OVERRIDE
// (U+202E), LEFT-TO-RIGHT ISOLATE (U+2066) or a tag character (U+E0000
// to U+E007F). Such a character shows nothing, but can make a headline
// read in another order than it is written, or two tags look alike that
// are not. ZWJ and ZWNJ are Cf too, but Bengali spelling needs them
// (ক্‌ষ), so they are not counted; the zero-width space, soft hyphen and
// byte-order mark never get here: reading the file removes them, with a
// warning of its own (package convert).
func invisible(s string) (rune, bool) {
	for _, r := range s {
		if unicode.Is(unicode.Cf, r) && r != bangla.ZWJ && r != bangla.ZWNJ {
			return r, true
		}
	}
	return 0, false
}

// invisibles warns about invisible formatting characters in a's title
// and tags: a guess (a pasted headline may carry one harmlessly), so a
// warning, never an error.
func invisibles(a *Article) []error {
	var warns []error
	if r, ok := invisible(a.Title); ok {
		warns = append(warns, &Error{Path: a.Path, Line: a.TitleLine,
			Bn:  fmt.Sprintf("শিরোনামে অদৃশ্য অক্ষর U+%04X: এটি লেখাকে অন্য ক্রমে দেখাতে পারে। অক্ষরটি মুছে দিন।", r),
			Msg: fmt.Sprintf("the title holds the invisible character U+%04X, which can make it show in another order than it is written: delete it", r)})
	}
	for _, tag := range a.Tags {
		if r, ok := invisible(tag); ok {
			warns = append(warns, &Error{Path: a.Path, Line: a.TagsLine,
				Bn:  fmt.Sprintf("ট্যাগ %q-তে অদৃশ্য অক্ষর U+%04X: এটি দেখতে আরেকটি ট্যাগের মতো হতে পারে। অক্ষরটি মুছে দিন।", tag, r),
				Msg: fmt.Sprintf("tag %q holds the invisible character U+%04X, which can make it look like another tag: delete it", tag, r)})
		}
	}
	return warns
}
