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
// It reaches a newsroom in two ways: as the raw bytes of a Bijoy-era
// program (Windows-1252, invalid as UTF-8; see FromWindows1252) and pasted
// into a Unicode editor (valid UTF-8 full of ‡ ˆ © ¨; see Fix). Fix works
// run by run (a run is a line: a paragraph of the newsroom format), so a
// file that mixes Unicode and Bijoy paragraphs has only its Bijoy
// paragraphs converted, and a run whose evidence is too thin either way is
// left as it is and reported.
//
// Detection adds up evidence per word: Bijoy-only characters inside a
// word (‡ ˆ ¨ ¯ ª, © after a letter), the most frequent Bijoy words
// (evsjv‡`k, miKvi, K‡i‡Qb, n‡q‡Q, Rb¨…), letter patterns no English word
// has (a vowel-sign code after a consonant code, as in "Kv", "Zv", "wK"),
// against English words, and Bengali letters rule a run out. A text with
// nothing that could be Bijoy is ruled out in one scan of its bytes.
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
