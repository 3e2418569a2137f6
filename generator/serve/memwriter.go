package serve

import "sync"

// MemWriter collects the files of a build in memory. It implements
// site.Writer; WriteFile may be called from several goroutines.
type MemWriter struct {
	mu    sync.Mutex
	files map[string][]byte
}

// WriteFile stores data under name. It keeps data itself, not a copy:
// the build never changes it after the call (see site.Writer), and
// consecutive builds with a site.Cache share the bytes of unchanged files
// instead of copying the whole site after every save.
func (m *MemWriter) WriteFile(name string, data []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.files == nil {
		m.files = map[string][]byte{}
	}
	m.files[name] = data
	return nil
}

// Files returns the collected files; the MemWriter must not be used after.
func (m *MemWriter) Files() map[string][]byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.files == nil {
		return map[string][]byte{}
	}
	return m.files
}
