// Package diag is the error type shared by the packages that read the
// site's files: a message about a file, at a line when it is known, printed
// as "path:line: message" so editors and editors' tools can jump to it.
//
// Messages about content (articles, front matter, encodings) are for
// editors, who read Bengali first: such an Error carries the Bengali text
// in Bn and the English in Msg, and prints both, Bengali first. Messages
// about code, templates and configuration carry only Msg.
package diag

import "fmt"

// Error is a problem in a file. Line is 0 when unknown.
type Error struct {
	Path string
	Line int
	Msg  string // English; always set
	Bn   string // Bengali, for editors; "" for messages about code and templates
	Err  error  // the cause, when there is one (see Unwrap)
}

// Error formats the error as "path:line: message". With a Bengali message
// it is "path:line: <Bengali>" and, on the next line, indented, the
// English.
func (e *Error) Error() string {
	where := e.Path
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d", e.Path, e.Line)
	}
	if e.Bn != "" {
		return where + ": " + e.Bn + "\n    " + e.Msg
	}
	return where + ": " + e.Msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

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
