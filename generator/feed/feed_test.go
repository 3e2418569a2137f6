package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
)

func channel() *Channel {
	dhaka := time.FixedZone("+06", 6*3600)
	return &Channel{
		Title: "সারাক্ষণ কূটনীতি", Description: "কূটনীতির খবর", Language: "bn",
		URL: "https://example.org/digest/", FeedURL: "https://example.org/digest/feed.xml",
		Author: "ডেস্ক", Email: "desk@example.org",
		Items: []Item{{
			Title: "পুতিনের সফর <script>", URL: "https://example.org/digest/%E0%A6%95/",
			Summary: "সফর \x01নিয়ে <b>আলোচনা</b> & প্রস্তুতি।", HTML: "<p>লেখা।</p>",
			Author: "সারাক্ষণ রিপোর্ট", Date: time.Date(2025, 10, 3, 9, 30, 0, 0, dhaka),
			Tags: []string{"রাশিয়া", "ভারত"},
		}},
	}
}

func TestRSS(t *testing.T) {
	data, err := RSS(channel())
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, want := range []string{
		`<atom:link href="https://example.org/digest/feed.xml" rel="self" type="application/rss+xml">`,
		"<language>bn</language>",
		"<pubDate>Fri, 03 Oct 2025 09:30:00 +0600</pubDate>", // RFC 822 with the right weekday
		"<dc:creator>সারাক্ষণ রিপোর্ট</dc:creator>",
		"<managingEditor>desk@example.org (ডেস্ক)</managingEditor>",
		"<category>রাশিয়া</category>",
		`<guid isPermaLink="true">https://example.org/digest/%E0%A6%95/</guid>`,
		// the summary is text: escaped once for HTML, once for XML
		"&amp;lt;b&amp;gt;আলোচনা",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("RSS lacks %s\n%s", want, s)
		}
	}
	if strings.Contains(s, "<author>") {
		t.Error("RSS <author> must be an email address; names go in dc:creator")
	}
	checkParses(t, data)
}

func TestAtom(t *testing.T) {
	data, err := Atom(channel())
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, want := range []string{
		`xml:lang="bn"`,
		`<link href="https://example.org/digest/feed.xml" rel="self" type="application/atom+xml">`,
		`<link href="https://example.org/digest/" rel="alternate" type="text/html">`,
		`<category term="ভারত">`,
		"<published>2025-10-03T09:30:00+06:00</published>",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("Atom lacks %s\n%s", want, s)
		}
	}
	checkParses(t, data)
}

func TestJSON(t *testing.T) {
	data, err := JSON(channel())
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Language string
		FeedURL  string `json:"feed_url"`
		Items    []struct {
			Summary string
			Tags    []string
		}
	}
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	if v.Language != "bn" || v.FeedURL == "" {
		t.Errorf("JSON feed language %q, feed_url %q", v.Language, v.FeedURL)
	}
	if len(v.Items) != 1 || v.Items[0].Summary != "সফর নিয়ে <b>আলোচনা</b> & প্রস্তুতি।" || len(v.Items[0].Tags) != 2 {
		t.Errorf("JSON feed items %+v", v.Items)
	}
	checkParses(t, data)
}

func checkParses(t *testing.T, data []byte) {
	t.Helper()
	if data[0] == '<' {
		dec := xml.NewDecoder(bytes.NewReader(data))
		dec.Strict = true
		for {
			if _, err := dec.Token(); err != nil {
				if err.Error() != "EOF" {
					t.Fatalf("not well-formed: %v", err)
				}
				break
			}
		}
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 1 || f.Items[0].Title != "পুতিনের সফর <script>" {
		t.Errorf("parsed items %+v", f.Items)
	}
}
