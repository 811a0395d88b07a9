package secrets

import "strings"

// pair is a key and its value on one line of a configuration file.
// Offsets are in the line; the value excludes its quotes.
type pair struct {
	Key              string
	ValStart, ValEnd int
	keyStart, keyEnd int
	quoted           bool
}

// pairs returns the key-value pairs of one line of a configuration file,
// in the syntaxes the secrets scan reads (a heuristic, not a parser of any
// of them):
//
//	"key": "value"            JSON, YAML and TOML inline tables; several per line
//	KEY=value  export KEY=…   .env, .properties, .npmrc, Dockerfile ENV/ARG
//	key = value  key: value   INI, .cfg, .pypirc, TOML, YAML (quoted values too)
//	ENV KEY value             Dockerfile
//	- KEY=value               docker-compose environment lists
//	--password=value          command-line flags in RUN lines and commands
//	//host/:_authToken=value  .npmrc
//
// Lines that start with '#' or ';' are comments and have no pairs. An
// unquoted value ends at " #" (a comment) or at the end of the line.
func pairs(line string, out []pair) []pair {
	i := skipSpace(line, 0)
	if i == len(line) || line[i] == '#' || line[i] == ';' {
		return out
	}
	n := len(out)
	out = quotedPairs(line, i, out)
	out = flagPairs(line, i, out)
	if len(out) > n {
		return out
	}
	rest := line[i:]
	sepSpace := false
	for _, p := range []string{"export ", "ENV ", "ARG ", "- ", "set "} {
		if strings.HasPrefix(rest, p) {
			i = skipSpace(line, i+len(p))
			sepSpace = p == "ENV "
			break
		}
	}
	// The key: up to '=', ':' (then a space or the end, in YAML) or a
	// space.
	ks := i
	npmrc := strings.HasPrefix(line[i:], "//")
	for i < len(line) {
		c := line[i]
		if c == '=' || c == ' ' || c == '\t' || c == ':' && !npmrc && (i+1 == len(line) || line[i+1] == ' ' || line[i+1] == '\t') {
			break
		}
		i++
	}
	ke := i
	if ke == ks {
		return out
	}
	j := skipSpace(line, i)
	switch {
	case j < len(line) && (line[j] == '=' || line[j] == ':'):
		j = skipSpace(line, j+1)
	case sepSpace && j > i:
	default:
		return out
	}
	key := line[ks:ke]
	vs, ve, quoted := value(line, j)
	if ve <= vs {
		return out
	}
	return append(out, pair{Key: key, ValStart: vs, ValEnd: ve, keyStart: ks, keyEnd: ke, quoted: quoted})
}

// value reads a value at offset i: a quoted string (without its quotes),
// or the rest of the line up to a " #" comment, without trailing spaces.
func value(line string, i int) (start, end int, quoted bool) {
	if i >= len(line) {
		return i, i, false
	}
	if q := line[i]; q == '"' || q == '\'' {
		if e := closing(line, i); e > i {
			return i + 1, e, true
		}
		return i + 1, len(line), true
	}
	end = len(line)
	if k := strings.Index(line[i:], " #"); k >= 0 {
		end = i + k
	}
	for end > i && (line[end-1] == ' ' || line[end-1] == '\t' || line[end-1] == '\r' || line[end-1] == ',') {
		end--
	}
	return i, end, false
}

// closing returns the offset of the quote that closes the string opened
// at i, or -1. A backslash escapes the next byte.
func closing(line string, i int) int {
	q := line[i]
	for j := i + 1; j < len(line); j++ {
		switch line[j] {
		case '\\':
			j++
		case q:
			return j
		}
	}
	return -1
}

// quotedPairs appends the "key": "value" pairs of a line (JSON, YAML flow
// mappings, TOML inline tables with quoted keys).
func quotedPairs(line string, i int, out []pair) []pair {
	for i < len(line) {
		k := strings.IndexAny(line[i:], `"'`)
		if k < 0 {
			return out
		}
		ks := i + k
		ke := closing(line, ks)
		if ke < 0 {
			return out
		}
		j := skipSpace(line, ke+1)
		if j < len(line) && (line[j] == ':' || line[j] == '=') {
			j = skipSpace(line, j+1)
			if j < len(line) && (line[j] == '"' || line[j] == '\'') {
				if ve := closing(line, j); ve > j {
					out = append(out, pair{Key: line[ks+1 : ke], ValStart: j + 1, ValEnd: ve, keyStart: ks + 1, keyEnd: ke, quoted: true})
					i = ve + 1
					continue
				}
				return out
			}
		}
		i = ke + 1
	}
	return out
}

// flagPairs appends the --name=value flags of a line.
func flagPairs(line string, i int, out []pair) []pair {
	for {
		k := strings.Index(line[i:], "--")
		if k < 0 {
			return out
		}
		ks := i + k + 2
		if i+k > 0 && line[i+k-1] != ' ' && line[i+k-1] != '\t' && line[i+k-1] != '"' && line[i+k-1] != '\'' {
			i = ks
			continue
		}
		ke := ks
		for ke < len(line) && (tokenByte(line[ke]) || line[ke] == '.') {
			ke++
		}
		if ke == ks || ke >= len(line) || line[ke] != '=' {
			i = ke
			if i >= len(line) {
				return out
			}
			continue
		}
		vs := ke + 1
		var ve int
		quoted := false
		if vs < len(line) && (line[vs] == '"' || line[vs] == '\'') {
			if e := closing(line, vs); e > vs {
				vs, ve, quoted = vs+1, e, true
			} else {
				return out
			}
		} else {
			ve = vs
			for ve < len(line) && line[ve] != ' ' && line[ve] != '\t' && line[ve] != '"' && line[ve] != '\'' {
				ve++
			}
		}
		if ve > vs {
			out = append(out, pair{Key: line[ks:ke], ValStart: vs, ValEnd: ve, keyStart: ks, keyEnd: ke, quoted: quoted})
		}
		i = ve
		if i >= len(line) {
			return out
		}
	}
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}
