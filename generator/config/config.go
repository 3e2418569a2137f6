// Package config turns the bytes of site.yaml into a validated Config.
//
// It reads no files: the caller passes the bytes and the path to name in
// error messages. Every key of site.yaml is a field of Config below; an
// unknown key is an error, so a misspelt key never passes silently.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata"
	"unicode/utf8" // Asia/Dhaka on machines without a zone database

	"gopkg.in/yaml.v3"

	"github.com/sarakhon/digest/generator/diag"
)

// Config is the content of site.yaml with defaults applied.
type Config struct {
	// Title is the site's name, shown in every page header and feed.
	Title string `yaml:"title"`
	// Description is a sentence about the site for the home page's meta
	// description and the feeds.
	Description string `yaml:"description"`
	// BaseURL is the absolute URL the site is served from, ending in '/'.
	// Its path (for example /digest/ on a GitHub Pages project site)
	// prefixes every link.
	BaseURL string `yaml:"baseURL"`
	// Language is the BCP 47 language of the content (default "bn").
	Language string `yaml:"language"`
	// Author is the byline of articles that have none.
	Author string `yaml:"author"`
	// Email is the newsroom's address; RSS needs one for the author.
	Email string `yaml:"email"`
	// Copyright is shown in the footer and feeds.
	Copyright string `yaml:"copyright"`
	// Output is the folder the site is written to (default "public").
	Output string `yaml:"output"`
	// Cache is the folder where build keeps what the next build may
	// reuse (off when empty, the default); relative to the site folder.
	Cache string `yaml:"cache"`
	// Paginate is the number of articles per page of the home page's
	// cards (default 20).
	Paginate int `yaml:"paginate"`
	// PaginateLists is the number of articles per page of the lists of
	// headlines: a hashtag's and a byline's pages (default 50). An entry
	// is a third of a card, and every page of a list repeats the head,
	// header and footer (about 4 KB): 50 a page instead of 20 made 5 400
	// fewer pages of a 30 000-article site.
	PaginateLists int `yaml:"paginate_lists"`
	// Permalink is the URL pattern of an article: :year, :month, :day and
	// :slug are replaced (default ":slug/").
	Permalink string `yaml:"permalink"`
	// Timezone is the IANA zone dates are shown in (default Asia/Dhaka).
	Timezone string `yaml:"timezone"`
	// Calendar shows the Bangla calendar date beside the Gregorian one
	// (default true).
	Calendar *bool `yaml:"calendar"`
	// Digits is "bengali" (default) or "latin": which digits readers see.
	Digits string `yaml:"digits"`
	// Feed configures the RSS, Atom and JSON feeds.
	Feed FeedConfig `yaml:"feed"`
	// CNAME is the custom domain; when set, a CNAME file is written.
	CNAME string `yaml:"cname"`
	// Search adds /search/, the header's search box and the search index
	// (default true).
	Search *bool `yaml:"search"`
	// MaxFileSize is the largest article file accepted, in bytes
	// (default 4 MiB).
	MaxFileSize int64 `yaml:"max_file_size"`
	// Messages is the language of the messages about content: "both"
	// (default: Bengali, then English), "bn" or "en".
	Messages string `yaml:"messages"`
	// Budget is the most the published folder may weigh, search index
	// included (default 1 GB, GitHub Pages' limit): the build warns past
	// 80 % of it and fails past it.
	Budget Size `yaml:"budget"`

	// OutputLine is the line of output: in site.yaml (0 when absent), so
	// that the caller, which resolves the folder, can point at it.
	OutputLine int `yaml:"-"`
	// Location is Timezone loaded.
	Location *time.Location `yaml:"-"`
	// Base is BaseURL parsed.
	Base *url.URL `yaml:"-"`
}

// FeedConfig configures the feeds.
type FeedConfig struct {
	// Items is the number of newest articles in each feed (default 50).
	Items int `yaml:"items"`
	// TagFullText puts the articles' full text in each hashtag's feed
	// too; by default a tag feed carries summaries and links, and only
	// the site-wide feeds carry the full text.
	TagFullText bool `yaml:"tag_full_text"`
}

// Defaults used when site.yaml leaves a key out.
const (
	DefaultOutput        = "public"
	DefaultPaginate      = 20
	DefaultPaginateLists = 50
	DefaultPermalink     = ":slug/"
	DefaultTimezone      = "Asia/Dhaka"
	DefaultFeedItems     = 50
	DefaultMaxFileSize   = 4 << 20
	DefaultBudget        = Size(1e9)
	defaultBaseURL       = "http://localhost:1313/"
)

// Error is a problem in site.yaml at a line (0 when unknown).
type Error = diag.Error

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// Option overrides a setting of site.yaml when Parse builds the Config:
// the command line's flags are options, so that a Config never changes
// after it is built.
type Option func(*overrides)

type overrides struct {
	baseURL string
	output  string
	cache   string
}

// WithBaseURL overrides baseURL: (the --base-url flag). An invalid URL is
// an error of Parse that names the flag.
func WithBaseURL(raw string) Option { return func(o *overrides) { o.baseURL = raw } }

// WithOutput overrides output: (the --out flag). OutputLine is then 0: the
// folder was not written in site.yaml.
func WithOutput(dir string) Option { return func(o *overrides) { o.output = dir } }

// WithCache overrides cache: (the --cache flag).
func WithCache(dir string) Option { return func(o *overrides) { o.cache = dir } }

// Parse decodes site.yaml and applies opts. path only names the file in
// errors. All problems found are returned together (errors.Join of
// *Error).
func Parse(path string, data []byte, opts ...Option) (*Config, error) {
	var o overrides
	for _, opt := range opts {
		opt(&o)
	}
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlErrors(path, data, err)
	}
	if err := c.setDefaults(path, data); err != nil {
		return nil, err
	}
	if o.baseURL != "" {
		if err := c.setBaseURL(o.baseURL); err != nil {
			return nil, fmt.Errorf("--base-url: %w", err)
		}
	}
	if o.output != "" {
		c.Output, c.OutputLine = o.output, 0
	}
	if o.cache != "" {
		c.Cache = o.cache
	}
	return &c, nil
}

// yamlErrors turns yaml.v3's "line N: msg" errors into *Error values.
func yamlErrors(path string, data []byte, err error) error {
	var te *yaml.TypeError
	msgs := []string{err.Error()}
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	var errs []error
	for _, m := range msgs {
		m = strings.TrimPrefix(m, "yaml: ")
		e := &Error{Path: path, Msg: m}
		if sub := yamlLine.FindStringSubmatch(m); sub != nil {
			e.Line, _ = strconv.Atoi(sub[1])
			e.Msg = sub[2]
		} else {
			e.Line = badLine(data)
		}
		if strings.Contains(e.Msg, "not found in type") {
			e.Msg += " (unknown key: check its spelling against the README's list of site.yaml keys)"
		}
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}

func (c *Config) setDefaults(path string, data []byte) error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, &Error{Path: path, Line: max(keyLine(data, key), 1), Msg: fmt.Sprintf(format, args...)})
	}
	if c.Title == "" {
		c.Title = "Digest"
	}
	if c.Language == "" {
		c.Language = "bn"
	}
	if c.Output == "" {
		c.Output = DefaultOutput
	} else {
		c.OutputLine = keyLine(data, "output")
	}
	if c.Paginate == 0 {
		c.Paginate = DefaultPaginate
	} else if c.Paginate < 0 {
		bad("paginate", "paginate must be a positive number of articles per page, not %d", c.Paginate)
	}
	if c.PaginateLists == 0 {
		c.PaginateLists = DefaultPaginateLists
	} else if c.PaginateLists < 0 {
		bad("paginate_lists", "paginate_lists must be a positive number of articles per page, not %d", c.PaginateLists)
	}
	if c.Permalink == "" {
		c.Permalink = DefaultPermalink
	} else if !strings.Contains(c.Permalink, ":slug") {
		bad("permalink", "permalink %q must contain :slug, for example \":year/:month/:slug/\"", c.Permalink)
	}
	if c.Timezone == "" {
		c.Timezone = DefaultTimezone
	}
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil {
		bad("timezone", "unknown timezone %q: use an IANA name such as Asia/Dhaka", c.Timezone)
		loc = time.UTC
	}
	c.Location = loc
	switch c.Digits {
	case "":
		c.Digits = "bengali"
	case "bengali", "latin":
	default:
		bad("digits", "digits must be \"bengali\" or \"latin\", not %q", c.Digits)
	}
	if c.Feed.Items == 0 {
		c.Feed.Items = DefaultFeedItems
	} else if c.Feed.Items < 0 {
		bad("items", "feed.items must be positive, not %d", c.Feed.Items)
	}
	switch c.Messages {
	case "":
		c.Messages = "both"
	case "both", "bn", "en":
	default:
		bad("messages", "messages must be \"both\", \"bn\" or \"en\", not %q", c.Messages)
	}
	if c.MaxFileSize == 0 {
		c.MaxFileSize = DefaultMaxFileSize
	}
	if c.Budget == 0 {
		c.Budget = DefaultBudget
	}
	if c.BaseURL == "" {
		c.BaseURL = defaultBaseURL
	}
	if err := c.setBaseURL(c.BaseURL); err != nil {
		bad("baseURL", "%v", err)
	}
	if c.CNAME != "" && strings.ContainsAny(c.CNAME, "/: ") {
		bad("cname", "cname must be a bare domain such as news.example.org, not %q", c.CNAME)
	}
	return errors.Join(errs...)
}

// setBaseURL validates and sets the base URL (WithBaseURL uses it too). A
// missing trailing slash is added.
func (c *Config) setBaseURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("baseURL %q must be an absolute http(s) URL such as https://user.github.io/digest/", raw)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return fmt.Errorf("baseURL %q must not have a query or fragment", raw)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawPath = ""
	c.Base = u
	c.BaseURL = u.String()
	return nil
}

// BasePath is the path of the base URL, always starting and ending in '/'.
func (c *Config) BasePath() string { return c.Base.Path }

// ShowCalendar reports whether Bangla calendar dates are shown.
func (c *Config) ShowCalendar() bool { return c.Calendar == nil || *c.Calendar }

// SearchEnabled reports whether the site has search: /search/ and its index.
func (c *Config) SearchEnabled() bool { return c.Search == nil || *c.Search }

// MessageLang is the language of the messages about content.
func (c *Config) MessageLang() diag.Lang {
	switch c.Messages {
	case "bn":
		return diag.Bengali
	case "en":
		return diag.English
	}
	return diag.Both
}

// LatinDigits reports whether readers see Latin digits.
func (c *Config) LatinDigits() bool { return c.Digits == "latin" }

// badLine is the line of the first byte YAML rejects without saying where
// (invalid UTF-8, a control character), else 1.
func badLine(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n <= 1 || r < ' ' && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[n:]
	}
	return 1
}

// keyLine finds the line of a top-level or nested key in the YAML source,
// for errors about values that decoded fine but are wrong.
func keyLine(data []byte, key string) int {
	var root yaml.Node
	if yaml.Unmarshal(data, &root) != nil {
		return 0
	}
	var find func(n *yaml.Node) int
	find = func(n *yaml.Node) int {
		if n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == key {
					return n.Content[i].Line
				}
				if l := find(n.Content[i+1]); l > 0 {
					return l
				}
			}
		}
		for _, c := range n.Content {
			if n.Kind != yaml.MappingNode {
				if l := find(c); l > 0 {
					return l
				}
			}
		}
		return 0
	}
	return find(&root)
}
