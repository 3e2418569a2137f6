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
type (
	ldThing struct {
		Type string `json:"@type"`
		Name string `json:"name"`
		URL  string `json:"url"`
	}
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
		Context          string      `json:"@context"`
		Type             string      `json:"@type"`
		Author           ldPerson    `json:"author"`
		DateModified     string      `json:"dateModified"`
		DatePublished    string      `json:"datePublished"`
		Dateline         string      `json:"dateline,omitempty"`
		Description      string      `json:"description"`
		Headline         string      `json:"headline"`
		Image            []string    `json:"image"`
		InLanguage       string      `json:"inLanguage"`
		Keywords         string      `json:"keywords"`
		MainEntityOfPage string      `json:"mainEntityOfPage"`
		Publisher        ldPublisher `json:"publisher"`
		URL              string      `json:"url"`
		WordCount        int         `json:"wordCount"`
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
	ldCollectionPage struct {
		Context    string  `json:"@context"`
		Type       string  `json:"@type"`
		InLanguage string  `json:"inLanguage"`
		IsPartOf   ldThing `json:"isPartOf"`
		Name       string  `json:"name"`
		URL        string  `json:"url"`
	}
)

// jsonLD returns the schema.org description of a page: NewsArticle for an
// article, WebSite for the home page, CollectionPage otherwise.
func (t *Templates) jsonLD(p *Page) (template.JS, error) {
	url := AbsURL(t.base, p.Path)
	publisher := ldPublisher{
		Type: "Organization", Name: t.site.Title, URL: t.site.BaseURL,
		Logo: ldImage{Type: "ImageObject", URL: AbsURL(t.base, "apple-touch-icon.png")},
	}
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
		var keywords []string
		for _, tag := range a.Tags {
			keywords = append(keywords, tag.Name)
		}
		return jsonJS(ldNewsArticle{
			Context:          "https://schema.org",
			Type:             "NewsArticle",
			Headline:         a.Title,
			Description:      a.Summary,
			DatePublished:    a.Date.In(t.loc).Format(time.RFC3339),
			DateModified:     modified.In(t.loc).Format(time.RFC3339),
			Dateline:         a.Dateline,
			Author:           ldPerson{Type: "Person", Name: a.Author, URL: authorURL},
			Publisher:        publisher,
			Keywords:         strings.Join(keywords, ", "),
			InLanguage:       t.site.Language,
			MainEntityOfPage: url,
			URL:              url,
			Image:            []string{t.image(p)},
			WordCount:        a.Words,
		})
	case p.Kind == "home":
		return jsonJS(ldWebSite{
			Context: "https://schema.org", Type: "WebSite",
			Name: t.site.Title, URL: t.site.BaseURL, InLanguage: t.site.Language,
			Description: t.site.Description, Publisher: publisher,
		})
	default:
		return jsonJS(ldCollectionPage{
			Context: "https://schema.org", Type: "CollectionPage",
			Name: p.Title, URL: url, InLanguage: t.site.Language,
			IsPartOf: ldThing{Type: "WebSite", Name: t.site.Title, URL: t.site.BaseURL},
		})
	}
}
