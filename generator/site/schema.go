package site

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"time"

	"github.com/sarakhon/digest/generator/render"
)

// What a page's fingerprint covers is derived from the types of package
// render by reflection, once: every exported field of plain data (text,
// numbers, times, and structs, pointers and slices made only of those) is
// hashed, whatever its name, so a field added to render.Article is in
// every fingerprint without an edit here. Pointers and slices that lead
// to articles and tags are followed only as far as follow says; any other
// field that is not plain data (a map, a func, an interface, a pointer
// not listed) is not covered. checkReach rejects templates that read a
// field or call a method that is not covered, so what the fingerprint
// does not know means "render again", never "reuse".

// follow names the states a page's fingerprint follows a value in, and
// for each the fields that lead to another state: the page's article
// with its tags and the own fields of its neighbours and related
// articles; the own fields and tags of every listed article; the page's
// groups (the tag, author or period of a list page, the entries of an
// index) with the own fields of their parts and parent, but not their
// lists of articles. These are generic: a new kind of page fills in a
// Page and needs no edge here.
// The state graph must have no cycle, so that a fingerprint is finite.
//
// A field mapped to omit is left out of its state's fingerprint, and
// checkReach then turns reuse off for templates that read it: an
// article's tags (chips) are shown by name and link, and leaving out
// their Count keeps a new article from changing the fingerprint of every
// page of every article that shares a tag with it.
var follow = map[string]map[string]string{
	"page":    {"Article": "article", "List": "linked", "Group": "group", "Groups": "group"},
	"article": {"Tags": "chip", "Prev": "linked", "Next": "linked", "Related": "linked"},
	"linked":  {"Tags": "chip"},
	"group":   {"Groups": "own", "Parent": "own"},
	"own":     {},
	"chip":    {"Count": omit},
}

// omit marks a field of follow that a state does not cover.
const omit = "-"

// shared is the state whose fingerprints are computed once per build
// for every article (setArticles) and looked up by pages and feeds.
const shared = "linked"

// articleType's values carry their body out of sight of reflection: the
// fingerprint of an article writes the hash of its Markdown, and Content
// is the one method templates may call on it (see memo.fields).
var articleType = reflect.TypeFor[render.Article]()

// covered lists the methods a template may call on a value of a state's
// type, each covered by what the fingerprint writes: Content by the
// body's hash (see memo.fields). A method not listed may read what
// reflection does not see.
var covered = map[reflect.Type][]string{
	articleType: {"Content"},
}

// inSiteKey are the types of values that every page of a build shares and
// that setSite fingerprints whole, once per build, in the site key that
// every page's fingerprint starts with: a field of such a type is covered
// without being written again.
var inSiteKey = map[reflect.Type]bool{reflect.TypeFor[*render.Site](): true}

// pages is the fingerprint schema of render.Page.
var pages = mustSchema(reflect.TypeFor[render.Page](), "page", follow)

// A state is how far a fingerprint follows a value of one struct type.
type state struct {
	name    string
	t       reflect.Type
	fields  []*field          // the exported fields, in order
	byName  map[string]*field // the same, by name
	methods []string          // covered methods

	// base is the shared state when s covers all it covers and more;
	// then extra are the fields s follows besides (see memo.fields).
	base  *state
	extra []*field
}

// A field is one exported field of a state's type: plain data with its
// hash function, a link to another state, a value in the site key, or
// none of these (not covered).
type field struct {
	name  string
	index int
	hash  func(fingerprint, reflect.Value)
	next  *state
	many  bool // next is reached through a slice
	site  bool // in the site key (see inSiteKey)
}

// schema is a compiled follow table: its states by name and its root.
type schema struct {
	root   *state
	states map[string]*state
}

func mustSchema(root reflect.Type, name string, follow map[string]map[string]string) *schema {
	s, err := newSchema(root, name, follow)
	if err != nil {
		panic(err)
	}
	return s
}

// newSchema compiles follow for values of the struct type root in the
// state name. It fails when follow names a field that does not exist or
// does not lead to a struct, gives one state two types, or has a cycle.
func newSchema(root reflect.Type, name string, follow map[string]map[string]string) (*schema, error) {
	sc := &schema{states: map[string]*state{}}
	var build func(name string, t reflect.Type, path []string) (*state, error)
	build = func(name string, t reflect.Type, path []string) (*state, error) {
		if slices.Contains(path, name) {
			return nil, fmt.Errorf("fingerprint states form a cycle: %v -> %s", path, name)
		}
		if s := sc.states[name]; s != nil {
			if s.t != t {
				return nil, fmt.Errorf("fingerprint state %s is both %s and %s", name, s.t, t)
			}
			return s, nil
		}
		edges, ok := follow[name]
		if !ok {
			return nil, fmt.Errorf("fingerprint state %s is not declared", name)
		}
		s := &state{name: name, t: t, byName: map[string]*field{}, methods: covered[t]}
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() {
				continue
			}
			fd := &field{name: sf.Name, index: i}
			if to, ok := edges[sf.Name]; ok && to == omit {
				// neither hashed nor followed: not covered
			} else if ok {
				et, many := structOf(sf.Type)
				if et == nil {
					return nil, fmt.Errorf("fingerprint state %s: %s.%s is not a struct, pointer or slice of them", name, t, sf.Name)
				}
				next, err := build(to, et, append(path, name))
				if err != nil {
					return nil, err
				}
				fd.next, fd.many = next, many
			} else if inSiteKey[sf.Type] {
				fd.site = true
			} else {
				fd.hash = plain(sf.Type, map[reflect.Type]bool{})
			}
			s.fields = append(s.fields, fd)
			s.byName[sf.Name] = fd
		}
		for f, to := range edges {
			if s.byName[f] == nil || s.byName[f].next == nil && to != omit {
				return nil, fmt.Errorf("fingerprint state %s: %s has no field %s", name, t, f)
			}
		}
		sc.states[name] = s
		return s, nil
	}
	var err error
	if sc.root, err = build(name, root, nil); err != nil {
		return nil, err
	}
	if sh := sc.states[shared]; sh != nil {
		for _, s := range sc.states {
			if s != sh && s.t == sh.t && extends(s, sh) {
				s.base = sh
				for _, fd := range s.fields {
					if fd.next != nil && sh.byName[fd.name].next == nil {
						s.extra = append(s.extra, fd)
					}
				}
			}
		}
	}
	return sc, nil
}

// extends reports whether s follows every field that base follows, to
// the same state: then a value's fingerprint in s is its fingerprint in
// base and the fields s follows besides.
func extends(s, base *state) bool {
	for _, fd := range base.fields {
		if fd.next != nil && s.byName[fd.name].next != fd.next {
			return false
		}
	}
	return true
}

// structOf returns the struct type of a struct, pointer to one or slice
// of either, and whether it is a slice; nil for another type.
func structOf(t reflect.Type) (reflect.Type, bool) {
	many := t.Kind() == reflect.Slice
	if many {
		t = t.Elem()
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil, false
	}
	return t, many
}

var timeType = reflect.TypeFor[time.Time]()

// plain returns the function that writes a value of type t whole, or nil
// when t is not plain data: when it holds a map, func, channel,
// interface, unexported field (but time.Time) or itself.
func plain(t reflect.Type, seen map[reflect.Type]bool) func(fingerprint, reflect.Value) {
	if t == timeType {
		return func(f fingerprint, v reflect.Value) {
			if v.CanAddr() { // no copy to the heap
				f.time(*v.Addr().Interface().(*time.Time))
			} else {
				f.time(v.Interface().(time.Time))
			}
		}
	}
	switch t.Kind() {
	case reflect.Bool:
		return func(f fingerprint, v reflect.Value) { f.bool(v.Bool()) }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(f fingerprint, v reflect.Value) { f.int(int(v.Int())) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(f fingerprint, v reflect.Value) { f.int(int(v.Uint())) }
	case reflect.Float32, reflect.Float64:
		return func(f fingerprint, v reflect.Value) { f.int(int(math.Float64bits(v.Float()))) }
	case reflect.String:
		return func(f fingerprint, v reflect.Value) { f.str(v.String()) }
	}
	if seen[t] {
		return nil
	}
	seen[t] = true
	defer delete(seen, t)
	switch t.Kind() {
	case reflect.Pointer:
		elem := plain(t.Elem(), seen)
		if elem == nil {
			return nil
		}
		return func(f fingerprint, v reflect.Value) {
			f.bool(!v.IsNil())
			if !v.IsNil() {
				elem(f, v.Elem())
			}
		}
	case reflect.Slice, reflect.Array:
		elem := plain(t.Elem(), seen)
		if elem == nil {
			return nil
		}
		return func(f fingerprint, v reflect.Value) {
			f.int(v.Len())
			for i := range v.Len() {
				elem(f, v.Index(i))
			}
		}
	case reflect.Struct:
		hs := make([]func(fingerprint, reflect.Value), t.NumField())
		for i := range hs {
			if !t.Field(i).IsExported() {
				return nil
			}
			if hs[i] = plain(t.Field(i).Type, seen); hs[i] == nil {
				return nil
			}
		}
		return func(f fingerprint, v reflect.Value) {
			for i, h := range hs {
				h(f, v.Field(i))
			}
		}
	}
	return nil
}
