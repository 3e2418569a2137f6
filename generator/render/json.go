package render

import (
	"bytes"
	"encoding/json"
	"html/template"
)

// jsonJS encodes v for a <script type="application/ld+json"> element.
// encoding/json escapes <, > and & so no text can close the element.
func jsonJS(v any) (template.JS, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return template.JS(bytes.TrimSpace(buf.Bytes())), nil
}
