package osv

import (
	"encoding/binary"
	"hash/crc32"
	"io"
	"os"
	"slices"
	"sort"
)

// Persisted index: a file next to the zip holding the package index and
// every record in the binary form of binrec.go, so that a warm audit reads
// one file and decodes its packages' records by length prefixes instead
// of inflating and scanning JSON. (Profile of a warm `krait deps` of 500
// packages before it: JSON decoding 60 ms of CPU, 2,000 preads of one
// record each 10 ms.)
//
//	"krait-osv-index 3\n"
//	uvarint zip size, zip mtime (ns), entries
//	uvarint names; per name: string, uvarint n, n × uvarint entry (zip order)
//	per entry: uvarint length of its record
//	the records, back to back, in entry order
//	CRC-32C (Castagnoli) of everything above, 4 bytes little-endian
//
// It is valid only while the zip's size, mtime and entry count match,
// the checksum holds and the parse ends exactly at the checksum; anything
// else (a crash cut it short, a disk flipped a bit, an older krait wrote
// it) makes the open cold and the index is rebuilt. It is written to a
// temporary file renamed into place, so readers see a whole file or the
// previous one.
const indexMagic = "krait-osv-index 3\n"

// maxIndexSize bounds the file read whole at open: the PyPA snapshot's
// index is 5 MB, osv.dev's full PyPI export's about 100 MB.
const maxIndexSize = 1 << 30

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func (db *DB) indexPath() string {
	if db.opts.IndexPath != "" {
		return db.opts.IndexPath
	}
	return db.path + ".index"
}

// readIndex loads the persisted index: on success db.recs holds each
// entry's binary record (views of one buffer).
func (db *DB) readIndex() (map[string][]int32, bool) {
	f, err := os.Open(db.indexPath())
	if err != nil {
		return nil, false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.Size() < int64(len(indexMagic))+4 || st.Size() > maxIndexSize {
		return nil, false
	}
	data := make([]byte, st.Size())
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, false
	}
	body := data[:len(data)-4]
	if string(body[:len(indexMagic)]) != indexMagic ||
		crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(data[len(body):]) {
		return nil, false
	}
	r := binReader{b: body, i: len(indexMagic)}
	size, mtime, entries := r.uint(), r.uint(), r.uint()
	if r.bad || int64(size) != db.size || int64(mtime) != db.mtime || entries != uint64(len(db.entries)) {
		return nil, false
	}
	nnames := r.uint()
	if nnames > uint64(len(body)) {
		return nil, false
	}
	idx := make(map[string][]int32, nnames)
	for range nnames {
		name := r.str()
		n := r.uint()
		if r.bad || n > uint64(len(body)-r.i) {
			return nil, false
		}
		list := make([]int32, n)
		for k := range list {
			e := r.uint()
			if e >= entries {
				return nil, false
			}
			list[k] = int32(e)
		}
		idx[name] = list
	}
	lens := make([]uint64, entries)
	var total uint64
	for k := range lens {
		lens[k] = r.uint()
		total += lens[k]
		if r.bad || lens[k] > maxRecordSize || total > uint64(len(body)-r.i) {
			return nil, false
		}
	}
	if r.bad || total != uint64(len(body)-r.i) {
		return nil, false
	}
	recs := make([][]byte, entries)
	for k, n := range lens {
		recs[k] = r.bytes(n)
	}
	db.recs = recs
	return idx, true
}

// writeIndex writes the persisted index with recs[i], the binary record
// of entry i.
func (db *DB) writeIndex(idx map[string][]int32, recs [][]byte) error {
	names := make([]string, 0, len(idx))
	for n := range idx {
		names = append(names, n)
	}
	sort.Strings(names)
	n := len(indexMagic) + 64 + 10*len(recs)
	for _, r := range recs {
		n += len(r)
	}
	b := make([]byte, 0, n)
	b = append(b, indexMagic...)
	b = binary.AppendUvarint(b, uint64(db.size))
	b = binary.AppendUvarint(b, uint64(db.mtime))
	b = binary.AppendUvarint(b, uint64(len(recs)))
	b = binary.AppendUvarint(b, uint64(len(names)))
	for _, name := range names {
		b = binary.AppendUvarint(b, uint64(len(name)))
		b = append(b, name...)
		b = binary.AppendUvarint(b, uint64(len(idx[name])))
		for _, e := range idx[name] {
			b = binary.AppendUvarint(b, uint64(e))
		}
	}
	for _, r := range recs {
		b = binary.AppendUvarint(b, uint64(len(r)))
	}
	for _, r := range recs {
		b = append(b, r...)
	}
	b = binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
	return writeFileAtomic(db.indexPath(), func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	}, false)
}

// packageNames returns the normalised names of v's PyPI packages, each
// once, in order of appearance: the index keys of the record.
func packageNames(v *Vulnerability) []string {
	var out []string
	for i := range v.Affected {
		p := &v.Affected[i].Package
		if p.Ecosystem != EcosystemPyPI || p.Name == "" {
			continue
		}
		if n := NormalizeName(p.Name); !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}
