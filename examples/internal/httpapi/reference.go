package httpapi

import (
	"encoding/json"
	"net/http"
)

// policy is GET /v1/policy: the figures of the measure as issued that every evaluation applies.
func (s *server) policy(w http.ResponseWriter, r *http.Request) {
	_, _, ok := s.query(w, r)
	if !ok {
		return
	}
	b, err := json.Marshal(s.eng.policyJSON())
	if err != nil {
		panic(err)
	}
	writeJSONBody(w, jsonType, b)
}

// clause is GET /v1/clauses/{ref}: a provision's own words, the citation given in either form ("Art. 4(3)",
// "第四条第（三）项").
func (s *server) clause(w http.ResponseWriter, r *http.Request) {
	l, _, ok := s.query(w, r)
	if !ok {
		return
	}
	ref := r.PathValue("ref")
	c, found, p := lookupClause(ref)
	switch {
	case p != nil:
		writeProblem(w, l, invalidInput, message{Zh: "不是条款引用：" + ref, En: "not a citation: " + ref}, []problemItem{*p})
	case !found:
		writeProblem(w, l, noSuchClause, message{Zh: "本办法没有 " + ref, En: "the measure has no " + ref}, nil)
	default:
		b, err := json.Marshal(c)
		if err != nil {
			panic(err)
		}
		writeJSONBody(w, jsonType, b)
	}
}
