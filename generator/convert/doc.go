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
// does not end with sentence punctuation (। ৷ ॥ . ! : ; , … ” ’ " ' »;
// formatting marks *, _, ~ after it do not hide it). A short line may end
// with '?'. The danda ৷ (U+09F7), which several outlets' fonts use, counts
// as । everywhere and is kept as typed.
//
// Word lists that the rules below use (byline words, caption words, news
// agencies, month names, tag labels, phrase endings, number words) are in
// words.go, one documented place a newsroom can extend.
//
// Files from newsrooms often start with a header block:
//
//	কূটনীতি                                  ← kicker
//	ঢাকা-বেইজিং সম্পর্কে নতুন অধ্যায়          ← headline
//	ছবি: পিআইডি                               ← caption
//	কূটনৈতিক প্রতিবেদক                        ← byline
//	ঢাকা, ১২ অক্টোবর (বাসস) : চীনের …           ← dateline and lead
//
// Lines are read as follows.
//
//   - Header block: the lines before the lead may hold, in any order and
//     each optional, a kicker, the headline, a standfirst, a byline, a
//     date line and a photo caption. The block is read when one of its first eight lines is a caption, a
//     byline, a date line or a dateline on its own line, with at most
//     three other lines (at most one of them a sentence) before the last
//     such line. Its other lines are: the headline; a kicker above it when
//     the kicker is at most three words and 30 characters and shorter
//     than the headline; a sentence after the headline is the standfirst,
//     which becomes the lead. A headline may have up to 150 characters and
//     end with '!' or '?'.
//   - Caption: a line that starts with a caption word and ':' or '/'
//     (ছবি: সংগৃহীত, Photo: Reuters), or is only one (ফাইল ছবি), or ends
//     with '/', '(' or a dash and one (পররাষ্ট্রমন্ত্রী /ফাইল ছবি, …
//     (ছবি: পিআইডি)), or ends with a caption word, ':' and a credit. In the header it becomes the front matter's
//     caption (several are joined with " · "), which the article page
//     shows under the headline. A caption further down stays a paragraph
//     (never a heading) with a warning. A caption is never the title, the
//     lead or the summary.
//   - Byline at the top: a line of at most four words (before a comma)
//     whose last word starts with a byline word (নিজস্ব প্রতিবেদক,
//     কূটনৈতিক প্রতিবেদক, ঢাকা, চট্টগ্রাম প্রতিনিধি), a news agency's name
//     alone (বাসস), a line opening with লিখেছেন: or By, or, right under a headline and above a paragraph, a
//     person's name (two to four words opening with মো., ড. …, or two or
//     three words that do not end like a phrase). " | ০২ ফেব্রুয়ারি, ২০২৬"
//     after it is a date and is left out. It is the author; a byline at
//     the end of the same file then stays a paragraph.
//   - Date line: a date with an optional label, weekday and time (প্রকাশ:
//     বৃহস্পতিবার, ২ অক্টোবর ২০২৫, ১০:৩০), or any short line opening with a
//     date label and ':' (আপডেট: ১২ মিনিট আগে). It is left out with a warning:
//     the date of an article comes from its file name or front matter.
//   - Headline without a header block: when the first line is short (up
//     to 150 characters, '!' or '?' at the end allowed, a quotation at
//     either end too) and the next line is a paragraph line, the first
//     line is the title. Two short lines before a paragraph are a kicker
//     and the headline (see above), or the headline and a person's name;
//     of three, the last may be a name, and the other two are a kicker and
//     the headline, or the headline and a short label under it (বিশ্লেষণ),
//     kept as the kicker. Otherwise the first line is the lead.
//   - Dateline: "ঢাকা, ৪ অক্টোবর (বাসস) :", "মস্কো, ৫ অক্টোবর ২০২৫ —",
//     "মস্কো (রয়টার্স) :" (place and a known agency), or a short credit
//     and place before '॥' ("নিজস্ব সংবাদদাতা, যশোর॥"). At the start of
//     the lead, or on its own line in the header, it becomes the front
//     matter's dateline, which the article page shows before the lead; the
//     lead, the summary and a derived title start after it. A place of
//     one or two words on the line under a top byline (নিজস্ব সংবাদদাতা /
//     কলকাতা), and a place and date alone on a line (আগরতলা, ৪ অক্টোবর),
//     are datelines too. A lead that is only a dateline is a warning.
//   - Derived title: without a headline, the title is the lead's first
//     sentence without the final '।'; a '.' after a word of one or two
//     characters (ড. ইউনূস, Dr. Smith) does not end the sentence. A
//     sentence longer than MaxTitleRunes (120 code points, about 70
//     Bengali letters) is cut and ends with '…': at the last clause
//     boundary (, ; : — –) in the second half of the limit, else after the
//     last word that closes a phrase (a case ending such as -এর, -তে, -কে, a
//     verb ending such as -ছে, -বেন, or a postposition such as জন্য,
//     নিয়ে), else at a word boundary; never inside a name (after মো., ড.,
//     আব্দুল …, or an initial) or a number (১০ | হাজার কোটি). The editor may
//     change the title later in the front matter.
//   - Lead: the first paragraph after the header. It also becomes the
//     summary in the front matter (for cards, feeds and the meta
//     description), with soft line breaks as spaces.
//   - List: two or more lines in a row (blank lines between are fine)
//     that start with a marker of one kind: a number of up to three ASCII
//     or Bengali digits and '.', ')', '।' or '৷' (১. ২. or 1) 2) or ১। ২।),
//     a keycap emoji (1️⃣ 2️⃣), a bullet (- • * ● ▪ ◦ ·, or an emoji
//     bullet of WhatsApp forwards: ✅ 👉 🔹) or a Bengali letter in
//     parentheses ((ক) (খ)), then a space or the tab Word writes.
//     Numbered lists become <ol> with the first number as its start; the
//     site's stylesheet shows the numbers in Bengali digits
//     (list-style-type: bengali), or Latin ones with digits: latin.
//     Bullets become <ul>; lettered items keep their letters in a <ul>. A
//     single numbered line is a paragraph, and the lead is never a list.
//   - Subheading: a short line followed directly by a paragraph line or a
//     list: not by another short line, not by a hashtag line, not by the
//     byline and not by the end of the file. So a question right before
//     the hashtags or at the end stays a paragraph, and of two short lines
//     in a row only the second can be a subheading. Captions, list items
//     and lines with a soft line break are never subheadings. A
//     subheading may follow a paragraph without a blank line between.
//   - WhatsApp and Word marks: *…*, **…**, _…_, ~…~ around a whole short
//     line (a headline or subheading) are removed. Marks inside a line,
//     or around a sentence, stay as typed.
//   - Paragraph: every other line. A soft line break inside it (Word's
//     Shift+Enter, U+000B, or U+2028) is a line break within the
//     paragraph, never a new block.
//   - Hashtag line: a line of tags, wherever it stands (usually last but
//     one); there may be more than one. Editors type them many ways, and
//     all are read: #রাশিয়া #ভারত, #রাশিয়া#ভারত, # রাশিয়া, commas
//     (#রাশিয়া, #ভারত), a final '।', a lone '#', the full-width ＃, a
//     hyphen inside a tag (#বাংলাদেশ-ভারত), and a label in front
//     (হ্যাশট্যাগ: #রাশিয়া, ট্যাগ: রাশিয়া, ভারত — after a label the '#' is
//     optional, and comma-separated tags may hold spaces). A tag is a
//     Unicode word: letters, marks (the Bengali vowel signs), digits and
//     '_', with ZWJ and ZWNJ allowed inside. A #word inside a sentence
//     stays text. A line that starts with '#' and has '#' on at least half
//     of its words, but cannot be read fully, stays a paragraph with a
//     warning; a line of only '#' is left out with a warning. Two
//     spellings of one tag are one tag: the old khanda-ta spelling ত্‍ (ত +
//     ্ + ZWJ) equals ৎ, য় typed as one character (U+09DF) equals য + nukta,
//     ZWJ and ZWNJ do not count, and letter case does not count (#BRICS is
//     #brics); see bangla.TagKey. The first spelling is the one shown.
//   - Byline at the end: the last line of text, when only hashtag lines
//     follow it (so above the hashtag line too), it has at most 60
//     characters, is short without even a '?', and is not a caption, a
//     list item or a line that starts with one of NotBylines (বিস্তারিত
//     আসছে, বিস্তারিত পরে, চলবে …) — like সারাক্ষণ রিপোর্ট. It becomes the
//     author. A last line that ends with '।' is a paragraph. A file of one
//     line is only a lead: it has no headline and no byline.
//
// # Warnings
//
// Every guess that may be wrong is reported in Article.Warnings, with the
// file and line, Bengali first: a derived title, a kicker, a top byline, a
// caption, a dateline taken from the lead or standing on its own line, a
// lead that is only a dateline, a date line left out, a hashtag-looking
// line that gave no tags, invisible characters removed. Warnings never
// stop a build; `check --strict` turns them into errors.
//
// # Input hygiene
//
// See Decode: the file must be UTF-8 (a byte-order mark is dropped) or
// UTF-16 with a byte-order mark. CRLF and CR line ends are fine. The text
// is normalized to NFC. Invalid UTF-8 (reported with its byte offset), NUL
// bytes, C1 control characters, and empty or whitespace-only files are
// errors: a wrong file never becomes a page of replacement characters.
// Other control characters, a byte-order mark inside the text, zero-width
// spaces, word joiners and soft hyphens are removed with one warning per
// file: a stray invisible character never stops a publish.
//
// # The Markdown
//
// Article.Markdown writes front matter with title, kicker, date (RFC
// 3339), tags, author, dateline, caption (each of kicker, author, dateline
// and caption only when there is one) and summary, then the body: the
// lead and the paragraphs, each subheading as a "## " heading, lists as
// Markdown lists ("1." or "-"; a list right after another of the same kind
// uses "1)" or "*" so that they stay two lists), and a soft line break as
// a backslash at the end of the line; blocks are separated by blank
// lines. The headline, kicker, dateline, caption, hashtags and byline are
// not in the body; the templates show them from the front matter.
//
// The text must render exactly as typed, so anything Markdown would read
// as syntax gets a backslash before it: list markers ("1. ", "- "), '#' and
// '>' at the start of a line, "---", backticks, links and images, HTML
// tags, entities like "&amp;", emphasis and strikethrough marks, and a
// backslash before punctuation. Escaping is minimal to keep the file easy
// to edit by hand: '(' '.' '|' and a '#' inside a line stay as they are.
// Bengali digits never start a Markdown list ("১. " needs no escape).
//
// URLs and e-mail addresses stay plain text: with GitHub Flavored
// Markdown's autolinks (which a site may turn on) "www.", "https://" and
// "name@example.com" would become links, so their '.', ':' and '@' are
// escaped too. The page then looks the same whichever Markdown extensions
// the site uses. To make a real link, edit the Markdown by hand:
// <https://example.com>.
package convert
