// Package serve is the preview server: an http.Handler over the latest
// build of the site, held in memory and swapped whole, with a small
// server-sent-events endpoint that tells open pages to reload.
//
// The handler serves only what the last good build produced: request paths
// are cleaned and looked up in a map, so no request can read a file from
// disk. HTML responses get a reload script injected before </body>; the
// templates never see it.
package serve

import (
	"encoding/json"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// EventsPath is the path of the events endpoint under the base path.
const EventsPath = "__digest/events"

// snapshot is one state of the site: the files of the last good build and
// the error of the last build, if it failed.
type snapshot struct {
	files map[string][]byte
	gen   uint64 // counts good builds
	err   string // the last build's error; empty when it succeeded
	box   []byte // the message box that shows err in every page
}

// Server serves the latest build. Its zero value is not usable: call New.
type Server struct {
	base string // starts and ends with '/'
	cur  atomic.Pointer[snapshot]

	mu     sync.Mutex
	subs   map[chan struct{}]struct{}
	closed chan struct{}
	once   sync.Once
}

// New returns a Server for a site served under basePath (such as "/" or
// "/digest/"). It serves 503 until the first Publish.
func New(basePath string) *Server {
	if !strings.HasPrefix(basePath, "/") {
		basePath = "/" + basePath
	}
	if !strings.HasSuffix(basePath, "/") {
		basePath += "/"
	}
	return &Server{base: basePath, subs: map[chan struct{}]struct{}{}, closed: make(chan struct{})}
}

// Publish makes a build visible. When err is nil, files replace the site
// at once; otherwise the previous files stay and err is shown in every
// page until a build succeeds. Open event streams are told either way.
func (s *Server) Publish(files map[string][]byte, err error) {
	old := s.cur.Load()
	next := &snapshot{}
	if old != nil {
		*next = *old
	}
	if err != nil {
		next.err, next.box = err.Error(), messageBox(err, next.gen > 0)
	} else {
		next.files, next.err, next.box = files, "", nil
		next.gen++
	}
	s.cur.Store(next)
	s.mu.Lock()
	for ch := range s.subs {
		select {
		case ch <- struct{}{}:
		default: // a notice is already pending; the stream reads the newest state
		}
	}
	s.mu.Unlock()
}

// Close ends every open event stream, so that http.Server.Shutdown does
// not wait for them.
func (s *Server) Close() { s.once.Do(func() { close(s.closed) }) }

// ServeHTTP serves a file of the latest build, or the event stream, to
// requests for localhost or an IP address (see localHost).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !localHost(r.Host) {
		http.Error(w, "the preview answers only http://localhost:PORT/ or http://IP-ADDRESS:PORT/, not "+r.Host+": open it at the address it printed", http.StatusMisdirectedRequest)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	p := r.URL.Path
	if p != s.base && (p+"/" == s.base || p == "/") {
		http.Redirect(w, r, s.base, http.StatusFound)
		return
	}
	snap := s.cur.Load()
	if snap == nil {
		http.Error(w, "the site is still building", http.StatusServiceUnavailable)
		return
	}
	rel, ok := strings.CutPrefix(p, s.base)
	if !ok || strings.ContainsAny(rel, "\\\x00") {
		s.notFound(w, r, snap)
		return
	}
	if rel == EventsPath {
		s.events(w, r)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+rel), "/")
	if name == "" || strings.HasSuffix(rel, "/") {
		name = path.Join(name, "index.html")
	}
	data, ok := snap.files[name]
	if !ok {
		if _, dir := snap.files[path.Join(name, "index.html")]; dir {
			u := url.URL{Path: s.base + name + "/"}
			http.Redirect(w, r, u.EscapedPath(), http.StatusMovedPermanently)
			return
		}
		s.notFound(w, r, snap)
		return
	}
	s.send(w, r, name, data, http.StatusOK, snap)
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request, snap *snapshot) {
	data, ok := snap.files["404.html"]
	if !ok {
		data = []byte("<!doctype html><title>404</title><body><h1>404</h1></body>")
	}
	s.send(w, r, "404.html", data, http.StatusNotFound, snap)
}

// localHost reports whether a request's Host names this machine the way
// a browser on it or on its network would: localhost (or a name under
// .localhost, which browsers resolve to the machine itself) or an IP
// address. Any other name may be a DNS-rebinding attack: a page of
// evil.example whose name is made to point at 127.0.0.1 would otherwise
// read the drafts from the editor's browser. An IP address cannot be: a
// page can only reach it as its own origin.
func localHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if _, err := netip.ParseAddr(host); err == nil {
		return true
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	return host == "localhost" || strings.HasSuffix(host, ".localhost")
}

// send writes one file with its content type, injecting the reload script
// into HTML.
func (s *Server) send(w http.ResponseWriter, r *http.Request, name string, data []byte, status int, snap *snapshot) {
	ctype := ContentType(name)
	if strings.HasPrefix(ctype, "text/html") {
		data = Inject(data, append(snap.box, s.script(snap)...))
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(data)
	}
}

// types are the content types that matter for the site and that the
// system's MIME table may lack or spell differently.
var types = map[string]string{
	".html":        "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".json":        "application/json",
	".xml":         "application/xml; charset=utf-8",
	".opml":        "text/x-opml; charset=utf-8",
	".txt":         "text/plain; charset=utf-8",
	".svg":         "image/svg+xml",
	".woff2":       "font/woff2",
	".woff":        "font/woff",
	".webmanifest": "application/manifest+json",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".webp":        "image/webp",
}

// ContentType returns the Content-Type of a built file by its name.
func ContentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := types[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// Inject puts script just before the last </body> of page, in any ASCII
// case, or at its end when there is none. The search folds ASCII letters
// only: lower-casing the whole page changes the length of text such as
// "İstanbul" or "Ⱥ", and an index into the lower-cased copy would cut
// the page in the wrong place.
func Inject(page, script []byte) []byte {
	i := lastIndexFold(page, "</body>")
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+len(script))
	out = append(out, page[:i]...)
	out = append(out, script...)
	return append(out, page[i:]...)
}

// lastIndexFold returns the index of the last instance of the ASCII
// string lower in s, ignoring the case of ASCII letters, or -1.
func lastIndexFold(s []byte, lower string) int {
	for i := len(s) - len(lower); i >= 0; i-- {
		if asciiEqualFold(s[i:i+len(lower)], lower) {
			return i
		}
	}
	return -1
}

// asciiEqualFold reports whether b is lower with some ASCII letters in
// upper case.
func asciiEqualFold(b []byte, lower string) bool {
	for j := range len(lower) {
		c := b[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[j] {
			return false
		}
	}
	return true
}

// script is the reload script for a page served from snap: it reloads the
// page when a newer build lands or the build's error changes, so that the
// page shows the message box of the newest state (see messageBox).
func (s *Server) script(snap *snapshot) []byte {
	state, _ := json.Marshal(eventState{Gen: snap.gen, Error: snap.err})
	events, _ := json.Marshal(s.base + EventsPath)
	return fmt.Appendf(nil, `<script data-digest-preview>(function(){
var page=%s,es=new EventSource(%s);
function on(e){var st=JSON.parse(e.data);if(st.gen!==page.gen||(st.error||"")!==(page.error||""))location.reload()}
es.addEventListener("state",on);es.addEventListener("reload",on);es.addEventListener("builderror",on)})();</script>`, state, events)
}

// eventState is the data of every event: the build generation and error.
type eventState struct {
	Gen   uint64 `json:"gen"`
	Error string `json:"error,omitempty"`
}

// events streams the state on connect and after every build: "reload"
// after a good build, "builderror" after a failed one.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch := make(chan struct{}, 1)
	s.mu.Lock()
	s.subs[ch] = struct{}{}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.subs, ch)
		s.mu.Unlock()
	}()
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	send := func(event string, snap *snapshot) bool {
		data, _ := json.Marshal(eventState{Gen: snap.gen, Error: snap.err})
		_, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", event, data)
		flusher.Flush()
		return err == nil
	}
	last := s.cur.Load()
	if _, err := fmt.Fprint(w, "retry: 1000\n\n"); err != nil || !send("state", last) {
		return
	}
	keepAlive := time.NewTicker(30 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.closed:
			return
		case <-keepAlive.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			flusher.Flush()
		case <-ch:
			snap := s.cur.Load()
			event := "reload"
			if snap.err != "" {
				event = "builderror"
			} else if snap.gen == last.gen {
				continue
			}
			last = snap
			if !send(event, snap) {
				return
			}
		}
	}
}
