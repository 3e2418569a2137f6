package config

import (
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Size is a number of bytes, written in site.yaml as a number with an
// optional unit: 1GB, 750 MB, 1.5GB, 200000 (bytes). Units are decimal,
// as hosts state their limits: 1 GB is 10⁹ bytes.
type Size int64

var units = []struct {
	suffix string
	bytes  float64
}{{"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}}

// ParseSize reads a Size.
func ParseSize(s string) (Size, error) {
	num, mul := strings.TrimSpace(s), 1.0
	for _, u := range units {
		if rest, ok := strings.CutSuffix(strings.ToUpper(num), u.suffix); ok {
			num, mul = strings.TrimSpace(rest), u.bytes
			break
		}
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || f <= 0 || f*mul >= 1<<62 {
		return 0, fmt.Errorf("%q is not a size: write a positive number with a unit, such as 1GB or 750MB", s)
	}
	return Size(f * mul), nil
}

// UnmarshalYAML reads a Size from a scalar.
func (z *Size) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: budget must be a size such as 1GB or 750MB", n.Line)
	}
	v, err := ParseSize(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: budget: %w", n.Line, err)
	}
	*z = v
	return nil
}

// String writes z in the largest unit that keeps a whole number before the
// point, with one decimal: 1.0 GB, 396.2 MB, 812 B.
func (z Size) String() string {
	for _, u := range units[:3] {
		if float64(z) >= u.bytes {
			return strconv.FormatFloat(float64(z)/u.bytes, 'f', 1, 64) + " " + u.suffix
		}
	}
	return strconv.FormatInt(int64(z), 10) + " B"
}
