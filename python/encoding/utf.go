package encoding

// Byte orders for decodeUTF16 and decodeUTF32.
const (
	orderBOM = iota // read a BOM, little-endian without one (CPython's native order here)
	orderLE
	orderBE
)

// decodeUTF16 is Python's UTF-16 decoder with strict errors.
func decodeUTF16(b []byte, order int) ([]rune, error) {
	i := 0
	if order == orderBOM {
		order = orderLE
		if len(b) >= 2 {
			switch {
			case b[0] == 0xff && b[1] == 0xfe:
				i = 2
			case b[0] == 0xfe && b[1] == 0xff:
				order, i = orderBE, 2
			}
		}
	}
	name := "utf-16-le"
	unit := func(j int) rune { return rune(b[j]) | rune(b[j+1])<<8 }
	if order == orderBE {
		name = "utf-16-be"
		unit = func(j int) rune { return rune(b[j])<<8 | rune(b[j+1]) }
	}
	rs := make([]rune, 0, len(b)/2)
	for i < len(b) {
		if len(b)-i < 2 {
			return nil, decodeError(name, b[i], i, len(b), "truncated data")
		}
		u := unit(i)
		switch {
		case u < 0xd800 || u > 0xdfff:
			rs = append(rs, u)
			i += 2
		case u >= 0xdc00:
			return nil, decodeError(name, b[i], i, i+2, "illegal encoding")
		case len(b)-i < 4:
			return nil, decodeError(name, b[i], i, len(b), "unexpected end of data")
		default:
			u2 := unit(i + 2)
			if u2 < 0xdc00 || u2 > 0xdfff {
				return nil, decodeError(name, b[i], i, i+2, "illegal UTF-16 surrogate")
			}
			rs = append(rs, 0x10000+(u-0xd800)<<10+(u2-0xdc00))
			i += 4
		}
	}
	return rs, nil
}

// decodeUTF32 is Python's UTF-32 decoder with strict errors.
func decodeUTF32(b []byte, order int) ([]rune, error) {
	i := 0
	if order == orderBOM {
		order = orderLE
		if len(b) >= 4 {
			switch {
			case b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0:
				i = 4
			case b[0] == 0 && b[1] == 0 && b[2] == 0xfe && b[3] == 0xff:
				order, i = orderBE, 4
			}
		}
	}
	name := "utf-32-le"
	if order == orderBE {
		name = "utf-32-be"
	}
	rs := make([]rune, 0, len(b)/4)
	for i < len(b) {
		if len(b)-i < 4 {
			return nil, decodeError(name, b[i], i, len(b), "truncated data")
		}
		var u uint32
		if order == orderBE {
			u = uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])
		} else {
			u = uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24
		}
		switch {
		case u > 0x10ffff:
			return nil, decodeError(name, b[i], i, i+4, "code point not in range(0x110000)")
		case u >= 0xd800 && u <= 0xdfff:
			return nil, decodeError(name, b[i], i, i+4, "code point in surrogate code point range(0xd800, 0xe000)")
		}
		rs = append(rs, rune(u))
		i += 4
	}
	return rs, nil
}

func isBase64(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/'
}

func fromBase64(c byte) uint32 {
	switch {
	case 'A' <= c && c <= 'Z':
		return uint32(c - 'A')
	case 'a' <= c && c <= 'z':
		return uint32(c-'a') + 26
	case '0' <= c && c <= '9':
		return uint32(c-'0') + 52
	case c == '+':
		return 62
	}
	return 63
}

// decodeUTF7 is Python's UTF-7 decoder (RFC 2152) with strict errors. Like
// Python's, it lets lone surrogates through; encodeUTF8 rejects them.
func decodeUTF7(b []byte) ([]rune, error) {
	var (
		rs         []rune
		inShift    bool
		bits       uint
		buf        uint32
		surrogate  rune
		startInPos int
	)
	fail := func(start, end int, reason string) ([]rune, error) {
		return nil, decodeError("utf7", b[start], start, end, reason)
	}
	s := 0
	for s < len(b) {
		ch := b[s]
		if inShift {
			if isBase64(ch) {
				buf = buf<<6 | fromBase64(ch)
				bits += 6
				s++
				if bits >= 16 {
					out := rune(buf>>(bits-16)) & 0xffff
					bits -= 16
					buf &= 1<<bits - 1
					if surrogate != 0 {
						if out >= 0xdc00 && out <= 0xdfff {
							rs = append(rs, 0x10000+(surrogate-0xd800)<<10+(out-0xdc00))
							surrogate = 0
							continue
						}
						rs = append(rs, surrogate)
						surrogate = 0
					}
					if out >= 0xd800 && out <= 0xdbff {
						surrogate = out
					} else {
						rs = append(rs, out)
					}
				}
				continue
			}
			// leaving a base-64 section
			inShift = false
			if bits > 0 {
				if bits >= 6 {
					return fail(startInPos, s+1, "partial character in shift sequence")
				}
				if buf != 0 {
					return fail(startInPos, s+1, "non-zero padding bits in shift sequence")
				}
			}
			if surrogate != 0 && ch < 0x80 && ch != '+' {
				rs = append(rs, surrogate)
			}
			surrogate = 0
			if ch == '-' {
				s++
			}
			continue
		}
		switch {
		case ch == '+':
			startInPos = s
			s++
			switch {
			case s < len(b) && b[s] == '-':
				s++
				rs = append(rs, '+')
			case s < len(b) && !isBase64(b[s]):
				return fail(startInPos, s+1, "ill-formed sequence")
			default:
				inShift, surrogate, bits, buf = true, 0, 0, 0
			}
		case ch < 0x80:
			s++
			rs = append(rs, rune(ch))
		default:
			return fail(s, s+1, "unexpected special character")
		}
	}
	if inShift && (surrogate != 0 || bits >= 6 || bits > 0 && buf != 0) {
		return fail(startInPos, len(b), "unterminated shift sequence")
	}
	return rs, nil
}
