package encoding

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"io"
	"sort"
	"sync"
	"unicode/utf8"
)

// Trie entry types, as tools/genencoding writes them.
const (
	tIllegal = iota // illegal sequence; value: its length
	tChar           // one character; value: code point
	tPair           // two characters; value: index into cjkPairs
	tNode           // read one more byte; value: child node
	tGB4            // GB18030 four-byte sequence
	tMakeup         // EUC-KR KS X 1001:1998 Annex 3 make-up sequence
)

var (
	cjkOnce  sync.Once
	cjkTrie  [][256]uint32 // entry: type<<29 | value
	cjkPairs [][2]rune
)

func loadCJK() {
	z, err := base64.StdEncoding.DecodeString(cjkData)
	if err != nil {
		panic("encoding: bad cjkData: " + err.Error())
	}
	zr, err := zlib.NewReader(bytes.NewReader(z))
	if err != nil {
		panic("encoding: bad cjkData: " + err.Error())
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		panic("encoding: bad cjkData: " + err.Error())
	}
	nodes := make([][256]uint32, cjkNodes)
	p := 0
	uvarint := func() uint64 {
		var v uint64
		for shift := uint(0); ; shift += 7 {
			b := raw[p]
			p++
			v |= uint64(b&0x7f) << shift
			if b < 0x80 {
				return v
			}
		}
	}
	for n := range nodes {
		prev := int64(0)
		for i := 0; i < 256; i++ {
			t := uint32(raw[p])
			p++
			v := uvarint()
			switch t {
			case tChar:
				d := int64(v >> 1)
				if v&1 != 0 {
					d = -d - 1
				}
				prev += d
				v = uint64(prev)
			case tPair:
				cjkPairs = append(cjkPairs, [2]rune{rune(v & (1<<21 - 1)), rune(v >> 21)})
				v = uint64(len(cjkPairs) - 1)
			}
			nodes[n][i] = t<<29 | uint32(v)
		}
	}
	if p != len(raw) {
		panic("encoding: bad cjkData: trailing data")
	}
	cjkTrie = nodes
}

// mbDecoder decodes one of CPython's multi-byte codecs. Like CPython it
// works on the newline-translated source (so that a multi-byte sequence cut
// by a line end, or an escape at the end of the file, fails or passes as in
// CPython, at the same position); the text it produces gets the file's own
// line terminators back: each "\n" that the codec turns into a newline is
// written as the terminator it came from, and the one CPython added at the
// end is dropped.
type mbDecoder struct {
	name string // codec name for error messages
	data []byte // translate(body): what CPython decodes
	body []byte // the source as given
	raw  int    // position in body after the last terminator restored
	out  []byte
	// nlEnd is len(out) after the last newline written: the text ends
	// with a newline, as CPython's does, when nothing came after it.
	nlEnd int
}

func (d *mbDecoder) fail(start, end int, reason string) error {
	return decodeError(d.name, d.data[start], start, end, reason)
}

func (d *mbDecoder) illegal(start, n int) error {
	return d.fail(start, start+n, "illegal multibyte sequence")
}

func (d *mbDecoder) incomplete(start int) error {
	return d.fail(start, len(d.data), "incomplete multibyte sequence")
}

// nextTerm returns the next line terminator of body (empty for the newline
// CPython added) and moves past it.
func (d *mbDecoder) nextTerm() []byte {
	for i := d.raw; i < len(d.body); i++ {
		switch d.body[i] {
		case '\n':
			d.raw = i + 1
			return d.body[i : i+1]
		case '\r':
			n := 1
			if i+1 < len(d.body) && d.body[i+1] == '\n' {
				n = 2
			}
			d.raw = i + n
			return d.body[i : i+n]
		}
	}
	d.raw = len(d.body)
	return nil
}

// newline writes the terminator for a "\n" the codec decoded as a newline.
func (d *mbDecoder) newline() {
	d.out = append(d.out, d.nextTerm()...)
	d.nlEnd = len(d.out)
}

// skipNewline accounts for a "\n" the codec consumed without writing a
// newline (hz's "~\n" line continuation, for one).
func (d *mbDecoder) skipNewline() { d.nextTerm() }

func newMBDecoder(c *codec, body []byte) *mbDecoder {
	d := &mbDecoder{name: c.name, body: body, data: translate(body), nlEnd: -1}
	d.out = make([]byte, 0, len(d.data)+len(d.data)/2)
	return d
}

// result returns the text and whether CPython's text lacks a final newline
// (the data always ends with one, but a codec may swallow it).
func (d *mbDecoder) result() (string, bool, error) {
	return unsafeString(d.out), len(d.out) > 0 && d.nlEnd != len(d.out), nil
}

// decodeTrie decodes a stateless multi-byte codec with its probed trie.
func decodeTrie(c *codec, body []byte, root uint32) (string, bool, error) {
	cjkOnce.Do(loadCJK)
	d := newMBDecoder(c, body)
	data := d.data
	i := 0
	for i < len(data) {
		if b := data[i]; b < 0x80 {
			if e := cjkTrie[root][b]; e>>29 == tChar && rune(e&(1<<29-1)) == rune(b) {
				if b == '\n' {
					d.newline()
				} else {
					d.out = append(d.out, b)
				}
				i++
				continue
			}
		}
		node, j := root, i
	walk:
		for {
			if j >= len(data) {
				return "", false, d.incomplete(i)
			}
			e := cjkTrie[node][data[j]]
			j++
			v := e & (1<<29 - 1)
			switch e >> 29 {
			case tChar:
				d.out = utf8.AppendRune(d.out, rune(v))
				i = j
				break walk
			case tPair:
				p := cjkPairs[v]
				d.out = utf8.AppendRune(utf8.AppendRune(d.out, p[0]), p[1])
				i = j
				break walk
			case tIllegal:
				return "", false, d.illegal(i, int(v))
			case tNode:
				node = v
			case tGB4:
				r, err := d.gb4(i)
				if err != nil {
					return "", false, err
				}
				d.out = utf8.AppendRune(d.out, r)
				i += 4
				break walk
			case tMakeup:
				r, err := d.makeup(i)
				if err != nil {
					return "", false, err
				}
				d.out = utf8.AppendRune(d.out, r)
				i += 8
				break walk
			}
		}
	}
	return d.result()
}

// gb4 decodes the GB18030 four-byte sequence at i.
func (d *mbDecoder) gb4(i int) (rune, error) {
	if len(d.data)-i < 4 {
		return 0, d.incomplete(i)
	}
	b1, b2, b3, b4 := d.data[i], d.data[i+1], d.data[i+2], d.data[i+3]
	if b3 < 0x81 || b3 > 0xfe || b4 < 0x30 || b4 > 0x39 {
		return 0, d.illegal(i, 1)
	}
	lin := (((uint32(b1)-0x81)*10+uint32(b2)-0x30)*126+uint32(b3)-0x81)*10 + uint32(b4) - 0x30
	k := sort.Search(len(gb18030Ranges), func(k int) bool { return gb18030Ranges[k][1] > lin })
	if k == len(gb18030Ranges) || gb18030Ranges[k][0] > lin {
		return 0, d.illegal(i, 1)
	}
	rg := gb18030Ranges[k]
	return rune(rg[2] + lin - rg[0]), nil
}

// makeup decodes the EUC-KR make-up sequence A4 D4 A4 xx A4 yy A4 zz at i.
func (d *mbDecoder) makeup(i int) (rune, error) {
	if len(d.data)-i < 8 {
		return 0, d.incomplete(i)
	}
	s := d.data[i : i+8]
	if s[2] != 0xa4 || s[4] != 0xa4 || s[6] != 0xa4 {
		return 0, d.illegal(i, 1)
	}
	cho, jung, jong := euckrCho[s[3]], euckrJung[s[5]], euckrJong[s[7]]
	if cho < 0 || jung < 0 || jong < 0 {
		return 0, d.illegal(i, 1)
	}
	return 0xac00 + rune(cho)*588 + rune(jung)*28 + rune(jong), nil
}

// decodeHZ is CPython's hz codec: ASCII, with "~{" ... "~}" around GB2312
// in 7 bits, "~~" for '~' and "~\n" as a line continuation.
func decodeHZ(c *codec, body []byte) (string, bool, error) {
	cjkOnce.Do(loadCJK)
	d := newMBDecoder(c, body)
	data := d.data
	root := cjkRoots["gb2312"]
	gb := false
	for i := 0; i < len(data); {
		b := data[i]
		if b == '~' {
			if i+1 >= len(data) {
				return "", false, d.incomplete(i)
			}
			switch b2 := data[i+1]; {
			case b2 == '~' && !gb:
				d.out = append(d.out, '~')
			case b2 == '{' && !gb:
				gb = true
			case b2 == '\n' && !gb:
				d.skipNewline()
			case b2 == '}' && gb:
				gb = false
			default:
				return "", false, d.illegal(i, 1)
			}
			i += 2
			continue
		}
		if b >= 0x80 {
			return "", false, d.illegal(i, 1)
		}
		if !gb {
			if b == '\n' {
				d.newline()
			} else {
				d.out = append(d.out, b)
			}
			i++
			continue
		}
		if i+1 >= len(data) {
			return "", false, d.incomplete(i)
		}
		// GB2312 in HZ is the EUC form with the high bits cleared.
		e := cjkTrie[root][b|0x80]
		if e>>29 == tNode {
			e = cjkTrie[e&(1<<29-1)][data[i+1]^0x80]
		}
		if e>>29 != tChar {
			return "", false, d.illegal(i, 1)
		}
		d.out = utf8.AppendRune(d.out, rune(e&(1<<29-1)))
		i += 2
	}
	return d.result()
}
