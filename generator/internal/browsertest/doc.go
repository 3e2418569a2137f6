// Package browsertest holds the test that looks at the built site in a real
// browser: it builds the repository's sample site, serves it on 127.0.0.1
// under a project-site base path and drives headless Chromium through the
// DevTools protocol (chromedp).
//
// The test checks what only a browser can: that Bengali text is drawn with
// the self-hosted Noto Sans Bengali (no fallback font), that nothing
// scrolls sideways at 360 px, that dark mode applies, that the subscribe
// page's copy buttons appear and copy the feed address, that no request
// leaves 127.0.0.1, and that axe-core finds no serious or critical
// accessibility violation.
//
// Environment:
//
//	CHROME_PATH=/path/to/chromium   browser to drive (default: chromium on PATH)
//	AXE_PATH=/path/to/axe.min.js    axe-core (default: .ci/node/node_modules/axe-core/)
//	BROWSER_TEST_REQUIRED=1         fail instead of skipping when either is missing
//	UPDATE_SCREENSHOTS=1            write screenshots to docs/screenshots/
//
// It has no non-test code.
package browsertest
