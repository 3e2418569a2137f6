package bijoy

import "testing"

func TestFromWindows1252(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		ok   bool
	}{
		{"Bijoy", []byte("evsjv\x87`k miKvi\r\nXvKvq \x88eVK K\x87i\x87Qb|\r\n"), true},
		{"UTF-8 Bijoy", []byte("evsjv‡`k miKvi"), false},
		{"UTF-8 Bengali with a broken byte", []byte("ভারত।\nরা\xFFশিয়া"), false},
		{"UTF-8 Bengali cut short", []byte("ভারত\xE0\xA6"), false},
		{"English in Windows-1252", []byte("\x93Talks went well,\x94 the minister said \x97 caf\xE9 diplomacy."), false},
	}
	for _, tt := range tests {
		s, ok := FromWindows1252(tt.in)
		if ok != tt.ok {
			t.Errorf("%s: ok = %v, want %v (%q)", tt.name, ok, tt.ok, s)
		}
	}
}

func TestFixRawBytes(t *testing.T) {
	r := Fix("evsjv\x87`k miKvi\r\nXvKvq \x88eVK K\x87i\x87Qb|\r\n")
	if want := "বাংলাদেশ সরকার\r\nঢাকায় বৈঠক করেছেন।\r\n"; r.Text != want || !r.Windows1252 || len(r.Converted) != 2 {
		t.Errorf("Fix = %q, %+v; want %q from Windows-1252", r.Text, r, want)
	}
	if r := Fix("caf\xE9"); r.Text != "caf\xE9" || r.Windows1252 || r.Converted != nil {
		t.Errorf("Fix(English Windows-1252) = %+v, want it untouched", r)
	}
}
