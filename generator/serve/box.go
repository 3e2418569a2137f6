package serve

import (
	"fmt"
	"html"
	"strings"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/diag"
)

// messageBox is the HTML that shows a failed build at the bottom of every
// page of the preview, for an editor on a phone as on a desktop: one line
// (how many problems, and the first one's file, line and message), which
// opens to the whole list (and then the line keeps only the count). It is a <details> element, so it opens without
// JavaScript; it is written in the site's font (the --font of its style
// sheet, Noto Sans Bengali) and labelled in Bengali.
//
// good says that an earlier build succeeded: the page is its version.
func messageBox(err error, good bool) []byte {
	problems := diag.Leaves(err)
	first, _, _ := strings.Cut(problems[0].Error(), "\n")
	var b strings.Builder
	fmt.Fprintf(&b, `<details id="digest-preview-error" lang="bn" data-digest-preview><style>%s</style>`, boxStyle)
	fmt.Fprintf(&b, `<summary><b>⚠ %sটি ভুল</b><span> · %s</span></summary>`, bangla.Itoa(len(problems)), html.EscapeString(first))
	if good {
		b.WriteString(`<p>সাইট নতুন করা যায়নি: ভুলগুলো ঠিক করে ফাইল সেভ করুন। ততক্ষণ আগের সংস্করণ দেখানো হচ্ছে। <span lang="en">The build failed; this is the last good build.</span></p><ol>`)
	} else {
		b.WriteString(`<p>সাইট তৈরি করা যায়নি: ভুলগুলো ঠিক করে ফাইল সেভ করুন। <span lang="en">The build failed: fix these and save.</span></p><ol>`)
	}
	for _, p := range problems {
		lines := strings.Split(p.Error(), "\n")
		b.WriteString("<li>" + html.EscapeString(lines[0]))
		for _, l := range lines[1:] {
			b.WriteString(`<span lang="en">` + html.EscapeString(strings.TrimSpace(l)) + "</span>")
		}
		b.WriteString("</li>")
	}
	b.WriteString("</ol></details>")
	return []byte(b.String())
}

// boxStyle keeps the box one line high until it is opened, and no taller
// than 60 % of the screen when it is; the page gets room below its end so
// that the closed box covers none of it.
const boxStyle = `#digest-preview-error{position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:60vh;overflow:auto;` +
	`margin:0;background:#fff0f0;color:#7a0000;border-top:3px solid #c00;box-shadow:0 -2px 8px rgba(0,0,0,.2);` +
	`font:15px/1.6 var(--font,"Noto Sans Bengali",sans-serif);text-align:left}` +
	`#digest-preview-error summary{display:block;padding:.5em .75em;cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}` +
	`#digest-preview-error summary::before{content:"▸ "}#digest-preview-error[open] summary::before{content:"▾ "}` +
	`#digest-preview-error[open] summary span{display:none}` +
	`#digest-preview-error p,#digest-preview-error ol{margin:0 .75em .75em;padding:0}` +
	`#digest-preview-error li{margin:0 0 .5em 1.5em;overflow-wrap:anywhere}` +
	`#digest-preview-error li span{display:block;color:#555}` +
	`body{margin-bottom:3em}`
