# Writes OUT: the single-word lemmas of a WordNet index file IN (first column), one per line.
file(STRINGS ${IN} lines REGEX "^[a-z][a-z-]* ")
set(out "")
foreach(line IN LISTS lines)
  string(FIND "${line}" " " sp)
  string(SUBSTRING "${line}" 0 ${sp} lemma)
  string(APPEND out "${lemma}\n")
endforeach()
file(WRITE ${OUT} "${out}")
