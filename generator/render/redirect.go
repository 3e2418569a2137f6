package render

import (
	"bytes"
	"html/template"
)

// redirect is the page written at an earlier URL of an article. It is
// built in, not a file of templates/, because it must stay what crawlers
// and old browsers follow: an immediate meta refresh (no JavaScript), a
// canonical link to the article, noindex, and a plain link for anyone
// whose browser does not follow the refresh.
var redirect = template.Must(template.New("redirect").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<title>{{.Title}}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{{.URL}}">
<meta http-equiv="refresh" content="0; url={{.URL}}">
</head>
<body>
<p>লেখাটি নতুন ঠিকানায় সরেছে: <a href="{{.URL}}">{{.Title}}</a></p>
</body>
</html>
`))

// Redirect returns the page that sends a reader from an earlier URL of
// the article a to its page.
func (t *Templates) Redirect(a *Article) ([]byte, error) {
	var buf bytes.Buffer
	err := redirect.Execute(&buf, struct{ Lang, Title, URL string }{t.site.Language, a.Title, AbsURL(t.base, a.Path)})
	return buf.Bytes(), err
}
