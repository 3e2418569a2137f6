package render

import "regexp"

// spaceBeforeDanda matches white space before a danda (। or ॥), also
// across closing tags, as in "কথা </em> ।".
var spaceBeforeDanda = regexp.MustCompile(`(?:\s|\x{00A0}|&nbsp;)+((?:</[a-zA-Z][a-zA-Z0-9]*>)*)(?:\s|\x{00A0}|&nbsp;)*([।॥])|((?:</[a-zA-Z][a-zA-Z0-9]*>)+)(?:\s|\x{00A0}|&nbsp;)+([।॥])`)

// tightenDanda removes the white space an editor may type before a danda.
// Bengali sets the danda close to its word like a full stop; a space
// before it also lets the browser start a line with it.
func tightenDanda(page []byte) []byte {
	return spaceBeforeDanda.ReplaceAll(page, []byte("$1$2$3$4"))
}
