// Package diag is the error type shared by the packages that read the
// site's files: a message about a file, at a line when it is known, printed
// as "path:line: message" so editors and editors' tools can jump to it.
//
// Messages about content (articles, front matter, encodings) are for
// editors, who read Bengali first: such an Error carries the Bengali text
// in Bn and the English in Msg, and prints both, Bengali first. Messages
// about code, templates and configuration carry only Msg. Localize keeps
// one language of each message when site.yaml asks for one.
package diag

import (
	"errors"
	"fmt"
	"strings"
)

// Error is a problem in a file. Line is 1-based and 0 when unknown; a
// problem with the raw bytes of a file (an invalid encoding) has no line
// but a byte Offset.
type Error struct {
	Path   string
	Line   int
	Offset int    // 0-based byte offset in the file, when Line is 0; 0 when unknown
	Msg    string // English; empty only in a Bengali copy made by Localize
	Bn     string // Bengali, for editors; "" for messages about code and templates
	Err    error  // the cause, when there is one (see Unwrap)
}

// Error formats the error as "path:line: message", or "path: byte N:
// message" for a problem at a byte offset. With a Bengali message it is
// "path:line: <Bengali>" and, on the next line, indented, the English.
func (e *Error) Error() string {
	return e.where() + ": " + e.text("")
}

// where is "path:line", "path: byte N", or the path alone when neither
// is known.
func (e *Error) where() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d", e.Path, e.Line)
	case e.Offset > 0:
		return fmt.Sprintf("%s: byte %d", e.Path, e.Offset)
	}
	return e.Path
}

// text is the message in the languages e holds, the English after
// enLabel when both are there.
func (e *Error) text(enLabel string) string {
	switch {
	case e.Bn == "":
		return e.Msg
	case e.Msg == "":
		return e.Bn
	}
	return e.Bn + "\n    " + enLabel + e.Msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Lang is the language, or languages, a message is printed in: the
// messages: key of site.yaml.
type Lang int

// The languages of messages. Messages without a Bengali text are printed
// in English whatever the choice.
const (
	Both    Lang = iota // Bengali, then English
	Bengali             // Bengali alone
	English             // English alone
)

// Localize returns err with every message in lang: each *Error leaf of
// err (see Leaves) is copied with the other language removed. Other
// errors are kept as they are. The copies keep their causes.
func Localize(err error, lang Lang) error {
	if err == nil || lang == Both {
		return err
	}
	leaves := Leaves(err)
	out := make([]error, len(leaves))
	for i, l := range leaves {
		out[i] = l
		var e *Error
		if !errors.As(l, &e) || e != l || e.Bn == "" {
			continue
		}
		c := *e
		if lang == English {
			c.Bn = ""
		} else {
			c.Msg = ""
		}
		out[i] = &c
	}
	if len(out) == 1 {
		return out[0]
	}
	return errors.Join(out...)
}

// Warning formats a warning for the terminal, labelled "warning:" before
// English and "সতর্কতা:" before Bengali:
//
//	সতর্কতা: content/a.md:4: <Bengali>
//	    warning: <English>
func Warning(err error) string {
	var e *Error
	if !errors.As(err, &e) || e != err || e.Bn == "" {
		return "warning: " + err.Error()
	}
	if e.Msg == "" {
		return "সতর্কতা: " + e.where() + ": " + e.Bn
	}
	return "সতর্কতা: " + e.where() + ": " + e.text("warning: ")
}

// Summary is the first line of an error's text: for an *Error, the place
// and the message in the first language it holds.
func Summary(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

// Leaves flattens errors joined with errors.Join (at any depth) into the
// list of single errors, in order, so that each can be printed on its own
// line or checked on its own.
func Leaves(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, Leaves(e)...)
		}
		return out
	}
	return []error{err}
}
