package bijoy

// kind is the part a code plays in a syllable, which decides where its
// Unicode goes when the glyph order of Bijoy becomes the logical order of
// Unicode.
type kind uint8

const (
	other  kind = iota // digits, punctuation, space: ends a syllable
	vowel              // an independent vowel: অ আ ই …
	cons               // a consonant or a whole conjunct: ক, ক্ষ, ন্ড
	half               // a consonant with virama that joins the next code: ন্ (š), স্ (¯)
	phala              // a sign that starts with virama and joins the code before: ্য (¨), ্র (ª)
	pre                // a vowel sign drawn before its cluster: ি ে ৈ
	post               // a vowel sign drawn after its cluster: া ী ু ূ ৃ ৗ
	sign               // ং ঃ ঁ
	reph               // © : র্ drawn on the cluster before it
	virama             // & : a virama the font shows, for conjuncts it has no glyph for
)

// code is what one Bijoy character stands for.
type code struct {
	u string
	k kind
}

// codes maps the characters of the SutonnyMJ font, as they arrive in
// Unicode (after Windows-1252 decoding or as pasted), to Bengali. Several
// codes draw the same sign in another shape (‡ and † are both ে; “ is the
// ু that fits under র); they all map to the one Unicode sign. The three
// codes that Bijoy 52 reads differently (Í æ ø) are resolved in Convert.
var codes = map[rune]code{
	// Independent vowels; "Av" (আ) is joined in Convert.
	'A': {"অ", vowel}, 'B': {"ই", vowel}, 'C': {"ঈ", vowel}, 'D': {"উ", vowel},
	'E': {"ঊ", vowel}, 'F': {"ঋ", vowel}, 'G': {"এ", vowel}, 'H': {"ঐ", vowel},
	'I': {"ও", vowel}, 'J': {"ঔ", vowel},

	// Consonants.
	'K': {"ক", cons}, 'L': {"খ", cons}, 'M': {"গ", cons}, 'N': {"ঘ", cons},
	'O': {"ঙ", cons}, 'P': {"চ", cons}, 'Q': {"ছ", cons}, 'R': {"জ", cons},
	'S': {"ঝ", cons}, 'T': {"ঞ", cons}, 'U': {"ট", cons}, 'V': {"ঠ", cons},
	'W': {"ড", cons}, 'X': {"ঢ", cons}, 'Y': {"ণ", cons}, 'Z': {"ত", cons},
	'_': {"থ", cons}, '`': {"দ", cons}, 'a': {"ধ", cons}, 'b': {"ন", cons},
	'c': {"প", cons}, 'd': {"ফ", cons}, 'e': {"ব", cons}, 'f': {"ভ", cons},
	'g': {"ম", cons}, 'h': {"য", cons}, 'i': {"র", cons}, 'j': {"ল", cons},
	'k': {"শ", cons}, 'l': {"ষ", cons}, 'm': {"স", cons}, 'n': {"হ", cons},
	'o': {"ড়", cons}, 'p': {"ঢ়", cons}, 'q': {"য়", cons}, 'r': {"ৎ", cons},

	// Signs.
	's': {"ং", sign}, 't': {"ঃ", sign}, 'u': {"ঁ", sign},
	'v': {"া", post}, 'x': {"ী", post},
	'y': {"ু", post}, 'z': {"ু", post}, '“': {"ু", post}, '–': {"ু", post},
	'~': {"ূ", post}, 'ƒ': {"ূ", post}, '‚': {"ূ", post},
	'„': {"ৃ", post}, '…': {"ৃ", post},
	'Š': {"ৗ", post},
	'w': {"ি", pre}, '‡': {"ে", pre}, '†': {"ে", pre}, 'ˆ': {"ৈ", pre}, '‰': {"ৈ", pre},
	'©': {"র্", reph},
	'&': {"্", virama},

	// Half forms: a consonant with virama, joined to what follows.
	'”': {"চ্", half}, '•': {"ঙ্", half}, '˜': {"দ্", half}, '™': {"দ্", half},
	'š': {"ন্", half}, '›': {"ন্", half}, '¤': {"ম্", half}, '®': {"ষ্", half},
	'¯': {"স্", half},

	// Phalas and the second halves of conjuncts.
	'¨': {"্য", phala},
	'ª': {"্র", phala}, '«': {"্র", phala}, 'Ö': {"্র", phala},
	'¬': {"্ল", phala}, '\u00AD': {"্ল", phala},
	'^': {"্ব", phala}, 'Ÿ': {"্ব", phala}, '¡': {"্ব", phala}, '¦': {"্ব", phala},
	'œ': {"্ন", phala}, 'è': {"্ন", phala},
	'¥': {"্ম", phala}, '§': {"্ম", phala},
	'‹': {"্ক", phala}, 'Œ': {"্ক্র", phala},
	'—': {"্ত", phala}, '‘': {"্তু", phala}, '¿': {"্ত্র", phala},
	'’': {"্থ", phala}, '¢': {"্ভ", phala}, '£': {"্ভ্র", phala}, 'ú': {"্প", phala},

	// Conjuncts with a code of their own.
	'°': {"ক্ক", cons}, '±': {"ক্ট", cons}, '²': {"ক্ষ্ম", cons}, '³': {"ক্ত", cons},
	'´': {"ক্ম", cons}, 'µ': {"ক্র", cons}, '¶': {"ক্ষ", cons}, 'ÿ': {"ক্ষ", cons},
	'·': {"ক্স", cons}, '¸': {"গু", cons}, '¹': {"জ্ঞ", cons}, 'º': {"গ্দ", cons},
	'»': {"গ্ধ", cons}, '¼': {"ঙ্ক", cons}, '½': {"ঙ্গ", cons}, '¾': {"জ্জ", cons},
	'À': {"জ্ঝ", cons}, 'Á': {"জ্ঞ", cons}, 'Â': {"ঞ্চ", cons}, 'Ã': {"ঞ্ছ", cons},
	'Ä': {"ঞ্জ", cons}, 'Å': {"ঞ্ঝ", cons}, 'Æ': {"ট্ট", cons}, 'Ç': {"ড্ড", cons},
	'È': {"ণ্ট", cons}, 'É': {"ণ্ঠ", cons}, 'Ê': {"ণ্ড", cons}, 'Ë': {"ত্ত", cons},
	'Ì': {"ত্থ", cons}, 'Í': {"ত্ম", cons}, 'Î': {"ত্র", cons}, 'Ï': {"দ্দ", cons},
	'×': {"দ্ধ", cons}, 'Ø': {"দ্ব", cons}, 'Ù': {"দ্ম", cons}, 'Ú': {"ন্ঠ", cons},
	'Û': {"ন্ড", cons}, 'Ü': {"ন্ধ", cons}, 'Ý': {"ন্স", cons}, 'Þ': {"প্ট", cons},
	'ß': {"প্ত", cons}, 'à': {"প্প", cons}, 'á': {"প্স", cons}, 'â': {"ব্জ", cons},
	'ã': {"ব্দ", cons}, 'ä': {"ব্ধ", cons}, 'å': {"ভ্র", cons}, 'æ': {"ম্ন", cons},
	'ç': {"ম্ফ", cons}, 'é': {"ল্ক", cons}, 'ê': {"ল্গ", cons}, 'ë': {"ল্ট", cons},
	'ì': {"ল্ড", cons}, 'í': {"ল্প", cons}, 'î': {"ল্ফ", cons}, 'ï': {"শু", cons},
	'ð': {"শ্চ", cons}, 'ñ': {"শ্ছ", cons}, 'ò': {"ষ্ণ", cons}, 'ó': {"ষ্ট", cons},
	'ô': {"ষ্ঠ", cons}, 'õ': {"ষ্ফ", cons}, 'ö': {"স্খ", cons}, '÷': {"স্ট", cons},
	'ø': {"স্ন", cons}, 'ù': {"স্ফ", cons}, 'û': {"হু", cons}, 'ü': {"হৃ", cons},
	'ý': {"হ্ন", cons}, 'þ': {"হ্ম", cons},

	// Digits and punctuation that differ from ASCII.
	'0': {"০", other}, '1': {"১", other}, '2': {"২", other}, '3': {"৩", other},
	'4': {"৪", other}, '5': {"৫", other}, '6': {"৬", other}, '7': {"৭", other},
	'8': {"৮", other}, '9': {"৯", other},
	'|': {"।", other}, '\\': {"॥", other},
	'Ò': {"“", other}, 'Ó': {"”", other}, 'Ô': {"‘", other}, 'Õ': {"’", other},
	'Ñ': {"—", other}, 'Ð': {"–", other},
}

// Bijoy 52 meanings of the three codes it redefined (see the package doc).
var (
	ta52   = code{"্ত", phala} // Í
	u52    = code{"ু", post}   // æ
	lphala = code{"্ল", phala} // ø
)
