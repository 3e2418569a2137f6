package site

import (
	"cmp"
	"runtime"
	"slices"
	"sync"

	"github.com/sarakhon/digest/generator/render"
)

// relatedCount is how many related articles an article page shows.
const relatedCount = 5

// relatedWindow bounds how many neighbours in time are looked at in each
// of an article's tags. A popular tag may hold thousands of articles;
// looking at all of them for every article would be quadratic. News is
// related mostly to news of the same days, so the nearest ones in the
// tag's date-ordered list are the candidates.
const relatedWindow = 24

// relate sets Related on every article: up to k articles that share the
// most hashtags with it, nearer in time first. Each tag's article list is
// newest first; the cost is O(n · tags per article · relatedWindow).
func relate(articles []*render.Article, k int) {
	// position of each article in each of its tags' lists
	pos := make(map[*render.Article]map[*render.Tag]int, len(articles))
	for _, a := range articles {
		pos[a] = make(map[*render.Tag]int, len(a.Tags))
	}
	seenTag := map[*render.Tag]bool{}
	for _, a := range articles {
		for _, t := range a.Tags {
			if seenTag[t] {
				continue
			}
			seenTag[t] = true
			for i, b := range t.Articles {
				pos[b][t] = i
			}
		}
	}
	// Each article's list depends only on the tag lists: split the
	// articles between the cores, each with its own scratch map.
	workers := runtime.GOMAXPROCS(0)
	chunk := (len(articles) + workers - 1) / max(workers, 1)
	var wg sync.WaitGroup
	for lo := 0; lo < len(articles); lo += chunk {
		wg.Add(1)
		go func(part []*render.Article) {
			defer wg.Done()
			var s scratch
			for _, a := range part {
				relateOne(a, pos[a], &s, k)
			}
		}(articles[lo:min(lo+chunk, len(articles))])
	}
	wg.Wait()
}

type cand struct {
	a      *render.Article
	shared int
	dist   int64
}

// scratch is one worker's reusable space: the candidates of an article
// and their index by article.
type scratch struct {
	cands []cand
	index map[*render.Article]int32
}

// relateOne sets a.Related from the windows around a in its tags' lists;
// pos holds a's place in each list.
func relateOne(a *render.Article, pos map[*render.Tag]int, s *scratch, k int) {
	if s.index == nil {
		s.index = map[*render.Article]int32{}
	}
	clear(s.index)
	s.cands = s.cands[:0]
	for _, t := range a.Tags {
		i := pos[t]
		lo, hi := max(0, i-relatedWindow), min(len(t.Articles), i+relatedWindow+1)
		for _, b := range t.Articles[lo:hi] {
			if b == a {
				continue
			}
			if j, ok := s.index[b]; ok {
				s.cands[j].shared++
				continue
			}
			d := a.Date.Sub(b.Date)
			s.index[b] = int32(len(s.cands))
			s.cands = append(s.cands, cand{a: b, shared: 1, dist: int64(max(d, -d))})
		}
	}
	slices.SortFunc(s.cands, func(x, y cand) int {
		if c := cmp.Compare(y.shared, x.shared); c != 0 {
			return c
		}
		if c := cmp.Compare(x.dist, y.dist); c != 0 {
			return c
		}
		return cmp.Compare(x.a.Path, y.a.Path)
	})
	a.Related = make([]*render.Article, 0, min(k, len(s.cands)))
	for _, c := range s.cands[:min(k, len(s.cands))] {
		a.Related = append(a.Related, c.a)
	}
}
