//go:build !linux

package site

// exchange is renameat2 on Linux; elsewhere WriteDir falls back to two
// renames.
func exchange(a, b string) error { return errNoExchange }
