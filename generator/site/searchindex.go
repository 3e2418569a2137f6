package site

import (
	"maps"
	"slices"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/search"
)

// searchIndexDir is the folder of the search index, under /search/.
const searchIndexDir = "search/index/"

// searchIndex writes the search index of the site's articles.
func (b *builder) searchIndex() error {
	latin := b.cfg.LatinDigits()
	docs := make([]search.Doc, len(b.m.articles))
	for i, a := range b.m.articles {
		tags := make([]string, len(a.Tags))
		for j, t := range a.Tags {
			tags[j] = t.Name
		}
		docs[i] = search.Doc{
			Path: a.Path, Title: a.Title, Summary: a.Summary,
			Date:   bangla.FormatDate(a.Date.In(b.cfg.Location), latin),
			Fields: []string{a.Kicker, a.Dateline, a.Caption, a.Author},
			Body:   b.m.terms[i], Tags: tags,
		}
	}
	var files map[string][]byte
	if b.mem != nil {
		files = b.mem.c.search.Build(docs)
	} else {
		files = search.Build(docs)
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if err := b.write(searchIndexDir+name, files[name]); err != nil {
			return err
		}
	}
	return nil
}
