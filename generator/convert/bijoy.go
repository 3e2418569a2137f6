package convert

import (
	"github.com/sarakhon/digest/generator/bijoy"
	"github.com/sarakhon/digest/generator/diag"
)

// fromBijoy converts what is Bijoy (SutonnyMJ) text in a file to Unicode:
// the whole file when its bytes are Windows-1252 Bijoy (invalid as UTF-8),
// else the lines that are Bijoy pasted as Unicode characters. It returns
// one warning for the file, at its first converted line, and one for each
// line that may be Bijoy but was left as it is. Text that is not UTF-8
// and not Bijoy is returned unchanged, for checkText to reject.
func fromBijoy(text string) (string, []*diag.Error) {
	r := bijoy.Fix(text)
	var warns []*diag.Error
	if len(r.Converted) > 0 {
		warns = append(warns, &diag.Error{Line: r.Converted[0],
			Bn:  "এই ফাইলটি বিজয় (SutonnyMJ) এনকোডিংয়ে লেখা, তাই ইউনিকোডে রূপান্তর করা হয়েছে; ইউনিকোডে সংরক্ষণ করতে `convert --write` চালান",
			Msg: "this file is in Bijoy (SutonnyMJ) encoding and was converted; run `convert --write` to save it as Unicode"})
	}
	for _, n := range r.Unsure {
		warns = append(warns, &diag.Error{Line: n,
			Bn:  "এই লাইনটি বিজয় (SutonnyMJ) এনকোডিংয়ে হতে পারে, তবে নিশ্চিত নয়, তাই যেমন ছিল তেমনই রাখা হয়েছে; বিজয় হলে লাইনটি ইউনিকোডে লিখুন",
			Msg: "this line may be in Bijoy (SutonnyMJ) encoding, but that is not certain, so it was left as it is; if it is Bijoy, type it again in Unicode"})
	}
	return r.Text, warns
}
