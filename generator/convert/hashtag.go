package convert

import (
	"strings"
	"unicode"

	"github.com/sarakhon/digest/generator/bangla"
)

// hashtags reads a hashtag line as editors type it and returns its tags,
// without '#'. It returns nil tags for any other line; looks reports a
// line that starts like a hashtag line (with '#' or a label from
// TagLabels) and has '#' on at least half of its words, so that the
// caller can warn when such a line gives no tags.
//
// Read as tags: "#রাশিয়া #ভারত", "#রাশিয়া#ভারত" (no space), "# রাশিয়া"
// (a space after '#'), "#রাশিয়া, #ভারত" (commas), a final '।' or '.',
// a lone '#', the full-width '＃', a hyphen inside a tag
// (#বাংলাদেশ-ভারত), and a label in front: "হ্যাশট্যাগ: #রাশিয়া",
// "ট্যাগ: রাশিয়া, ভারত" (after a label the '#' is optional, and
// comma-separated tags may hold spaces). Soft hyphens and zero-width
// spaces are gone already (Decode).
func hashtags(s string) (tags []string, looks bool) {
	s = strings.ReplaceAll(s, "＃", "#")
	rest, labeled := cutTagLabel(s)
	if !labeled && !strings.HasPrefix(s, "#") {
		return nil, false
	}
	rest = strings.TrimRight(rest, "।৷.॥ ")
	fields := strings.Fields(rest)
	hashed := 0
	for _, f := range fields {
		if strings.HasPrefix(f, "#") {
			hashed++
		}
	}
	looks = labeled || 2*hashed >= len(fields)
	var parts []string
	switch {
	case strings.Contains(rest, "#"):
		// Every '#' starts a tag; what lies between two is one tag,
		// and a lone '#' is an empty part.
		for _, part := range strings.Split(rest, "#")[1:] {
			part = strings.TrimFunc(part, isTagSeparator)
			if part != "" {
				parts = append(parts, part)
			}
		}
		if before := strings.TrimFunc(rest[:strings.Index(rest, "#")], isTagSeparator); before != "" {
			return nil, looks
		}
	case labeled && strings.ContainsAny(rest, ",،"):
		for _, part := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == '،' }) {
			if part = strings.TrimSpace(part); part != "" {
				parts = append(parts, part)
			}
		}
	case labeled:
		parts = fields
	}
	for _, part := range parts {
		if !isTag(part, labeled && !strings.Contains(rest, "#")) {
			return nil, looks
		}
		tags = append(tags, part)
	}
	if len(tags) == 0 {
		return nil, looks
	}
	return tags, true
}

// cutTagLabel removes a label such as "হ্যাশট্যাগ:" from the start of s.
func cutTagLabel(s string) (string, bool) {
	for _, l := range TagLabels {
		if len(s) > len(l) && strings.EqualFold(s[:len(l)], l) {
			rest := strings.TrimSpace(s[len(l):])
			if r, ok := strings.CutPrefix(rest, ":"); ok {
				return strings.TrimSpace(r), true
			}
			if r, ok := strings.CutPrefix(rest, "："); ok {
				return strings.TrimSpace(r), true
			}
		}
	}
	return s, false
}

// isTagSeparator reports what may stand between two tags: white space and
// commas.
func isTagSeparator(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '،' }

// isTag reports whether part is one tag: a Unicode word (see
// bangla.IsTagRune) that may hold hyphens inside, and spaces too when
// spaces is set (a labelled, comma-separated list).
func isTag(part string, spaces bool) bool {
	if strings.HasPrefix(part, "-") || strings.HasSuffix(part, "-") {
		return false
	}
	for _, r := range part {
		if !bangla.IsTagRune(r) && r != '-' && !(spaces && r == ' ') {
			return false
		}
	}
	return bangla.TagKey(part) != "" && strings.IndexFunc(part, isWordRune) >= 0
}
