package serve

import "sync"

// MemWriter collects the files of a build in memory. It implements
// site.Writer; WriteFile may be called from several goroutines.
type MemWriter struct {
	mu    sync.Mutex
	files map[string][]byte
}

// WriteFile stores a copy of data under name.
func (m *MemWriter) WriteFile(name string, data []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.files == nil {
		m.files = map[string][]byte{}
	}
	m.files[name] = append([]byte(nil), data...)
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
