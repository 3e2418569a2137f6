package feed

import (
	"bytes"
	"encoding/xml"
)

// Outline is one feed in an OPML subscription list. URLs are absolute.
type Outline struct {
	Title   string // what a feed reader shows, such as #রাশিয়া
	FeedURL string
	PageURL string // the HTML page of the feed
}

// OPML returns an OPML 2.0 document (http://opml.org/spec2.opml) that
// lists the feeds, so that a reader can subscribe to all of them in one
// import. It has no dateCreated: the same site gives the same bytes.
func OPML(title string, feeds []Outline) ([]byte, error) {
	type outline struct {
		Type    string `xml:"type,attr"`
		Text    string `xml:"text,attr"`
		Title   string `xml:"title,attr"`
		XMLURL  string `xml:"xmlUrl,attr"`
		HTMLURL string `xml:"htmlUrl,attr,omitempty"`
	}
	doc := struct {
		XMLName xml.Name `xml:"opml"`
		Version string   `xml:"version,attr"`
		Head    struct {
			Title string `xml:"title"`
			Docs  string `xml:"docs"`
		} `xml:"head"`
		Outlines []outline `xml:"body>outline"`
	}{Version: "2.0"}
	doc.Head.Title = clean(title)
	doc.Head.Docs = "http://opml.org/spec2.opml"
	for _, f := range feeds {
		t := clean(f.Title)
		doc.Outlines = append(doc.Outlines, outline{Type: "rss", Text: t, Title: t, XMLURL: f.FeedURL, HTMLURL: f.PageURL})
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}
