package site

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"text/template/parse"
)

// A page's fingerprint (pageKey) covers what the schema pages covers
// (see follow): the article's neighbours and related articles, but not
// theirs; a tag, but not its list of articles. checkReach proves that
// the templates read nothing beyond that, by following the fields they
// name through with, range, variables and template calls (template and
// cached). When it cannot prove it, a build with a Cache reuses no page,
// so that a template such as {{with .Article.Prev}}{{.Prev.Title}}{{end}}
// is never served stale, and neither is one reading a field the schema
// does not cover.

// reach is what a template value is, as far as the fingerprint goes: a
// value in one of the schema's states, or leaf or unknown.
type reach = *state

var (
	leaf    = &state{name: "leaf"}    // plain data, whole in the fingerprint: text, numbers, times, the site, pagers
	unknown = &state{name: "unknown"} // a value the check cannot follow
)

// checkReach parses the templates as render.Parse combines them (base.html,
// partials/*.html and one file per page kind) and returns an error naming
// the first place that reads beyond the fingerprint of render.Page.
func checkReach(templates fs.FS) error { return pages.check(templates) }

// check is checkReach for pages of the schema's root type.
func (sc *schema) check(templates fs.FS) error {
	common := map[string]string{}
	partials, _ := fs.Glob(templates, "partials/*.html")
	for _, p := range append([]string{"base.html"}, partials...) {
		src, err := fs.ReadFile(templates, p)
		if err != nil {
			return err
		}
		common[p] = string(src)
	}
	for _, k := range templateKinds() {
		kind := k.Name
		src, err := fs.ReadFile(templates, kind+".html")
		if k.Optional && errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		trees := map[string]*parse.Tree{}
		files := maps.Clone(common)
		files[kind+".html"] = string(src)
		for _, name := range append(append([]string{"base.html"}, partials...), kind+".html") {
			t := parse.New(name)
			t.Mode = parse.SkipFuncCheck
			if _, err := t.Parse(files[name], "", "", trees); err != nil {
				return err
			}
		}
		w := &walker{trees: trees, done: map[string]bool{}}
		w.call("base.html", sc.root)
		if w.err != nil {
			return w.err
		}
	}
	return nil
}

// walker follows the values of one set of templates.
type walker struct {
	trees map[string]*parse.Tree
	done  map[string]bool // template name and reach of dot, walked already
	tree  *parse.Tree     // being walked, for positions
	err   error
}

func (w *walker) call(name string, dot reach) {
	t := w.trees[name]
	k := name + "/" + dot.name
	if t == nil || t.Root == nil || w.done[k] {
		return
	}
	w.done[k] = true
	outer := w.tree
	w.tree = t
	w.list(t.Root, dot, map[string]reach{"$": dot})
	w.tree = outer
}

func (w *walker) fail(n parse.Node, what string) {
	if w.err == nil {
		loc, _ := w.tree.ErrorContext(n)
		w.err = fmt.Errorf("templates/%s: %s reads data that serve's rebuild cache does not track; every page is rendered on every change", loc, what)
	}
}

func (w *walker) list(l *parse.ListNode, dot reach, vars map[string]reach) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			w.pipe(n.Pipe, dot, vars)
		case *parse.IfNode:
			w.pipe(n.Pipe, dot, vars)
			w.scope(n.List, dot, vars)
			w.scope(n.ElseList, dot, vars)
		case *parse.WithNode:
			inner := copyVars(vars)
			w.scope(n.List, w.pipe(n.Pipe, dot, inner), inner)
			merge(vars, inner)
			w.scope(n.ElseList, dot, vars)
		case *parse.RangeNode:
			inner := copyVars(vars)
			r := w.pipe(n.Pipe, dot, inner)
			if d := n.Pipe.Decl; len(d) > 0 {
				inner[d[len(d)-1].Ident[0]] = r // range $i, $e := …: $e is an element
				if len(d) > 1 {
					inner[d[0].Ident[0]] = leaf
				}
			}
			w.scope(n.List, r, inner)
			merge(vars, inner)
			w.scope(n.ElseList, dot, vars)
		case *parse.TemplateNode:
			arg := leaf
			if n.Pipe != nil {
				arg = w.pipe(n.Pipe, dot, vars)
			}
			w.call(n.Name, arg)
		}
	}
}

// scope walks l with variables declared in it dropped afterwards and
// assignments to outer ones kept.
func (w *walker) scope(l *parse.ListNode, dot reach, vars map[string]reach) {
	inner := copyVars(vars)
	w.list(l, dot, inner)
	merge(vars, inner)
}

func copyVars(vars map[string]reach) map[string]reach { return maps.Clone(vars) }

// merge makes an outer variable unknown when an inner scope assigned it
// something else.
func merge(outer, inner map[string]reach) {
	for k, v := range outer {
		if inner[k] != v {
			outer[k] = unknown
		}
	}
}

// pipe returns the reach of a pipeline's value and records its variables.
func (w *walker) pipe(p *parse.PipeNode, dot reach, vars map[string]reach) reach {
	r, piped := leaf, false
	for _, c := range p.Cmds {
		r = w.command(c, dot, vars, r, piped)
		piped = true
	}
	for _, v := range p.Decl {
		name := v.Ident[0]
		if old, ok := vars[name]; ok && p.IsAssign && old != r {
			r = unknown
		}
		vars[name] = r
	}
	return r
}

func (w *walker) command(c *parse.CommandNode, dot reach, vars map[string]reach, prev reach, piped bool) reach {
	fn, ok := c.Args[0].(*parse.IdentifierNode)
	if !ok {
		return w.arg(c.Args[0], dot, vars)
	}
	var args []reach
	for _, a := range c.Args[1:] {
		args = append(args, w.arg(a, dot, vars))
	}
	if piped {
		args = append(args, prev)
	}
	switch fn.Ident {
	case "index", "slice":
		if len(args) > 0 {
			return args[0]
		}
	case "and", "or":
		for _, a := range args[1:] {
			if a != args[0] {
				return unknown
			}
		}
		if len(args) > 0 {
			return args[0]
		}
	case "cached":
		// {{cached "name" data}} executes the template name with data.
		var name *parse.StringNode
		if len(c.Args) > 1 {
			name, _ = c.Args[1].(*parse.StringNode)
		}
		if name == nil || len(args) != 2 {
			w.fail(c, "cached without a constant template name and one value")
			break
		}
		w.call(name.Text, args[1])
		return leaf
	case "call":
		return unknown
	}
	// The other functions return text, numbers or booleans; those given
	// the page, an article or a tag must read no more of it than its
	// state covers.
	for _, a := range args {
		if a != leaf && !slices.Contains(nodeFuncs, fn.Ident) {
			w.fail(c, "passing "+a.name+" data to "+fn.Ident+", which")
			break
		}
	}
	return leaf
}

// nodeFuncs are the template functions that may be given a value in one
// of the schema's states: the built-in ones that read no field of it
// (len, eq, not…, and print, whose pointers print as addresses) and ours
// that read only the page and its article's own fields (jsonld and image,
// in render/meta.go).
var nodeFuncs = []string{"len", "eq", "ne", "not", "and", "or", "print", "printf", "println", "jsonld", "image"}

// arg returns the reach of one operand, failing on a field beyond the
// fingerprint.
func (w *walker) arg(n parse.Node, dot reach, vars map[string]reach) reach {
	switch n := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		return w.fields(n, dot, "", n.Ident)
	case *parse.VariableNode:
		r, ok := vars[n.Ident[0]]
		if !ok {
			r = unknown
		}
		return w.fields(n, r, n.Ident[0], n.Ident[1:])
	case *parse.ChainNode:
		return w.fields(n, w.arg(n.Node, dot, vars), "(…)", n.Field)
	case *parse.PipeNode:
		return w.pipe(n, dot, copyVars(vars))
	}
	return leaf
}

// fields follows the field names from a value of reach r, written base
// in errors. A name that is neither a covered field nor a covered method
// of r's type fails: the fingerprint does not know what it reads.
func (w *walker) fields(n parse.Node, r reach, base string, names []string) reach {
	for i, name := range names {
		switch r {
		case leaf:
			return leaf
		case unknown:
			w.fail(n, base+"."+strings.Join(names[:i+1], "."))
			return leaf
		}
		fd := r.byName[name]
		switch {
		case fd != nil && fd.next != nil:
			r = fd.next
		case fd != nil && (fd.hash != nil || fd.site), fd == nil && slices.Contains(r.methods, name):
			r = leaf
		default:
			w.fail(n, base+"."+strings.Join(names[:i+1], "."))
			return leaf
		}
	}
	return r
}
