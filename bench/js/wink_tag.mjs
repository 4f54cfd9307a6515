// Reference: wink-nlp tokenization and part-of-speech tagging of a text file (what a user would
// run as the cheapest NLP front end in JavaScript). Prints tokens and seconds as JSON.
// usage: node wink_tag.mjs FILE
import fs from 'node:fs'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

const text = fs.readFileSync(process.argv[2], 'utf8')
const nlp = winkNLP(model, ['pos'])
const its = nlp.its
const start = process.hrtime.bigint()
const doc = nlp.readDoc(text)
const pos = doc.tokens().out(its.pos)
const seconds = Number(process.hrtime.bigint() - start) / 1e9
console.log(JSON.stringify({ tokens: pos.length, seconds }))
