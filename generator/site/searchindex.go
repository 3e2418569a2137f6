package site

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/search"
)

// searchIndexDir is the folder of the search index, under /search/.
const searchIndexDir = "search/index/"

// searchIndex writes the search index of the site's articles.
func (b *builder) searchIndex() error {
	latin := b.cfg.LatinDigits()
	docs := make([]search.Doc, len(b.m.articles))
	var mu sync.Mutex
	var readErr error
	for i, a := range b.m.articles {
		tags := make([]string, len(a.Tags))
		for j, t := range a.Tags {
			tags[j] = t.Name
		}
		docs[i] = search.Doc{
			Path: a.Path, Title: a.Title, Summary: bangla.AfterTitle(a.Summary, a.Title),
			Date:   bangla.FormatDate(a.Date.In(b.cfg.Location), latin),
			Fields: []string{a.Kicker, a.Dateline, a.Caption, a.Author},
			Body:   b.m.terms[i], Tags: tags,
		}
		if b.mem == nil {
			// One build: bodies.render kept no terms; the index makes
			// them from the HTML a batch at a time.
			docs[i].Terms = func() string {
				html, err := a.Content()
				if err != nil {
					mu.Lock()
					readErr = errors.Join(readErr, err)
					mu.Unlock()
				}
				return search.BodyTerms([]byte(html))
			}
		}
	}
	var files map[string][]byte
	if b.mem != nil {
		files = b.mem.c.search.Build(docs)
	} else {
		files = search.Build(docs)
	}
	if readErr != nil {
		return fmt.Errorf("reading the articles' HTML for the search index: %w", readErr)
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if err := b.write(searchIndexDir+name, files[name]); err != nil {
			return err
		}
	}
	return nil
}
