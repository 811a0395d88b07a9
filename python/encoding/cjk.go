package encoding

// decodeCJK decodes with one of CPython's multi-byte (CJK) codecs. All of
// them are reproduced exactly: the stateless ones (big5, cp932, euc_jp, gbk,
// gb18030, ...) by tries probed out of CPython's decoders, hz and the
// ISO-2022 family by their state machines over character-set tables probed
// the same way.
func decodeCJK(c *codec, body []byte) (string, bool, error) {
	if root, ok := cjkRoots[c.module]; ok {
		return decodeTrie(c, body, root)
	}
	if c.module == "hz" {
		return decodeHZ(c, body)
	}
	return decodeISO2022(c, body)
}
