package content

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestInvisibleCharactersWarn: a title or tag with a bidi override or
// isolate is built, with a warning at its line; ZWJ and ZWNJ,
// which Bengali spelling needs, are not warned about. Such characters
// used to pass silently (issue 13).
func TestInvisibleCharactersWarn(t *testing.T) {
	for _, tc := range []struct {
		name, file, src string
		want            []string // a prefix and a part of each warning
	}{
		{"override in a title", "a.md", "---\ntitle: \"ভারত\u202Eসফর\"\ndate: 2025-10-03\n---\nলেখা।\n",
			[]string{"a.md:2: শিরোনামে অদৃশ্য অক্ষর U+202E"}},
		{"an isolate in a tag", "b.md", "---\ntitle: সফর\ndate: 2025-10-03\ntags: [ভারত, \"ভারত\u2066চীন\"]\n---\nলেখা।\n",
			[]string{`b.md:4: ট্যাগ "ভারত\u2066চীন"`}},
		{"override in a text file's headline", "2025-10-03-c.txt", "পুতিনের \u202Eভারত সফর\n\nক্রেমলিন জানিয়েছে।\n",
			[]string{"2025-10-03-c.txt:1: শিরোনামে অদৃশ্য অক্ষর U+202E"}},
		{"ZWNJ and ZWJ are spelling", "d.md", "---\ntitle: \"ক্\u200Cষমতা র\u200D্যাব\"\ndate: 2025-10-03\ntags: [\"ক্\u200Cষমতা\"]\n---\nলেখা।\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Load(fstest.MapFS{tc.file: {Data: []byte(tc.src)}}, Options{Location: time.UTC})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range res.Warnings {
				got = append(got, w.Error())
			}
			if len(got) != len(tc.want) {
				t.Fatalf("warnings %q, want %d", got, len(tc.want))
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i], w) || !strings.Contains(got[i], "\n    ") {
					t.Errorf("warning %q, want it to start with %q and give the English below", got[i], w)
				}
			}
		})
	}
}
