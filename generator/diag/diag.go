// Package diag is the error type shared by the packages that read the
// site's files: a message about a file, at a line when it is known, printed
// as "path:line: message" so editors and editors' tools can jump to it.
package diag

import "fmt"

// Error is a problem in a file. Line is 0 when unknown.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
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
