package pledge

import (
	_ "embed"
	"errors"
	"strconv"
	"strings"
	"sync"
)

// Ref cites a provision of the measure: "Art. 18" (an article), "Art. 4(3)" (第四条第（三）项) or
// "Art. 14¶2" (the second paragraph of 第十四条), as docs/interpretation.md writes them.
type Ref struct {
	Article   int // 1–24
	Paragraph int // ¶, 0 for none
	Item      int // （一）…, 0 for none
}

// Art cites a whole article.
func Art(article int) Ref { return Ref{Article: article} }

// ArtItem cites an item: ArtItem(4, 3) is "Art. 4(3)".
func ArtItem(article, item int) Ref { return Ref{Article: article, Item: item} }

// ArtPara cites a paragraph: ArtPara(14, 2) is "Art. 14¶2".
func ArtPara(article, para int) Ref { return Ref{Article: article, Paragraph: para} }

// IsZero reports whether r cites nothing.
func (r Ref) IsZero() bool { return r == Ref{} }

// String writes r as "Art. 4(3)", "Art. 14¶2" or "Art. 18"; the zero Ref as "".
func (r Ref) String() string {
	if r.Article == 0 {
		return ""
	}
	s := "Art. " + strconv.Itoa(r.Article)
	if r.Paragraph > 0 {
		s += "¶" + strconv.Itoa(r.Paragraph)
	}
	if r.Item > 0 {
		s += "(" + strconv.Itoa(r.Item) + ")"
	}
	return s
}

// Zh writes r as the measure numbers its own provisions: Art. 18 is 第十八条, Art. 4(3) is 第四条第（三）项,
// Art. 14¶2 is 第十四条第二款; the zero Ref gives "". Chinese messages and reports cite by it.
func (r Ref) Zh() string {
	if r.Article == 0 {
		return ""
	}
	s := "第" + zhNumber(r.Article) + "条"
	if r.Paragraph > 0 {
		s += "第" + zhNumber(r.Paragraph) + "款"
	}
	if r.Item > 0 {
		s += "第（" + zhNumber(r.Item) + "）项"
	}
	return s
}

var zhDigits = [...]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// zhNumber writes 1–99 in Chinese numerals as the measure numbers its articles: 三, 十八, 二十四.
func zhNumber(n int) string {
	switch {
	case n <= 0 || n > 99:
		return ""
	case n < 10:
		return zhDigits[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + zhDigits[n-10]
	case n%10 == 0:
		return zhDigits[n/10] + "十"
	}
	return zhDigits[n/10] + "十" + zhDigits[n%10]
}

// ErrRef: text is not a citation of a provision the measure has.
var ErrRef = errors.New("not a provision of the measure")

// ParseRef reads a citation as String writes it ("Art. 4(3)", "Art. 14¶2", "Art. 18") or as Zh and the
// measure write it ("第四条第（三）项", "第十四条第二款", "第十八条"). Only those forms are read (no other
// spacing, no leading zeros, no 第一十八条). A citation of a provision the measure does not have (Art. 25,
// Art. 4(9), 第二十五条) is an error wrapping ErrRef.
func ParseRef(s string) (Ref, error) {
	if strings.HasPrefix(s, "第") {
		return parseRefZh(s)
	}
	rest, ok := strings.CutPrefix(s, "Art. ")
	if !ok {
		return Ref{}, ErrRef
	}
	var r Ref
	num := func() (int, bool) {
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == 0 || i > 2 || rest[0] == '0' { // no number, more than two digits, zero or a leading zero
			return 0, false
		}
		n, _ := strconv.Atoi(rest[:i])
		rest = rest[i:]
		return n, true
	}
	if r.Article, ok = num(); !ok {
		return Ref{}, ErrRef
	}
	if after, found := strings.CutPrefix(rest, "¶"); found {
		rest = after
		if r.Paragraph, ok = num(); !ok {
			return Ref{}, ErrRef
		}
	}
	if after, found := strings.CutPrefix(rest, "("); found {
		rest = after
		if r.Item, ok = num(); !ok || !strings.HasPrefix(rest, ")") {
			return Ref{}, ErrRef
		}
		rest = rest[1:]
	}
	if rest != "" {
		return Ref{}, ErrRef
	}
	if _, ok := measureText().clause(r); !ok {
		return Ref{}, ErrRef
	}
	return r, nil
}

// parseRefZh reads a citation as the measure numbers its provisions: 第十八条, 第四条第（三）项,
// 第十四条第二款. The numerals must be written as Zh writes them, so that what is read writes back the same.
func parseRefZh(s string) (Ref, error) {
	var r Ref
	numeral, rest, ok := strings.Cut(strings.TrimPrefix(s, "第"), "条")
	if !ok {
		return Ref{}, ErrRef
	}
	r.Article = chineseNumber(numeral)
	if after, found := strings.CutPrefix(rest, "第（"); found {
		if numeral, rest, ok = strings.Cut(after, "）项"); !ok {
			return Ref{}, ErrRef
		}
		r.Item = chineseNumber(numeral)
	} else if after, found := strings.CutPrefix(rest, "第"); found {
		if numeral, rest, ok = strings.Cut(after, "款"); !ok {
			return Ref{}, ErrRef
		}
		r.Paragraph = chineseNumber(numeral)
	}
	if rest != "" || r.Zh() != s { // a numeral not as Zh writes it (第一十八条, 第〇条), or something after
		return Ref{}, ErrRef
	}
	if _, ok := measureText().clause(r); !ok {
		return Ref{}, ErrRef
	}
	return r, nil
}

// MarshalText writes r as String does.
func (r Ref) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads r as ParseRef does.
func (r *Ref) UnmarshalText(b []byte) error {
	v, err := ParseRef(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Text returns the provision's own words, verbatim from the measure as issued (measures-2015.zh.md,
// embedded), or "" for a Ref the measure does not have. Items are given with their marker (（三）…).
//
// The printed measure does not number paragraphs; the project reads them as the sentences that carry
// separate duties, as docs/interpretation.md cites them: Art. 14¶1 registration, ¶2 change, ¶3 release
// (one sentence each); Art. 21¶1 fraud (its first two sentences), ¶2 misuse of funds (the last);
// Art. 15¶2 the closing sentence on copies and stamps, which the printed page runs on after item （三）.
func (r Ref) Text() string {
	t, _ := measureText().clause(r)
	return t
}

//go:embed measures-2015.zh.md
var measureSource string

// measure is the parsed text of the measure: immutable once built.
type measure struct {
	articles [25]string   // article n's whole text (its lead and its items, one per line)
	items    [25][]string // article n's items, item k at index k-1
	paras    [25][]string // paragraphs where the project cites them (see Ref.Text)
}

var (
	measureOnce   sync.Once
	measureParsed *measure
)

func measureText() *measure {
	measureOnce.Do(func() { measureParsed = parseMeasure(measureSource) })
	return measureParsed
}

func (m *measure) clause(r Ref) (string, bool) {
	if r.Article < 1 || r.Article > 24 {
		return "", false
	}
	switch {
	case r.Paragraph == 0 && r.Item == 0:
		return m.articles[r.Article], true
	case r.Paragraph == 0:
		if r.Item <= len(m.items[r.Article]) {
			return m.items[r.Article][r.Item-1], true
		}
	case r.Item == 0:
		if r.Paragraph <= len(m.paras[r.Article]) {
			return m.paras[r.Article][r.Paragraph-1], true
		}
	}
	return "", false
}

var chineseDigits = map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// chineseNumber reads 一 … 九十九.
func chineseNumber(s string) int {
	n, cur := 0, 0
	for _, c := range s {
		if c == '十' {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
			continue
		}
		cur = chineseDigits[c]
	}
	return n + cur
}

func parseMeasure(src string) *measure {
	m := new(measure)
	article := 0
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if rest, ok := strings.CutPrefix(line, "**第"); ok {
			num, body, found := strings.Cut(rest, "条**")
			if !found {
				continue
			}
			article = chineseNumber(num)
			if article < 1 || article > 24 {
				article = 0
				continue
			}
			m.articles[article] = strings.TrimSpace(body)
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "第") {
			if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "第") {
				article = 0 // a chapter heading ends the article before it
			}
			continue
		}
		if article > 0 && strings.HasPrefix(line, "（") {
			item := line
			if article == 15 {
				// The printed page runs Art. 15's closing sentence on after item （三）: it is ¶2.
				if i := strings.Index(item, "申报材料一式两份"); i > 0 {
					m.paras[15] = []string{"", item[i:]}
					item = item[:i]
				}
			}
			m.items[article] = append(m.items[article], item)
			m.articles[article] += "\n" + line
		}
	}
	if len(m.paras[15]) == 2 {
		m.paras[15][0] = m.articles[15][:strings.Index(m.articles[15], "申报材料一式两份")]
	}
	sentences := func(s string) []string {
		var out []string
		for s != "" {
			i := strings.Index(s, "。")
			if i < 0 {
				out = append(out, s)
				break
			}
			out = append(out, s[:i+len("。")])
			s = s[i+len("。"):]
		}
		return out
	}
	if s := sentences(m.articles[14]); len(s) == 3 {
		m.paras[14] = s
	}
	if s := sentences(m.articles[21]); len(s) == 3 {
		m.paras[21] = []string{s[0] + s[1], s[2]}
	}
	return m
}
