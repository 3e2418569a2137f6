package config

import (
	"strings"
	"testing"

	"github.com/sarakhon/digest/generator/diag"
)

func TestParseDefaults(t *testing.T) {
	c, err := Parse("site.yaml", []byte("title: সারাক্ষণ\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Output != "public" || c.Paginate != 20 || c.Permalink != ":slug/" || c.Feed.Items != 50 ||
		c.Location.String() != "Asia/Dhaka" || !c.ShowCalendar() || c.LatinDigits() || !c.SearchEnabled() {
		t.Errorf("defaults not applied: %+v", c)
	}
	if c.BasePath() != "/" {
		t.Errorf("BasePath = %q, want /", c.BasePath())
	}
	if c.MessageLang() != diag.Both {
		t.Errorf("MessageLang = %v, want both languages", c.MessageLang())
	}
}

func TestMessages(t *testing.T) {
	for _, tc := range []struct {
		value string
		want  diag.Lang
	}{{"both", diag.Both}, {"bn", diag.Bengali}, {"en", diag.English}} {
		c, err := Parse("site.yaml", []byte("messages: "+tc.value+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if c.MessageLang() != tc.want {
			t.Errorf("messages: %s gives %v", tc.value, c.MessageLang())
		}
	}
}

// TestOutputLine: the line of output: is kept for the caller's errors.
func TestOutputLine(t *testing.T) {
	c, err := Parse("site.yaml", []byte("title: সারাক্ষণ\n\noutput: ../../.ssh/id_ed25519\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.OutputLine != 3 {
		t.Errorf("OutputLine = %d, want 3", c.OutputLine)
	}
}

func TestParseBaseURL(t *testing.T) {
	for _, tc := range []struct{ in, url, path string }{
		{"https://user.github.io/digest", "https://user.github.io/digest/", "/digest/"},
		{"https://user.github.io/digest/", "https://user.github.io/digest/", "/digest/"},
		{"https://news.example.org", "https://news.example.org/", "/"},
		{"http://127.0.0.1:1313/সংকলন/", "http://127.0.0.1:1313/%E0%A6%B8%E0%A6%82%E0%A6%95%E0%A6%B2%E0%A6%A8/", "/সংকলন/"},
	} {
		c, err := Parse("site.yaml", []byte("baseURL: "+tc.in+"\n"))
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		if c.BaseURL != tc.url || c.BasePath() != tc.path {
			t.Errorf("%s: BaseURL %q path %q, want %q %q", tc.in, c.BaseURL, c.BasePath(), tc.url, tc.path)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"unknown key", "title: x\npaginte: 10\n", "site.yaml:2: field paginte not found"},
		{"wrong type", "title: x\npaginate: কুড়ি\n", "site.yaml:2:"},
		{"negative", "title: x\npaginate: -3\n", "site.yaml:2: paginate must be a positive"},
		{"negative list paging", "title: x\npaginate_lists: -3\n", "site.yaml:2: paginate_lists must be a positive"},
		{"timezone", "timezone: Asia/Dhakka\n", "site.yaml:1: unknown timezone"},
		{"digits", "title: x\ndigits: arabic\n", "site.yaml:2: digits must be"},
		{"baseURL", "baseURL: example.org/digest\n", "site.yaml:1: baseURL"},
		{"permalink", "permalink: :year/:month/\n", "site.yaml:1: permalink"},
		{"cname", "cname: https://news.example.org\n", "site.yaml:1: cname"},
		{"syntax", "title: [x\n", "site.yaml:"},
		{"feed items", "feed:\n  items: -1\n", "site.yaml:2: feed.items"},
		{"messages", "title: x\nmessages: bangla\n", "site.yaml:2: messages must be"},
		{"budget unit", "title: x\nbudget: 1 গিগাবাইট\n", "site.yaml:2: budget: \"1 গিগাবাইট\" is not a size"},
		{"budget negative", "budget: -5MB\n", "site.yaml:1: budget"},
		{"budget list", "budget: [1GB]\n", "site.yaml:1: budget must be a size"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("site.yaml", []byte(tc.src))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	_, err := Parse("site.yaml", []byte("paginate: -1\ndigits: roman\ntimezone: Mars/Olympus\n"))
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"site.yaml:1:", "site.yaml:2:", "site.yaml:3:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %s", err, want)
		}
	}
}

func TestParseBudget(t *testing.T) {
	c, err := Parse("site.yaml", []byte("title: সারাক্ষণ\n"))
	if err != nil || c.Budget != 1_000_000_000 {
		t.Errorf("default budget = %v, %v; want 1 GB", c.Budget, err)
	}
	for _, tc := range []struct {
		in   string
		want Size
		show string
	}{
		{"1GB", 1_000_000_000, "1.0 GB"},
		{"750 MB", 750_000_000, "750.0 MB"},
		{"1.5gb", 1_500_000_000, "1.5 GB"},
		{"200000", 200_000, "200.0 KB"},
		{"812 B", 812, "812 B"},
	} {
		c, err := Parse("site.yaml", []byte("budget: "+tc.in+"\n"))
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		if c.Budget != tc.want || c.Budget.String() != tc.show {
			t.Errorf("budget: %s = %d (%s), want %d (%s)", tc.in, c.Budget, c.Budget, tc.want, tc.show)
		}
	}
}

// TestOptions checks that the command line's overrides are applied by
// Parse, so that nothing has to change a Config after it is built.
func TestOptions(t *testing.T) {
	data := []byte("baseURL: https://example.org/digest/\noutput: public\n")
	c, err := Parse("site.yaml", data, WithBaseURL("https://user.github.io/repo"), WithOutput("/tmp/out"))
	if err != nil {
		t.Fatal(err)
	}
	if c.BaseURL != "https://user.github.io/repo/" || c.BasePath() != "/repo/" {
		t.Errorf("base URL %q, path %q", c.BaseURL, c.BasePath())
	}
	if c.Output != "/tmp/out" || c.OutputLine != 0 {
		t.Errorf("output %q at line %d; want /tmp/out, not from site.yaml", c.Output, c.OutputLine)
	}
	if _, err := Parse("site.yaml", data, WithBaseURL("not a url")); err == nil || !strings.HasPrefix(err.Error(), "--base-url: ") {
		t.Errorf("a bad --base-url gives %v", err)
	}
	if c, err := Parse("site.yaml", data); err != nil || c.BaseURL != "https://example.org/digest/" || c.OutputLine != 2 {
		t.Errorf("without options: %v, %+v", err, c)
	}
}
