// Package register reads a portfolio of cases from the registers a policy analyst keeps: an XLSX workbook
// (github.com/xuri/excelize/v2), its CSV twin (one file a sheet in a folder), or JSON Lines; and writes
// the blank workbook an analyst fills in (Template). The layout — one sheet of loans, a row a case, and one
// sheet for each list a case can have, joined by the case id — is the table Sheets, which docs/portfolio.md
// prints; every key of the case format (docs/case-format.md) has a column there, under its Chinese header
// or its key path.
//
// Each row, with its list rows, becomes a case document that the library's decoder reads (library.go,
// the one call), so the contract's rules are enforced in one place; each problem the decoder names by key
// path ("rights[0].number") is mapped back to the sheet, row and column it came from. A bad row is
// refused whole and reported with every problem at once, never dropped and never half-read.
//
// The functions take readers and fs.FS values and return items and typed errors: no file is opened by
// name, nothing is printed, nothing is global but the layout table. (excelize itself spills a worksheet
// over 16 MB to a temporary file while reading it, under OpenXLSX; OpenXLSXBytes and OpenCSVZip, which the
// HTTP service uses, hold everything in memory, bounded by what the archive may unzip to.)
//
// Decisions where the issue and the case format are silent:
//
//   - A number cell is read from its stored text (RawCellValue), never through a float. Excel keeps 15
//     significant digits; stored text with more (the 17-digit round-trip form "0.10000000000000001") is
//     rounded to 15 significant digits in decimal, which is the number Excel shows and the analyst typed.
//   - Text numbers may have thousands separators ("5,000,000.00", well-formed groups only) and, in a rate
//     or share column, a percent sign ("6%" is 0.06, exactly: the decimal point moves); a percentage in an
//     amount column is refused (ErrPercentAmount), an amount being yuan. Money keeps the places written,
//     so the decoder's "at most 2 decimals" is judged on what the analyst wrote.
//   - Dates: 2016-01-05, 2016/1/5, 2016.1.5, 2016年1月5日 (a time of day after them is not read), or, in a
//     workbook's number cell only (a date cell, or General), an Excel serial, converted by integer day
//     arithmetic in the workbook's date system (1900, with its fictitious 1900-02-29 refused, or 1904).
//     Digits alone in a text cell or a CSV field ("2016") are no date: a serial is a number cell's, and
//     Excel saves a date cell to CSV as the date it shows. Which cells are number cells is read from the
//     worksheet alongside excelize's row reader (celltypes.go). A problem with a serial quotes the cell as
//     it shows: a date cell (a date number format) its date, another number cell the number and the date
//     it is read as ("2013 (1905-07-05)"). Month-first or day-first text (1/5/2016) is refused, being
//     ambiguous.
//   - Yes/no: 是/否, true/false, yes/no, y/n, 1/0, 对/错, 有/无; 未知 (unknown, null) for "not known"; a blank
//     cell leaves the key out, which the case format also reads as not known.
//   - Enumerations: the case format's spelling or its Chinese label (the template's drop-downs offer the
//     labels in Chinese, the spellings in English). A list cell (materials) is split on 、 , ; and spaces;
//     holders on ; ； and line breaks (a name may hold a comma).
//   - The id is required on every row of a workbook or CSV twin (it joins the sheets); a loans row without
//     one, or with an id an earlier row has, is refused (the earlier row keeps the list rows); a list row
//     whose id is on no loans row is reported after the cases as refused.
//   - A value in a column with no header (past the last, or under a blank one) refuses its row
//     (ErrNoHeader, named by the column's letter): no key takes it, and nothing is dropped silently. A row
//     whose every cell is blank is no row. A header that is no column, or a column given twice,
//     stops the run before any row is read (a *LayoutError listing all of them): reading on would leave a
//     column out of every case. Sheets or files not named in the layout are listed in Register.Notes.
//   - CSV files are UTF-8 (a byte-order mark dropped) or, where the first megabyte is not UTF-8, GB18030,
//     which Excel writes for "CSV" on a Chinese Windows. Rows are counted as records, the header row 1.
//   - The template's example row (id 示例) left in a register is read like any other, with a note.
//   - The CSV twin may come as a ZIP of its folder (OpenCSVZip): the CSV files at the archive's top or, when
//     there are none there, in its one folder (a __MACOSX folder passed over); a name not flagged UTF-8 and
//     not UTF-8 is read as GB18030, as a Chinese Windows writes it. Its size is bounded by the declared
//     sizes of its files, which archive/zip holds each file to. A loans file alone is a register (OpenCSV
//     reads it) but every case in it lacks its rights, so the HTTP service asks for the ZIP instead.
package register
