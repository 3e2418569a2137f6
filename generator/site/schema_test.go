package site

import (
	"html/template"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/sarakhon/digest/generator/config"
	"github.com/sarakhon/digest/generator/render"
)

// samplePage is a page that holds a value in every state of the schema
// pages, returned by state name, with the articles to share.
func samplePage() (*render.Page, map[string]reflect.Value, []*render.Article) {
	date := time.Date(2025, 10, 4, 10, 0, 0, 0, time.FixedZone("BST", 6*3600))
	tag := &render.Tag{Name: "রাশিয়া", Slug: "রাশিয়া", Path: "tags/রাশিয়া/", FeedPath: "tags/রাশিয়া/feed.xml", Count: 2}
	prev := &render.Article{Title: "মস্কোয় বৈঠক", Path: "মস্কোয়-বৈঠক/", Date: date.AddDate(0, 0, -1), Tags: []*render.Tag{tag}}
	a := &render.Article{Title: "পুতিনের ভারত সফর", Kicker: "কূটনীতি", Path: "পুতিন-সফর/", Date: date,
		Author: "নিজস্ব প্রতিবেদক", Tags: []*render.Tag{tag}, Prev: prev, Related: []*render.Article{prev}}
	tag.Articles = []*render.Article{a, prev}
	year := &render.Group{Date: time.Date(2025, 1, 1, 0, 0, 0, 0, date.Location()), Path: "archive/2025/", Count: 2}
	month := &render.Group{Date: time.Date(2025, 10, 1, 0, 0, 0, 0, date.Location()), Path: "archive/2025/10/", Count: 2,
		Articles: []*render.Article{a, prev}, Parent: year}
	day := &render.Group{Date: time.Date(2025, 10, 4, 0, 0, 0, 0, date.Location()), Path: "archive/2025/10/04/", Count: 1,
		Articles: []*render.Article{a}, Parent: month}
	month.Groups = []*render.Group{day}
	p := &render.Page{
		Site: sampleSite(), Kind: "article", Title: a.Title, Path: a.Path,
		Article: a, List: []*render.Article{prev}, Group: month, Groups: []*render.Group{tag, month},
		Pager: &render.Pager{Number: 1, Total: 2, Next: "page/2/", Pages: []render.PageLink{{Number: 1, Path: "", Current: true}}},
		Feeds: []render.Feed{{Title: "RSS", Type: "application/rss+xml", Path: "feed.xml"}},
	}
	states := map[string]reflect.Value{
		"page": reflect.ValueOf(p).Elem(), "article": reflect.ValueOf(a).Elem(), "linked": reflect.ValueOf(prev).Elem(),
		"group": reflect.ValueOf(month).Elem(), "own": reflect.ValueOf(day).Elem(), "chip": reflect.ValueOf(tag).Elem(),
	}
	return p, states, []*render.Article{a, prev}
}

// sampleSite is the Site of a small site.yaml.
func sampleSite() *render.Site {
	cfg, err := config.Parse("site.yaml", []byte("title: কূটনীতি ডাইজেস্ট\nbaseURL: https://example.github.io/digest/\n"))
	if err != nil {
		panic(err)
	}
	return &render.Site{Config: cfg, Year: 2025}
}

// TestSiteKeyCoversSite changes, one at a time, every exported field of
// render.Site and of the configuration it reads through, found by
// reflection: the site key, which every page's fingerprint starts with,
// must change, since templates may read any of them.
func TestSiteKeyCoversSite(t *testing.T) {
	key := func(site *render.Site) key {
		m := &memo{}
		_ = m.setSite(fstest.MapFS{}, site, Options{}) // the error is about the missing templates
		return m.site
	}
	base := key(sampleSite())
	if key(sampleSite()) != base {
		t.Fatal("the site key of one site differs between two runs")
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[render.Site](), reflect.TypeFor[config.Config]()} {
		for i := range typ.NumField() {
			sf := typ.Field(i)
			if !sf.IsExported() || sf.Anonymous {
				continue
			}
			t.Run(sf.Name, func(t *testing.T) {
				site := sampleSite()
				v := reflect.ValueOf(site).Elem()
				if typ != v.Type() {
					v = v.FieldByName("Config").Elem()
				}
				if sf.Type == reflect.TypeFor[*time.Location]() {
					v.Field(i).Set(reflect.ValueOf(time.UTC))
				} else {
					change(t, v.Field(i))
				}
				if key(site) == base {
					t.Errorf("changing %s.%s leaves the site key as it was: every page would be served stale", typ, sf.Name)
				}
			})
		}
	}
}

// sampleKey is the fingerprint of the page named "x/" made from p.
func sampleKey(p *render.Page, articles []*render.Article) key {
	m := &memo{sums: map[*render.Article]key{}}
	for i, a := range articles {
		m.sums[a] = sumString(a.Title + string(rune('0'+i)))
	}
	m.share(pages.states[shared], articles)
	return m.pageKey("x/", p)
}

// change sets v, settable, to a different value of its type.
func change(t *testing.T, v reflect.Value) {
	t.Helper()
	if v.Type() == timeType {
		v.Set(reflect.ValueOf(v.Interface().(time.Time).Add(time.Hour)))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + "।")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(v.Int() + 1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(v.Uint() + 1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(v.Float() + 1)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		} else {
			change(t, v.Elem())
		}
	case reflect.Slice:
		v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
	case reflect.Struct:
		change(t, v.Field(0))
	default:
		t.Fatalf("no change for a %s", v.Type())
	}
}

// TestFingerprintCoversEveryField changes, one at a time, every exported
// field of plain data of every value a page's fingerprint follows, found
// by reflection: a field added to package render is in this test without
// an edit, and the page must render again when it changes.
func TestFingerprintCoversEveryField(t *testing.T) {
	p, _, articles := samplePage()
	base := sampleKey(p, articles)
	if sampleKey(p, articles) != base {
		t.Fatal("the fingerprint of one page differs between two runs")
	}
	for name, s := range pages.states {
		for _, fd := range s.fields {
			if fd.hash == nil {
				continue
			}
			t.Run(name+"."+fd.name, func(t *testing.T) {
				p, states, articles := samplePage()
				change(t, states[name].Field(fd.index))
				if sampleKey(p, articles) == base {
					t.Errorf("changing %s.%s leaves the fingerprint as it was: the page would be served stale", s.t, fd.name)
				}
			})
		}
	}
	t.Run("Content", func(t *testing.T) {
		p, _, articles := samplePage()
		m := &memo{sums: map[*render.Article]key{articles[0]: sumString("একটি অনুচ্ছেদ।")}}
		m.share(pages.states[shared], articles)
		k := m.pageKey("x/", p)
		m.sums[articles[0]] = sumString("দুটি অনুচ্ছেদ।")
		m.share(pages.states[shared], articles)
		if m.pageKey("x/", p) == k {
			t.Error("a new body leaves the fingerprint as it was")
		}
	})
}

// seriesPage and seriesArticle stand for render's types after a field was
// added: Series, plain text, is fingerprinted without a word about it;
// Notes, a map, and Parts, a pointer not in the follow table, are not,
// so templates that read them turn reuse off.
type seriesPage struct {
	Title   string
	Article *seriesArticle
}

type seriesArticle struct {
	Title  string
	Series string
	Notes  map[string]string
	Parts  []*seriesArticle
	Prev   *seriesArticle
}

var seriesFollow = map[string]map[string]string{
	"page":    {"Article": "article"},
	"article": {"Prev": "linked"},
	"linked":  {},
}

func TestFingerprintNewField(t *testing.T) {
	sc, err := newSchema(reflect.TypeFor[seriesPage](), "page", seriesFollow)
	if err != nil {
		t.Fatal(err)
	}
	prev := &seriesArticle{Title: "প্রথম পর্ব", Series: "রোহিঙ্গা সংকট"}
	a := &seriesArticle{Title: "দ্বিতীয় পর্ব", Series: "রোহিঙ্গা সংকট", Prev: prev}
	fp := func() key {
		m := &memo{}
		m.share(sc.states[shared], []*seriesArticle{a, prev})
		f := newFingerprint()
		m.node(f, sc.root, reflect.ValueOf(&seriesPage{Title: a.Title, Article: a}))
		return f.sum()
	}
	before := fp()
	for _, edit := range []func(){
		func() { a.Series = "রোহিঙ্গা প্রত্যাবাসন" },
		func() { prev.Series = "রোহিঙ্গা প্রত্যাবাসন" },
	} {
		edit()
		after := fp()
		if after == before {
			t.Error("a new Series leaves the fingerprint as it was: the page would not render again")
		}
		before = after
	}

	for _, tc := range []struct {
		main string
		deep string // "" when the fingerprint covers what main reads
	}{
		{`{{.Article.Series}}{{.Article.Prev.Series}}`, ""},
		{`{{range $k, $v := .Article.Notes}}{{$v}}{{end}}`, ".Article.Notes"},
		{`{{range .Article.Parts}}{{.Title}}{{end}}`, ".Article.Parts"},
		{`{{.Article.Prev.Prev.Title}}`, ".Article.Prev.Prev"},
	} {
		err := sc.check(reachTemplates(tc.main, ""))
		switch {
		case tc.deep == "" && err != nil:
			t.Errorf("%s: error %v, want none", tc.main, err)
		case tc.deep != "" && (err == nil || !strings.Contains(err.Error(), tc.deep)):
			t.Errorf("%s: error %v, want one naming %s", tc.main, err, tc.deep)
		}
	}
}

func TestSchemaErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		follow map[string]map[string]string
		want   string
	}{
		{"cycle", map[string]map[string]string{"page": {"Article": "article"}, "article": {"Prev": "article"}}, "cycle"},
		{"no such field", map[string]map[string]string{"page": {"Article": "article"}, "article": {"Next": "article"}}, "no field Next"},
		{"not a struct", map[string]map[string]string{"page": {"Title": "article"}}, "not a struct"},
		{"undeclared state", map[string]map[string]string{"page": {"Article": "article"}}, "not declared"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := newSchema(reflect.TypeFor[seriesPage](), "page", tc.follow)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one about %q", err, tc.want)
			}
		})
	}
}

// TestPlain checks which types the fingerprint hashes whole.
func TestPlain(t *testing.T) {
	type tree struct{ Kids []*tree }
	for _, tc := range []struct {
		v     any
		plain bool
	}{
		{"ঢাকা", true},
		{template.HTML("<p>ঢাকা</p>"), true},
		{time.Time{}, true},
		{render.Pager{}, true},
		{&render.Site{}, false}, // in the site key instead (inSiteKey)
		{[]render.Feed{}, true},
		{map[string]string{}, false},
		{func() {}, false},
		{tree{}, false},
		{struct{ x int }{}, false},
		{[]any{}, false},
	} {
		if got := plain(reflect.TypeOf(tc.v), map[reflect.Type]bool{}) != nil; got != tc.plain {
			t.Errorf("plain(%T) = %v, want %v", tc.v, got, tc.plain)
		}
	}
}

// TestCheckReachUnknownField checks that a template reading what the
// fingerprint does not know turns reuse off: a field that render.Article
// lacks stands for one added to it after a template read it; a method
// other than Content, or a template function given an
// article, may read what reflection does not see.
func TestCheckReachUnknownField(t *testing.T) {
	for _, tc := range []struct{ main, name string }{
		{`{{.Article.Series}}`, ".Article.Series"},
		{`{{range .List}}{{.Series.Title}}{{end}}`, ".Series"},
		{`{{.Article.SetContent}}`, ".Article.SetContent"},
		{`{{bylines .Article}}`, "to bylines"},
		{`{{range .Groups}}{{feedurl .}}{{end}}`, "to feedurl"},
	} {
		err := checkReach(reachTemplates(tc.main, ""))
		if err == nil || !strings.Contains(err.Error(), tc.name) {
			t.Errorf("%s: error %v, want one naming %s", tc.main, err, tc.name)
		}
	}
	for _, main := range []string{
		`{{range .List}}{{.Content}}{{end}}`,
		`{{range .Article.Tags}}{{.FeedPath}}{{end}}`,
		`{{jsonld .}}{{image .}}{{len .List}}{{if eq .Article .Article.Prev}}{{end}}`,
	} {
		if err := checkReach(reachTemplates(main, "")); err != nil {
			t.Errorf("%s: %v", main, err)
		}
	}
}
