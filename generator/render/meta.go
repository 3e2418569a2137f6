package render

import (
	"html/template"
	"net/url"
	"strings"
	"time"
)

// shareImage is the default Open Graph image under static/.
const shareImage = "images/share.png"

// image returns the absolute URL of a page's share image: an http or
// https address as it is, a path on the site under the base URL, and the
// default for anything else (javascript:alert(7), data:…, //host/x, a
// name url.Parse refuses), so that only web addresses reach a page.
func (t *Templates) image(p *Page) string {
	if p.Article == nil || p.Article.Image == "" {
		return AbsURL(t.base, shareImage)
	}
	img := p.Article.Image
	u, err := url.Parse(img)
	switch {
	case err != nil:
	case (u.Scheme == "http" || u.Scheme == "https") && u.Host != "":
		return img
	case u.Scheme == "" && u.Host == "":
		return AbsURL(t.base, strings.TrimPrefix(img, "/"))
	}
	return AbsURL(t.base, shareImage)
}

// The schema.org types of jsonLD. Their fields are in the order of their
// JSON names, as a map would encode them, and are structs because every
// article page encodes one (a map-based encoding was 3 % of a build).
//
// A NewsArticle has the properties Google's Article documentation asks
// for (headline, image, datePublished, dateModified, author with its name
// and url) and the dateline, nothing more: every article page carries
// it, and the description, keywords, URL (twice), publisher, language and
// word count it also had were 1 KB a page (10 MB for 10 000 articles)
// that no consumer we know reads; the page's meta tags and canonical link
// say them already. List pages have none: Google shows no result type
// for a CollectionPage.
type (
	ldPerson struct {
		Type string `json:"@type"`
		Name string `json:"name"`
		URL  string `json:"url,omitempty"` // the byline's page, when the site has one
	}
	ldImage struct {
		Type string `json:"@type"`
		URL  string `json:"url"`
	}
	ldPublisher struct {
		Type string  `json:"@type"`
		Logo ldImage `json:"logo"`
		Name string  `json:"name"`
		URL  string  `json:"url"`
	}
	ldNewsArticle struct {
		Context       string   `json:"@context"`
		Type          string   `json:"@type"`
		Author        ldPerson `json:"author"`
		DateModified  string   `json:"dateModified"`
		DatePublished string   `json:"datePublished"`
		Dateline      string   `json:"dateline,omitempty"`
		Headline      string   `json:"headline"`
		Image         []string `json:"image"`
	}
	ldWebSite struct {
		Context     string      `json:"@context"`
		Type        string      `json:"@type"`
		Description string      `json:"description"`
		InLanguage  string      `json:"inLanguage"`
		Name        string      `json:"name"`
		Publisher   ldPublisher `json:"publisher"`
		URL         string      `json:"url"`
	}
)

// jsonLD returns the schema.org description of a page: NewsArticle for an
// article, WebSite for the home page, and "" for other pages, which the
// layout then leaves without a script element.
func (t *Templates) jsonLD(p *Page) (template.JS, error) {
	switch {
	case p.Article != nil:
		a := p.Article
		modified := a.Date
		if a.Updated.After(modified) {
			modified = a.Updated
		}
		var authorURL string
		if a.AuthorPath != "" {
			authorURL = AbsURL(t.base, a.AuthorPath)
		}
		return jsonJS(ldNewsArticle{
			Context:       "https://schema.org",
			Type:          "NewsArticle",
			Headline:      a.Title,
			DatePublished: a.Date.In(t.loc).Format(time.RFC3339),
			DateModified:  modified.In(t.loc).Format(time.RFC3339),
			Dateline:      a.Dateline,
			Author:        ldPerson{Type: "Person", Name: a.Author, URL: authorURL},
			Image:         []string{t.image(p)},
		})
	case p.Kind == "home":
		return jsonJS(ldWebSite{
			Context: "https://schema.org", Type: "WebSite",
			Name: t.site.Title, URL: t.site.BaseURL, InLanguage: t.site.Language,
			Description: t.site.Description,
			Publisher: ldPublisher{
				Type: "Organization", Name: t.site.Title, URL: t.site.BaseURL,
				Logo: ldImage{Type: "ImageObject", URL: AbsURL(t.base, "apple-touch-icon.png")},
			},
		})
	}
	return "", nil
}
