package site

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"time"
	"unsafe"
)

// A codec writes values of one type to bytes and reads them back, for
// the build cache that a build keeps on disk (see OpenCache). It is
// derived from the type by reflection, like the fingerprints, so that a
// field added to a cached struct is stored without an edit here; a field
// it cannot store exactly (a func, a channel, an interface, an
// unexported field) makes newCodec fail, and the cache then stores
// nothing rather than a value that would come back without it.
type codec struct {
	enc func(*[]byte, reflect.Value)
	dec func(*reader, reflect.Value) error
}

// errShort says that the bytes end before the value does.
var errShort = errors.New("cache data ends early")

// reader reads what a codec wrote. The strings and byte slices it decodes
// share its bytes instead of copying them: the cache's index is read
// once and never changed, and copying it took a second and a third
// copy of every article's fields (330 MB more at 30 000 articles, with
// the search terms). So the bytes given to a reader must not change
// while what it decoded is in use.
type reader struct{ b []byte }

func (r *reader) uvarint() (uint64, error) {
	n, k := binary.Uvarint(r.b)
	if k <= 0 {
		return 0, errShort
	}
	r.b = r.b[k:]
	return n, nil
}

func (r *reader) varint() (int64, error) {
	n, k := binary.Varint(r.b)
	if k <= 0 {
		return 0, errShort
	}
	r.b = r.b[k:]
	return n, nil
}

// length reads a length that the rest of the bytes can hold, each
// element taking at least one byte, so that damaged data cannot make a
// huge allocation.
func (r *reader) length() (int, error) {
	n, err := r.uvarint()
	if err != nil {
		return 0, err
	}
	if n > uint64(len(r.b)) {
		return 0, errShort
	}
	return int(n), nil
}

func (r *reader) bytes(n int) ([]byte, error) {
	if n > len(r.b) {
		return nil, errShort
	}
	b := r.b[:n:n]
	r.b = r.b[n:]
	return b, nil
}

// newCodec returns the codec of t, or an error naming the first part of
// t it cannot store.
func newCodec(t reflect.Type) (codec, error) {
	return compile(t, t.String(), map[reflect.Type]bool{})
}

func compile(t reflect.Type, where string, seen map[reflect.Type]bool) (codec, error) {
	if t == timeType {
		return timeCodec, nil
	}
	switch t.Kind() {
	case reflect.Bool:
		return codec{
			enc: func(b *[]byte, v reflect.Value) {
				c := byte(0)
				if v.Bool() {
					c = 1
				}
				*b = append(*b, c)
			},
			dec: func(r *reader, v reflect.Value) error {
				c, err := r.bytes(1)
				if err == nil {
					v.SetBool(c[0] == 1)
				}
				return err
			},
		}, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return codec{
			enc: func(b *[]byte, v reflect.Value) { *b = binary.AppendVarint(*b, v.Int()) },
			dec: func(r *reader, v reflect.Value) error {
				n, err := r.varint()
				if err == nil && v.OverflowInt(n) {
					err = fmt.Errorf("cache data: %d overflows %s", n, v.Type())
				}
				if err == nil {
					v.SetInt(n)
				}
				return err
			},
		}, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return codec{
			enc: func(b *[]byte, v reflect.Value) { *b = binary.AppendUvarint(*b, v.Uint()) },
			dec: func(r *reader, v reflect.Value) error {
				n, err := r.uvarint()
				if err == nil && v.OverflowUint(n) {
					err = fmt.Errorf("cache data: %d overflows %s", n, v.Type())
				}
				if err == nil {
					v.SetUint(n)
				}
				return err
			},
		}, nil
	case reflect.Float32, reflect.Float64:
		return codec{
			enc: func(b *[]byte, v reflect.Value) {
				*b = binary.LittleEndian.AppendUint64(*b, math.Float64bits(v.Float()))
			},
			dec: func(r *reader, v reflect.Value) error {
				c, err := r.bytes(8)
				if err == nil {
					v.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64(c)))
				}
				return err
			},
		}, nil
	case reflect.String:
		return codec{
			enc: func(b *[]byte, v reflect.Value) {
				*b = binary.AppendUvarint(*b, uint64(v.Len()))
				*b = append(*b, v.String()...)
			},
			dec: func(r *reader, v reflect.Value) error {
				n, err := r.length()
				if err != nil {
					return err
				}
				s, err := r.bytes(n)
				if err == nil {
					v.SetString(unsafe.String(unsafe.SliceData(s), n))
				}
				return err
			},
		}, nil
	}
	if seen[t] {
		return codec{}, fmt.Errorf("%s: the type %s contains itself", where, t)
	}
	seen[t] = true
	defer delete(seen, t)
	switch t.Kind() {
	case reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 { // hashes: copied whole
			n := t.Len()
			return codec{
				enc: func(b *[]byte, v reflect.Value) {
					start := len(*b)
					*b = append(*b, make([]byte, n)...)
					reflect.Copy(reflect.ValueOf((*b)[start:]), v)
				},
				dec: func(r *reader, v reflect.Value) error {
					c, err := r.bytes(n)
					if err == nil {
						reflect.Copy(v, reflect.ValueOf(c))
					}
					return err
				},
			}, nil
		}
		elem, err := compile(t.Elem(), where+"[]", seen)
		if err != nil {
			return codec{}, err
		}
		return codec{
			enc: func(b *[]byte, v reflect.Value) {
				for i := range v.Len() {
					elem.enc(b, v.Index(i))
				}
			},
			dec: func(r *reader, v reflect.Value) error {
				for i := range v.Len() {
					if err := elem.dec(r, v.Index(i)); err != nil {
						return err
					}
				}
				return nil
			},
		}, nil
	case reflect.Slice:
		// A nil slice and an empty one are told apart: a template's
		// "if" treats them alike, but Go code may not.
		if t.Elem().Kind() == reflect.Uint8 { // bytes: copied whole
			return codec{
				enc: func(b *[]byte, v reflect.Value) {
					if v.IsNil() {
						*b = append(*b, 0)
						return
					}
					*b = binary.AppendUvarint(*b, uint64(v.Len())+1)
					*b = append(*b, v.Bytes()...)
				},
				dec: func(r *reader, v reflect.Value) error {
					n, err := r.uvarint()
					if err != nil || n == 0 {
						return err
					}
					if n-1 > uint64(len(r.b)) {
						return errShort
					}
					c, err := r.bytes(int(n - 1))
					if err == nil {
						v.SetBytes(c)
					}
					return err
				},
			}, nil
		}
		elem, err := compile(t.Elem(), where+"[]", seen)
		if err != nil {
			return codec{}, err
		}
		return codec{
			enc: func(b *[]byte, v reflect.Value) {
				if v.IsNil() {
					*b = append(*b, 0)
					return
				}
				*b = binary.AppendUvarint(*b, uint64(v.Len())+1)
				for i := range v.Len() {
					elem.enc(b, v.Index(i))
				}
			},
			dec: func(r *reader, v reflect.Value) error {
				n, err := r.uvarint()
				if err != nil || n == 0 {
					return err
				}
				if n-1 > uint64(len(r.b)) {
					return errShort
				}
				s := reflect.MakeSlice(t, int(n-1), int(n-1))
				for i := range s.Len() {
					if err := elem.dec(r, s.Index(i)); err != nil {
						return err
					}
				}
				v.Set(s)
				return nil
			},
		}, nil
	case reflect.Map:
		key, err := compile(t.Key(), where+"[key]", seen)
		if err != nil {
			return codec{}, err
		}
		elem, err := compile(t.Elem(), where+"[value]", seen)
		if err != nil {
			return codec{}, err
		}
		return codec{
			enc: func(b *[]byte, v reflect.Value) {
				if v.IsNil() {
					*b = append(*b, 0)
					return
				}
				*b = binary.AppendUvarint(*b, uint64(v.Len())+1)
				for it := v.MapRange(); it.Next(); {
					key.enc(b, it.Key())
					elem.enc(b, it.Value())
				}
			},
			dec: func(r *reader, v reflect.Value) error {
				n, err := r.uvarint()
				if err != nil || n == 0 {
					return err
				}
				if n-1 > uint64(len(r.b)) {
					return errShort
				}
				m := reflect.MakeMapWithSize(t, int(n-1))
				k, e := reflect.New(t.Key()).Elem(), reflect.New(t.Elem()).Elem()
				for range n - 1 {
					k.SetZero()
					e.SetZero()
					if err := key.dec(r, k); err != nil {
						return err
					}
					if err := elem.dec(r, e); err != nil {
						return err
					}
					m.SetMapIndex(k, e)
				}
				v.Set(m)
				return nil
			},
		}, nil
	case reflect.Pointer:
		elem, err := compile(t.Elem(), where, seen)
		if err != nil {
			return codec{}, err
		}
		return codec{
			enc: func(b *[]byte, v reflect.Value) {
				if v.IsNil() {
					*b = append(*b, 0)
					return
				}
				*b = append(*b, 1)
				elem.enc(b, v.Elem())
			},
			dec: func(r *reader, v reflect.Value) error {
				c, err := r.bytes(1)
				if err != nil || c[0] == 0 {
					return err
				}
				p := reflect.New(t.Elem())
				if err := elem.dec(r, p.Elem()); err != nil {
					return err
				}
				v.Set(p)
				return nil
			},
		}, nil
	case reflect.Struct:
		fields, err := compileFields(t, where, nil, seen)
		if err != nil {
			return codec{}, err
		}
		return fields, nil
	}
	return codec{}, fmt.Errorf("%s is of kind %s, which the build cache cannot store", where, t.Kind())
}

// compileFields returns the codec of the struct type t's fields. Every
// field must be exported and storable but those named in apart, which
// the caller stores by other means (see bodyApart).
func compileFields(t reflect.Type, where string, apart map[string]bool, seen map[reflect.Type]bool) (codec, error) {
	type part struct {
		index int
		c     codec
	}
	var parts []part
	for i := range t.NumField() {
		f := t.Field(i)
		if apart[f.Name] {
			continue
		}
		if !f.IsExported() {
			return codec{}, fmt.Errorf("%s.%s is unexported, so the build cache cannot store it: export it, or store it apart", where, f.Name)
		}
		c, err := compile(f.Type, where+"."+f.Name, seen)
		if err != nil {
			return codec{}, err
		}
		parts = append(parts, part{i, c})
	}
	return codec{
		enc: func(b *[]byte, v reflect.Value) {
			for _, p := range parts {
				p.c.enc(b, v.Field(p.index))
			}
		},
		dec: func(r *reader, v reflect.Value) error {
			for _, p := range parts {
				if err := p.c.dec(r, v.Field(p.index)); err != nil {
					return err
				}
			}
			return nil
		},
	}, nil
}

// timeCodec writes a time.Time as its instant and offset (MarshalBinary),
// its location's name and its zone's name, so that it comes back in the
// same location: MarshalBinary alone gives a nameless fixed zone, and a
// template printing the zone would differ.
var timeCodec = codec{
	enc: func(b *[]byte, v reflect.Value) {
		tm := v.Interface().(time.Time)
		data, _ := tm.MarshalBinary()
		zone, _ := tm.Zone()
		for _, s := range []string{string(data), tm.Location().String(), zone} {
			*b = binary.AppendUvarint(*b, uint64(len(s)))
			*b = append(*b, s...)
		}
	},
	dec: func(r *reader, v reflect.Value) error {
		var parts [3]string
		for i := range parts {
			n, err := r.length()
			if err != nil {
				return err
			}
			s, err := r.bytes(n)
			if err != nil {
				return err
			}
			parts[i] = string(s)
		}
		var tm time.Time
		if err := tm.UnmarshalBinary([]byte(parts[0])); err != nil {
			return err
		}
		_, offset := tm.Zone()
		switch loc, err := time.LoadLocation(parts[1]); {
		case parts[1] == "UTC":
			tm = tm.UTC()
		case err == nil && sameZone(tm.In(loc), parts[2], offset):
			tm = tm.In(loc)
		default:
			tm = tm.In(time.FixedZone(parts[2], offset))
		}
		v.Set(reflect.ValueOf(tm))
		return nil
	},
}

func sameZone(t time.Time, name string, offset int) bool {
	n, o := t.Zone()
	return n == name && o == offset
}
