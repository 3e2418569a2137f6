// Package convert turns an article in the newsroom's text format into a
// typed Article and then into a Markdown file with YAML front matter.
// It is pure: bytes in, bytes out, no files.
//
// # The text format
//
// An article is a plain text file with no markup at all: one block per
// line. Blank lines carry no meaning, and spaces at either end of a line
// are ignored. For example:
//
//	পুতিনের ভারত সফর                           ← headline (optional)
//	ক্রেমলিন জানিয়েছে, সফরের প্রস্তুতি চলছে। …    ← lead
//	ডিসেম্বরেই সফরের সম্ভাবনা                    ← subheading
//	ক্রেমলিনের ঘোষণায় বলা হয়েছে, …              ← paragraph
//	সফরে কী থাকছে?                             ← subheading (a question)
//	জ্বালানি ও প্রতিরক্ষা নিয়ে আলোচনা হবে।        ← paragraph
//	#রাশিয়া #ভারত #পুতিন                        ← hashtag line
//	সারাক্ষণ রিপোর্ট                             ← byline
//
// A line is "short" when it has at most 80 characters (Unicode code
// points: a Bengali letter with a vowel sign counts as two or more), holds
// at least one letter, does not open with a quote mark (“ ‘ " ' «) and
// does not end with sentence punctuation (। ॥ . ! : ; , … ” ’ " ' »). A
// short line may end with '?'.
//
// Lines are read as follows.
//
//   - Headline: when the first line is short and the next line is a
//     paragraph line, the first line is the title. Otherwise the title is
//     made from the lead's first sentence, cut at a word boundary to at
//     most 80 characters, without the final '।'; a '.' after a word of one
//     or two characters (ড. ইউনূস, Dr. Smith) does not end the sentence.
//     The editor may change the title later in the front matter.
//   - Lead: the first paragraph. It also becomes the summary in the front
//     matter (for cards, feeds and the meta description).
//   - Subheading: a short line followed directly by a paragraph line: not
//     by another short line, not by a hashtag line, not by the byline and
//     not by the end of the file. So a question right before the hashtags
//     or at the end stays a paragraph, and of two short lines in a row
//     only the second can be a subheading. A subheading may follow a
//     paragraph without a blank line between.
//   - Paragraph: every other line.
//   - Hashtag line: a line made only of #tag words, separated by spaces or
//     commas, wherever it stands (usually last but one); there may be more
//     than one. A tag is a Unicode word: letters, marks (the Bengali vowel
//     signs), digits and '_', with ZWJ and ZWNJ allowed inside. A #word
//     inside a paragraph stays text, and a line with anything else on it
//     (a full stop, a plain word) is a paragraph. Two spellings of one tag
//     are one tag: the old khanda-ta spelling ত্‍ (ত + ্ + ZWJ) equals ৎ,
//     য় typed as one character (U+09DF) equals য + nukta, ZWJ and ZWNJ
//     do not count, and letter case does not count (#BRICS is #brics); see
//     bangla.TagKey. The first spelling is the one shown.
//   - Byline: the last line of the file, when it is not a hashtag line, has
//     at most 60 characters, and is short without even a '?' — like
//     সারাক্ষণ রিপোর্ট. It becomes the author. A last line that ends with
//     '।' is a paragraph. A file of one line is only a lead: it has no
//     headline and no byline.
//
// # Input hygiene
//
// See Decode: the file must be UTF-8 (a byte-order mark is dropped) or
// UTF-16 with a byte-order mark. CRLF and CR line ends are fine. The text
// is normalized to NFC. Invalid UTF-8 (reported with its byte offset), NUL
// bytes and other control characters, and empty or whitespace-only files
// are errors: a wrong file never becomes a page of replacement characters.
//
// # The Markdown
//
// Article.Markdown writes front matter with title, date (RFC 3339), tags,
// author (when there is a byline) and summary, then the body: the lead and
// the paragraphs, each subheading as a "## " heading, separated by blank
// lines. The headline, hashtags and byline are not in the body; the
// templates show them from the front matter.
//
// The text must render exactly as typed, so anything Markdown would read
// as syntax gets a backslash before it: list markers ("1. ", "- "), '#' and
// '>' at the start of a line, "---", backticks, links and images, HTML
// tags, entities like "&amp;", emphasis and strikethrough marks, and a
// backslash before punctuation. Escaping is minimal to keep the file easy
// to edit by hand: '(' '.' '|' and a '#' inside a line stay as they are.
// Bengali digits never start a list ("১. " needs no escape).
//
// URLs and e-mail addresses stay plain text: with GitHub Flavored
// Markdown's autolinks (which a site may turn on) "www.", "https://" and
// "name@example.com" would become links, so their '.', ':' and '@' are
// escaped too. The page then looks the same whichever Markdown extensions
// the site uses. To make a real link, edit the Markdown by hand:
// <https://example.com>.
package convert
