package encoding

import "unicode/utf8"

// isoConfig describes one of CPython's ISO-2022 codecs: which character
// sets escape sequences may designate, and which ISO-2022 features it has.
type isoConfig struct {
	marks    string // designatable sets: final byte, | 0x80 for double-byte sets
	noShift  bool   // SO and SI are ordinary control characters
	useG2    bool   // ESC . F designates G2, ESC N single-shifts it
	jisx0208 bool   // ESC & @ ESC $ B designates JIS X 0208
}

var isoConfigs = map[string]isoConfig{
	"iso2022_kr":      {marks: "\xc3"},
	"iso2022_jp":      {marks: "\xc2J\xc0", noShift: true, jisx0208: true},
	"iso2022_jp_1":    {marks: "\xc2\xc4J\xc0", noShift: true, jisx0208: true},
	"iso2022_jp_2":    {marks: "\xc2\xc4\xc3\xc1J\xc0AF", noShift: true, useG2: true, jisx0208: true},
	"iso2022_jp_2004": {marks: "\xd1\xc2\xd0", noShift: true, jisx0208: true},
	"iso2022_jp_3":    {marks: "\xcf\xc2\xd0", noShift: true, jisx0208: true},
	"iso2022_jp_ext":  {marks: "\xc2\xc4JI\xc0", noShift: true, jisx0208: true},
}

const (
	esc       = 0x1b
	so        = 0x0e
	si        = 0x0f
	csASCII   = 'B'
	maxEscLen = 16
)

func isEscEnd(c byte) bool { return 'A' <= c && c <= 'Z' || c == '@' }

// decodeISO2022 is CPython's ISO-2022 decoder state machine; the character
// sets themselves are tables probed out of CPython (isoCharsets, isoG2).
func decodeISO2022(c *codec, body []byte) (string, bool, error) {
	cfg, ok := isoConfigs[c.module]
	if !ok {
		return "", false, unsupported("codec %s is not implemented", c.name)
	}
	cjkOnce.Do(loadCJK)
	sets := isoCharsets[c.module]
	d := newMBDecoder(c, body)
	data := d.data
	n := len(data)
	g := [3]byte{csASCII, csASCII, csASCII}
	shifted, through := false, false
	emit := func(e uint32) {
		v := e & (1<<29 - 1)
		if e>>29 == tPair {
			p := cjkPairs[v]
			d.out = utf8.AppendRune(utf8.AppendRune(d.out, p[0]), p[1])
		} else {
			d.out = utf8.AppendRune(d.out, rune(v))
		}
	}
	for i := 0; i < n; {
		b := data[i]
		if through { // after an escape sequence that is not ISO-2022's: Latin-1 up to its end
			if b == '\n' {
				d.newline()
			} else {
				d.out = utf8.AppendRune(d.out, rune(b))
			}
			i++
			if isEscEnd(b) {
				through = false
			}
			continue
		}
		switch {
		case b == esc:
			if i+1 >= n {
				return "", false, d.incomplete(i)
			}
			switch b2 := data[i+1]; {
			case b2 == '(' || b2 == ')' || b2 == '$' || b2 == '.' || b2 == '&':
				l, err := d.isoEscape(i, &cfg, &g)
				if err != nil {
					return "", false, err
				}
				i += l
			case cfg.useG2 && b2 == 'N':
				if i+2 >= n {
					return "", false, d.incomplete(i)
				}
				node, ok := isoG2[g[2]]
				if !ok {
					return "", false, &Error{Col: -1, Msg: "RuntimeError: internal codec error"}
				}
				e := cjkTrie[node][data[i+2]]
				if e>>29 == tIllegal {
					return "", false, d.illegal(i, int(e&(1<<29-1)))
				}
				if data[i+2] == '\n' {
					if e == tChar<<29|'\n' {
						d.newline()
						i += 3
						continue
					}
					d.skipNewline()
				}
				emit(e)
				i += 3
			default:
				d.out = append(d.out, esc)
				through = true
				i++
			}
		case b == si && !cfg.noShift:
			shifted = false
			i++
		case b == so && !cfg.noShift:
			shifted = true
			i++
		case b == '\n':
			shifted = false
			d.newline()
			i++
		case b < 0x20:
			d.out = append(d.out, b)
			i++
		case b >= 0x80:
			return "", false, d.illegal(i, 1)
		default:
			cs := g[0]
			if shifted {
				cs = g[1]
			}
			if cs == csASCII {
				d.out = append(d.out, b)
				i++
				continue
			}
			width := 1
			if cs&0x80 != 0 {
				width = 2
			}
			if n-i < width {
				return "", false, d.incomplete(i)
			}
			root, ok := sets[cs]
			if !ok { // designated but undecodable here (G0 ISO-8859-1/7)
				return "", false, d.illegal(i, width)
			}
			e := cjkTrie[root][b]
			if e>>29 == tNode {
				e = cjkTrie[e&(1<<29-1)][data[i+1]]
			}
			if e>>29 == tIllegal {
				return "", false, d.illegal(i, int(e&(1<<29-1)))
			}
			if width == 2 && data[i+1] == '\n' {
				d.skipNewline()
			}
			emit(e)
			i += width
		}
	}
	return d.result()
}

// isoEscape handles the ISO-2022 escape sequence at i, designating a
// character set, and returns its length.
func (d *mbDecoder) isoEscape(i int, cfg *isoConfig, g *[3]byte) (int, error) {
	data := d.data
	left := len(data) - i
	escLen := 0
	k := 1
	for ; k < maxEscLen; k++ {
		if k >= left {
			return 0, d.incomplete(i)
		}
		if isEscEnd(data[i+k]) {
			escLen = k + 1
			break
		}
		if cfg.jisx0208 && k+1 < left && data[i+k] == '&' && data[i+k+1] == '@' {
			k += 2
		}
	}
	if k >= maxEscLen {
		return 0, d.illegal(i, 1)
	}
	var charset byte
	var which int
	switch escLen {
	case 3:
		in2, in3 := data[i+1], data[i+2]
		if in2 == '$' {
			charset, which = in3|0x80, 0
			break
		}
		charset = in3
		switch {
		case in2 == '(':
			which = 0
		case in2 == ')':
			which = 1
		case cfg.useG2 && in2 == '.':
			which = 2
		default:
			return 0, d.illegal(i, 3)
		}
	case 4:
		if data[i+1] != '$' {
			return 0, d.illegal(i, 4)
		}
		charset = data[i+3] | 0x80
		switch data[i+2] {
		case '(':
			which = 0
		case ')':
			which = 1
		default:
			return 0, d.illegal(i, 4)
		}
	case 6:
		if !cfg.jisx0208 || data[i+3] != esc || data[i+4] != '$' || data[i+5] != 'B' {
			return 0, d.illegal(i, 6)
		}
		charset, which = 'B'|0x80, 0
	default:
		return 0, d.illegal(i, escLen)
	}
	if charset != csASCII && !containsByte(cfg.marks, charset) {
		return 0, d.illegal(i, escLen)
	}
	g[which] = charset
	return escLen, nil
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}
