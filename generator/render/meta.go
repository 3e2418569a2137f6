package render

import (
	"html/template"
	"net/url"
	"strings"
	"time"
)

// shareImage is the default Open Graph image under static/.
const shareImage = "images/share.png"

// image returns the absolute URL of a page's share image.
func (t *Templates) image(p *Page) string {
	if p.Article != nil && p.Article.Image != "" {
		if strings.Contains(p.Article.Image, "://") {
			// Only web addresses: javascript://… or data: never reach a page.
			if u, err := url.Parse(p.Article.Image); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
				return p.Article.Image
			}
			return AbsURL(t.base, shareImage)
		}
		return AbsURL(t.base, strings.TrimPrefix(p.Article.Image, "/"))
	}
	return AbsURL(t.base, shareImage)
}

// jsonLD returns the schema.org description of a page: NewsArticle for an
// article, WebSite for the home page, CollectionPage otherwise.
func (t *Templates) jsonLD(p *Page) (template.JS, error) {
	url := AbsURL(t.base, p.Path)
	publisher := map[string]any{
		"@type": "Organization",
		"name":  t.site.Title,
		"url":   t.site.BaseURL,
		"logo":  map[string]any{"@type": "ImageObject", "url": AbsURL(t.base, "apple-touch-icon.png")},
	}
	var v map[string]any
	switch {
	case p.Article != nil:
		a := p.Article
		modified := a.Date
		if a.Updated.After(modified) {
			modified = a.Updated
		}
		var keywords []string
		for _, tag := range a.Tags {
			keywords = append(keywords, tag.Name)
		}
		v = map[string]any{
			"@context":         "https://schema.org",
			"@type":            "NewsArticle",
			"headline":         a.Title,
			"description":      a.Summary,
			"datePublished":    a.Date.In(t.loc).Format(time.RFC3339),
			"dateModified":     modified.In(t.loc).Format(time.RFC3339),
			"author":           map[string]any{"@type": "Person", "name": a.Author},
			"publisher":        publisher,
			"keywords":         strings.Join(keywords, ", "),
			"inLanguage":       t.site.Language,
			"mainEntityOfPage": url,
			"url":              url,
			"image":            []string{t.image(p)},
			"wordCount":        a.Words,
		}
	case p.Kind == "home":
		v = map[string]any{
			"@context": "https://schema.org", "@type": "WebSite",
			"name": t.site.Title, "url": t.site.BaseURL, "inLanguage": t.site.Language,
			"description": t.site.Description, "publisher": publisher,
		}
	default:
		v = map[string]any{
			"@context": "https://schema.org", "@type": "CollectionPage",
			"name": p.Title, "url": url, "inLanguage": t.site.Language,
			"isPartOf": map[string]any{"@type": "WebSite", "name": t.site.Title, "url": t.site.BaseURL},
		}
	}
	return jsonJS(v)
}
