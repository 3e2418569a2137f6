package site

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// reachTemplates is a template set whose article.html is main and whose
// partials/card.html is card.
func reachTemplates(main, card string) fstest.MapFS {
	fsys := fstest.MapFS{
		"base.html":          {Data: []byte(`<title>{{.Title}}</title>{{block "main" .}}{{end}}`)},
		"partials/card.html": {Data: []byte(`{{define "card"}}` + card + `{{end}}`)},
	}
	for _, k := range templateKinds() {
		fsys[k.Name+".html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}{{end}}`)}
	}
	fsys["article.html"] = &fstest.MapFile{Data: []byte("{{define \"main\"}}\n" + main + "{{end}}")}
	return fsys
}

func TestCheckReach(t *testing.T) {
	if err := checkReach(os.DirFS(templatesDir)); err != nil {
		t.Errorf("the repository's templates: %v", err)
	}
	const card = `{{.Title}}{{range .Tags}}{{.Name}} {{.Path}}{{end}}`
	for _, tc := range []struct {
		name, main, card string
		deep             string // "" when the templates stay inside the fingerprint
	}{
		{"article and neighbours", `{{with .Article}}{{.Title}}{{with .Prev}}{{.Title}}{{range .Tags}}{{.Name}}{{end}}{{end}}{{range .Related}}{{.Path}}{{end}}{{end}}`, card, ""},
		{"cards of a list", `{{range .List}}{{template "card" .}}{{end}}`, card, ""},
		{"cached cards", `{{range .List}}{{cached "card" .}}{{end}}`, card, ""},
		{"cached card reading a neighbour", `{{range .List}}{{cached "card" .}}{{end}}`, `{{.Prev.Title}}`, ".Prev"},
		{"cached with a computed name", `{{cached (print "ca" "rd") .Article}}`, card, "cached without a constant template name"},
		{"a month, its days and year", `{{with .Group}}{{.Count}}{{range .Groups}}{{.Path}} {{.Count}}{{end}}{{.Parent.Date}}{{end}}`, card, ""},
		{"articles of a month", `{{range .Group.Articles}}{{.Title}}{{end}}`, card, ".Group.Articles"},
		{"days of a day's month", `{{range .Group.Parent.Groups}}{{.Path}}{{end}}`, card, ".Group.Parent.Groups"},
		{"variables", `{{$a := .Article}}{{$a.Next.Title}}{{range $i, $t := $a.Tags}}{{$i}}{{$t.Name}}{{end}}{{$.Site.Title}}`, card, ""},
		{"site and feeds", `{{.Site.Title}}{{range .Feeds}}{{.Path}}{{end}}{{range .Pager.Pages}}{{.Number}}{{end}}`, card, ""},
		{"two steps", `{{.Article.Prev.Prev.Title}}`, card, ".Article.Prev.Prev"},
		{"two steps through with", `{{with .Article.Next}}{{range .Related}}{{.Title}}{{end}}{{end}}`, card, ".Related"},
		{"neighbour of a listed article", `{{range .List}}{{with .Prev}}{{.Title}}{{end}}{{end}}`, card, ".Prev"},
		{"articles of a tag", `{{range .Groups}}{{range .Articles}}{{.Title}}{{end}}{{end}}`, card, ".Articles"},
		{"count of the page's groups", `{{.Group.Count}}{{range .Groups}}{{.Count}}{{end}}`, card, ""},
		{"count of an article's tag", `{{range .Article.Tags}}{{.Count}}{{end}}`, card, ".Count"},
		{"count of a listed article's tag", `{{range .List}}{{range .Tags}}{{.Count}}{{end}}{{end}}`, card, ".Count"},
		{"count of a tag's articles", `{{range .Article.Tags}}{{len .Articles}}{{end}}`, card, ".Articles"},
		{"through a partial", `{{template "card" .Article.Related}}`, `{{range .}}{{.Next.Title}}{{end}}`, ".Next"},
		{"through $", `{{range .List}}{{$.Article.Prev.Next.Title}}{{end}}`, card, ".Article.Prev.Next"},
		{"reassigned variable", `{{$a := .Article}}{{range .List}}{{$a = .}}{{end}}{{$a.Prev.Title}}`, card, "$a.Prev"},
		{"value of or", `{{with or .Article .Group}}{{.Name}}{{end}}`, card, ".Name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := checkReach(reachTemplates(tc.main, tc.card))
			switch {
			case tc.deep == "" && err != nil:
				t.Errorf("error %v, want none", err)
			case tc.deep != "" && err == nil:
				t.Errorf("no error, want one about %s", tc.deep)
			case tc.deep != "" && !strings.Contains(err.Error(), tc.deep):
				t.Errorf("error %q, want it to name %s", err, tc.deep)
			}
		})
	}
}

// TestCacheOffForDeepTemplates checks that templates reading beyond the
// fingerprint turn page reuse off, with a warning, and stay correct.
func TestCacheOffForDeepTemplates(t *testing.T) {
	s := newEditSite(t, 12)
	s.templates["partials/extra.html"] = &fstest.MapFile{Data: []byte(`{{define "extra"}}{{with .Article}}{{with .Prev}}{{with .Prev}}{{.Title}}{{end}}{{end}}{{end}}{{end}}`)}
	s.templates["base.html"] = &fstest.MapFile{Data: []byte(strings.Replace(string(s.templates["base.html"].Data), "</main>", `{{template "extra" .}}</main>`, 1))}
	cache := NewCache()
	if _, _, err := s.build(cache); err != nil {
		t.Fatal(err)
	}
	s.edit(s.names()[3], "title: \"", "title: \"নতুন ")
	warm, stats, err := s.build(cache)
	if err != nil {
		t.Fatal(err)
	}
	cold, _, _ := s.build(nil)
	if stats.Reused != 0 {
		t.Errorf("%d pages reused, want 0", stats.Reused)
	}
	var warned bool
	for _, w := range stats.Warnings {
		warned = warned || strings.Contains(w.Error(), "templates/partials/extra.html") && strings.Contains(w.Error(), ".Prev reads data")
	}
	if !warned {
		t.Errorf("warnings %v, want one naming the template and .Prev", stats.Warnings)
	}
	for name, data := range cold {
		if string(warm[name]) != string(data) {
			t.Errorf("%s differs from the cold build", name)
		}
	}
}
