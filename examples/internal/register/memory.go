package register

import (
	"archive/zip"
	"bytes"
	"errors"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// This file reads registers held in memory, as the HTTP service gets them: a workbook, or the CSV twin
// as a ZIP of its folder. Neither touches the file system, and each is bounded by what it may unzip to.

// ErrUnzipLimit: a workbook or ZIP whose parts unzip to more than the limit the caller set.
var ErrUnzipLimit = errors.New("unzips to more than the limit")

// unzippedSize is what the archive's files unzip to, as its directory declares them. archive/zip fails a
// file that inflates past its declared size (zip.ErrFormat), so the declared sum bounds what is read.
func unzippedSize(zr *zip.Reader) int64 {
	var n int64
	for _, f := range zr.File {
		n += int64(min(f.UncompressedSize64, 1<<62))
	}
	return n
}

// OpenXLSXBytes reads a workbook held in memory, as OpenXLSX does, and keeps it there: its parts may unzip
// to at most maxUnzipped bytes in all (else ErrUnzipLimit, before anything is inflated), and every part is
// held in memory. excelize otherwise writes a worksheet or shared-string table over 16 MB (its
// UnzipXMLSizeLimit) to a temporary file; here UnzipXMLSizeLimit is maxUnzipped, which no part can
// exceed, so none is. Data that is no ZIP is zip.ErrFormat; an .xls or encrypted workbook (an OLE file)
// is excelize.ErrWorkbookFileFormat.
func OpenXLSXBytes(data []byte, maxUnzipped int64) (*Register, error) {
	if zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil && unzippedSize(zr) > maxUnzipped {
		return nil, ErrUnzipLimit
	}
	return openXLSXWith(data, excelize.Options{UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzipped})
}

// OpenCSVZip reads the CSV twin of a workbook sent as a ZIP of its folder: the CSV files at the top of the
// archive, or in its one folder there (as zipping a folder makes it; a __MACOSX folder is passed over).
// The files may unzip to at most maxUnzipped bytes in all (else ErrUnzipLimit). File names the archive
// does not mark as UTF-8 and that are not UTF-8 are read as GB18030, as the Windows of a Chinese analyst
// writes them ("贷款.csv"). Data that is no ZIP is zip.ErrFormat.
func OpenCSVZip(data []byte, maxUnzipped int64) (*Register, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	if unzippedSize(zr) > maxUnzipped {
		return nil, ErrUnzipLimit
	}
	for _, f := range zr.File {
		if f.NonUTF8 && !utf8.ValidString(f.Name) {
			if name, err := simplifiedchinese.GB18030.NewDecoder().String(f.Name); err == nil {
				f.Name = name // before the first Open, which indexes the names
			}
		}
	}
	return OpenCSV(csvFolder(zr))
}

// csvFolder is the folder of the archive that holds the CSV files: its top, or its one folder there when
// the top holds no CSV file.
func csvFolder(zr *zip.Reader) fs.FS {
	top := map[string]bool{}
	for _, f := range zr.File {
		name := strings.TrimPrefix(f.Name, "./")
		dir, _, nested := strings.Cut(name, "/")
		switch {
		case !nested && path.Ext(name) == ".csv":
			return zr
		case nested && dir != "__MACOSX":
			top[dir] = true
		}
	}
	if len(top) == 1 {
		for dir := range top {
			if sub, err := fs.Sub(zr, dir); err == nil {
				return sub
			}
		}
	}
	return zr
}
