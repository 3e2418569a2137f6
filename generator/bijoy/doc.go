// Package bijoy reads Bengali text typed with the Bijoy keyboard into the
// SutonnyMJ family of fonts (Bijoy 2000, "classic", and Bijoy 52) and
// turns it into Unicode NFC.
//
// Such text is not Unicode: it stores the glyphs of the font as Latin and
// Windows-1252 characters, in the order they are drawn. The vowel signs
// ি ে ৈ come before their consonant cluster (ো and ৌ are written as ে
// before and া or ৗ after it), reph (র্) comes after the cluster it sits
// on, and many conjuncts have a code of their own. So বাংলাদেশ সরকার is
// stored as "evsjv‡`k miKvi", and ঢাকা as the plain ASCII "XvKv".
//
// Convert puts the signs in Unicode order: ি ে ৈ after their cluster (ে
// with া or ৗ after the cluster becomes ো or ৌ), reph before its cluster
// (with the vowel signs after it), ং ঃ ঁ last. Half forms and phalas join
// into one cluster (š— is ন্ত, ¯^ স্ব); ra + ya-phala (i¨) is written
// র‍্য, with the ZWJ Unicode needs to keep it from becoming reph on য (h©
// is র্য, as in কার্য); & is a virama for a conjunct the font has no
// glyph for. Digits become Bengali digits, | and \ the dandas । and ॥,
// Ò Ó Ô Õ the curly quotes “ ” ‘ ’, Ñ and Ð the dashes — and –. A Unicode
// — or – that an editor's autocorrect put into Bijoy text stays a dash
// where Bijoy's ্ত or ু cannot stand (not after a half form; before a
// space).
//
// It reaches a newsroom in two ways: as the raw bytes of a Bijoy-era
// program (Windows-1252, invalid as UTF-8) and pasted into a Unicode
// editor (valid UTF-8 full of ‡ ˆ © ¨). Fix takes both. It works run by
// run (a run is a line: a paragraph of the newsroom format, a line of
// front matter), so a file that mixes Unicode and Bijoy paragraphs has
// only its Bijoy paragraphs converted, and a run whose evidence is too
// thin either way is left as it is and reported.
//
// Detection adds up evidence per word: Bijoy codes where Bijoy puts them
// (‡ ˆ before a letter, ¨ ª after one, š ¯ before one, © after one), the
// most frequent Bijoy words (evsjv‡`k, miKvi, K‡i‡Qb, n‡q‡Q, Rb¨, and
// pure-ASCII ones such as Ges, wZwb, XvKv), and letter pairs English
// words rarely have (a capital after a lower-case letter, as in miKvi; a
// vowel-sign code after a consonant code, as in Kv, Zx). Against it count
// frequent English words and English letter pairs (th, ou, tion…);
// typographic quotes, dashes, ©, ®, ™ and the accented letters of
// European names count little. Bengali letters rule a run out. Runs need
// less evidence in a file that is mostly Bijoy (a byline, a title). A
// text with nothing that could be Bijoy is ruled out in one scan of its
// bytes, which also finds the raw-bytes case.
//
// Bijoy 52 ("Bijoy Bayanno") gave three codes new meanings: Í is ্ত (it
// was ত্ম), æ is ু after র (it was ম্ন) and ø is ্ল (it was স্ন). The
// classic meanings have ordinary spellings that Bijoy users type instead
// (Z¥, gœ, mœ), while the new ones are among the most frequent signs, and
// the context tells them apart: a Í after a half-form (š, ¯) is ্ত, an æ
// after র or ra-phala is ু, an ø after a consonant is ্ল. So both
// variants are read without an option.
//
// Nothing here reads files; the package imports nothing of this module
// but bangla.
package bijoy
