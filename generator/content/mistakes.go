package content

import (
	"fmt"
	"regexp"
	"strings"
)

// The front matter mistakes editors make most are found in its raw lines,
// because YAML's own messages ("mapping values are not allowed in this
// context") name neither the mistake nor, often, its line: YAML reports
// where it gave up, which for an unclosed quote or bracket is the end of
// the block, and for a mistake on the first line no line at all.

// keyLine is a "key: value" line: indentation, key, what follows the
// colon.
var keyLine = regexp.MustCompile(`^([ \t]*)([A-Za-z_][A-Za-z0-9_-]*):(.*)$`)

// hint is a mistake found in one line of front matter, for an editor:
// what is wrong and what to write instead, in Bengali and English.
type hint struct {
	line    int // 1-based line of the front matter text
	bn, msg string
}

// syntaxHint finds the mistake that made YAML reject the front matter
// fm: the first line holding one of the common mistakes. It returns nil
// when it recognizes none.
func syntaxHint(fm string) *hint {
	for i, l := range strings.Split(fm, "\n") {
		if h := lineSyntaxHint(l); h != nil {
			h.line = i + 1
			return h
		}
	}
	return nil
}

// lineSyntaxHint recognizes a mistake that YAML rejects in one line.
func lineSyntaxHint(l string) *hint {
	indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
	if strings.Contains(indent, "\t") {
		return &hint{
			bn:  "লাইনের শুরুতে ট্যাব আছে: ট্যাব মুছে দিন (তালিকার লাইনের শুরুতে দুটি স্পেস দিন); ওপরের --- অংশে ট্যাব চলে না",
			msg: "a tab at the start of the line: remove it (indent list items with two spaces); front matter allows no tabs",
		}
	}
	m := keyLine.FindStringSubmatch(l)
	if m == nil {
		return nil
	}
	key, rest := m[2], m[3]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return &hint{
			bn:  fmt.Sprintf("%s:-এর পরে একটি স্পেস দিন: %s: %s", key, key, rest),
			msg: fmt.Sprintf("put a space after %s: — %s: %s", key, key, rest),
		}
	}
	v := strings.TrimSpace(rest)
	if m[1] != "" && v != "" {
		return &hint{
			bn:  fmt.Sprintf("%s:-এর আগে ফাঁকা জায়গা আছে: লাইনটি বাঁ দিক থেকে শুরু করুন", key),
			msg: fmt.Sprintf("%s: is indented: start the line at the left edge", key),
		}
	}
	switch {
	case v == "":
		return nil
	case v[0] == '"' || v[0] == '\'':
		return quoteHint(key, v)
	case v[0] == '[':
		if flowHash.MatchString(v) {
			return &hint{
				bn:  fmt.Sprintf("%s-এর তালিকায় শব্দের আগে # দেবেন না (YAML # থেকে বাকিটা মন্তব্য ধরে): লিখুন %s: %s", key, key, strings.ReplaceAll(v, "#", "")),
				msg: fmt.Sprintf("no # before the words of the list of %s (YAML reads from # on as a comment): write %s: %s", key, key, strings.ReplaceAll(v, "#", "")),
			}
		}
		if !strings.Contains(v, "]") {
			return &hint{
				bn:  fmt.Sprintf("%s-এর তালিকা ] দিয়ে শেষ হয়নি: এক লাইনে লিখুন, যেমন %s: [রাশিয়া, ভারত]", key, key),
				msg: fmt.Sprintf("the list of %s is not closed with ]: write it on one line, such as %s: [রাশিয়া, ভারত]", key, key),
			}
		}
	case strings.HasPrefix(v, "- "):
		return &hint{
			bn:  fmt.Sprintf("%s:-এর একই লাইনে - দিয়ে তালিকা লেখা যায় না: লিখুন %s: [রাশিয়া, ভারত]", key, key),
			msg: fmt.Sprintf("a list cannot start with - on the line of %s: — write %s: [রাশিয়া, ভারত]", key, key),
		}
	case strings.Contains(v, ": ") || strings.HasSuffix(v, ":"):
		return colonHint(key, v)
	}
	return nil
}

// flowHash is a # at the start of an item of a [ ] list.
var flowHash = regexp.MustCompile(`[\[,]\s*#`)

// quoteHint explains a value that starts with a quote but does not end
// with the same quote.
func quoteHint(key, v string) *hint {
	q := v[:1]
	end := closingQuote(v)
	if end < 0 {
		return &hint{
			bn:  fmt.Sprintf("%s-এর লেখা %s দিয়ে শুরু হয়েছে কিন্তু শেষে %s নেই: লাইনের শেষে %s দিন", key, q, q, q),
			msg: fmt.Sprintf("the value of %s opens a quote (%s) that is not closed: add %s at the end of the line", key, q, q),
		}
	}
	after := strings.TrimSpace(v[end+1:])
	if after == "" || after[0] == '#' {
		return nil
	}
	fixed := key + `: '` + strings.ReplaceAll(v, `'`, `''`) + `'`
	if q == "'" {
		fixed = key + `: "` + strings.ReplaceAll(v, `"`, `\"`) + `"`
	}
	return &hint{
		bn:  fmt.Sprintf("%s-এর লেখার ভেতরে উদ্ধৃতিচিহ্ন (%s) আছে: পুরো লেখাটি অন্য উদ্ধৃতিচিহ্নে রাখুন: %s", key, q, fixed),
		msg: fmt.Sprintf("the value of %s holds a quote (%s) that ends it early: put the whole value in the other quotes — %s", key, q, fixed),
	}
}

// closingQuote returns the index of the quote that closes the quoted
// value v, or -1.
func closingQuote(v string) int {
	q := v[0]
	for i := 1; i < len(v); i++ {
		switch {
		case q == '"' && v[i] == '\\':
			i++
		case v[i] == q && q == '\'' && i+1 < len(v) && v[i+1] == '\'':
			i++
		case v[i] == q:
			return i
		}
	}
	return -1
}

// colonHint explains a colon inside an unquoted value: YAML reads it as
// the start of another key.
func colonHint(key, v string) *hint {
	fixed := quote(key, v)
	return &hint{
		bn:  fmt.Sprintf("%s-এর লেখায় কোলন (:) আছে: পুরো লেখাটি উদ্ধৃতিচিহ্নে রাখুন: %s", key, fixed),
		msg: fmt.Sprintf("the value of %s holds a colon (:): put the whole value in quotes — %s", key, fixed),
	}
}

// quote writes the line "key: value" with value in double quotes, or in
// single ones when it holds a double quote.
func quote(key, v string) string {
	if strings.Contains(v, `"`) {
		return key + `: '` + strings.ReplaceAll(v, `'`, `''`) + `'`
	}
	return key + `: "` + v + `"`
}

// commentHint recognizes, in a line YAML accepted, a value cut short by
// " #", which YAML reads as the start of a comment. lost reports that
// nothing of the value is left, which is an error; otherwise the value
// lost its end, which is a warning (a comment may be meant).
func commentHint(l string) (h *hint, lost bool) {
	if item, ok := strings.CutPrefix(strings.TrimSpace(l), "- #"); ok {
		word := strings.TrimSpace(strings.ReplaceAll(item, "#", ""))
		return &hint{
			bn:  fmt.Sprintf("তালিকার লাইনে # দিলে YAML লাইনটিকে মন্তব্য ধরে বাদ দেয়: # ছাড়া লিখুন:   - %s", word),
			msg: fmt.Sprintf("YAML reads a list item starting with # as a comment, so the item is empty: write   - %s", word),
		}, true
	}
	m := keyLine.FindStringSubmatch(l)
	if m == nil || m[1] != "" {
		return nil, false
	}
	key, v := m[2], strings.TrimSpace(m[3])
	if v == "" || v[0] == '"' || v[0] == '\'' || v[0] == '[' {
		return nil, false
	}
	if v[0] == '#' {
		if key == "tags" {
			tags := strings.Join(strings.Fields(strings.NewReplacer("#", " ", ",", " ").Replace(v)), ", ")
			return &hint{
				bn:  fmt.Sprintf("tags-এ # চিহ্ন দিলে YAML বাকি লাইনটিকে মন্তব্য ধরে বাদ দেয়: # ছাড়া লিখুন: tags: [%s]", tags),
				msg: fmt.Sprintf("YAML reads the rest of the line after # as a comment, so no tag is left: write tags: [%s]", tags),
			}, true
		}
		fixed := quote(key, v)
		return &hint{
			bn:  fmt.Sprintf("%s-এর লেখা # দিয়ে শুরু হলে YAML পুরোটাকে মন্তব্য ধরে বাদ দেয়: উদ্ধৃতিচিহ্নে রাখুন: %s", key, fixed),
			msg: fmt.Sprintf("YAML reads a value starting with # as a comment, so %s is empty: put it in quotes — %s", key, fixed),
		}, true
	}
	i := strings.Index(v, " #")
	if i < 0 {
		return nil, false
	}
	fixed := quote(key, v)
	return &hint{
		bn:  fmt.Sprintf("%s-এর লেখা \" #\"-এ কেটে গেছে (YAML এর পরের অংশকে মন্তব্য ধরে): পুরোটা চাইলে উদ্ধৃতিচিহ্নে রাখুন: %s", key, fixed),
		msg: fmt.Sprintf("the value of %s ends at \" #\" (YAML reads the rest as a comment): to keep it all, put it in quotes — %s", key, fixed),
	}, false
}
