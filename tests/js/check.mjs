// Independent checks of kgbuild's exports, run by ctest (tests/independent_checks.sh):
//   node check.mjs count FILE              the file parses (prints its number of triples)
//   node check.mjs same FILE...            every file parses to the same set of triples
//   node check.mjs shacl DATA SHAPES       the data conforms to the SHACL shapes
//   node check.mjs sparql FILE... -q QUERY results of a SPARQL query (Oxigraph), as sorted JSON
//   node check.mjs sparql-compare FILE... -q QUERY --expect RESULTS.json
//                                          Oxigraph's rows equal kgbuild's SPARQL JSON results
// Parsers: N3.js (Turtle, N-Triples, N-Quads), rdfxml-streaming-parser (RDF/XML), jsonld
// (JSON-LD to RDF); SHACL: shacl-engine; SPARQL: Oxigraph. None of them shares code with raptor.
import fs from 'node:fs'
import path from 'node:path'
import N3 from 'n3'
import jsonld from 'jsonld'
import { RdfXmlParser } from 'rdfxml-streaming-parser'
import rdf from 'rdf-ext'
import { Validator } from 'shacl-engine'
import * as oxigraph from 'oxigraph'

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string'

function term (t) {
  if (t.termType === 'NamedNode') return `<${t.value}>`
  if (t.termType === 'BlankNode') return `_:${t.value}`
  if (t.termType === 'Literal') {
    const dt = t.language ? `@${t.language}` : `^^<${t.datatype ? t.datatype.value : XSD_STRING}>`
    return JSON.stringify(t.value) + dt
  }
  return t.value
}

async function quads (file) {
  const text = fs.readFileSync(file, 'utf8')
  const ext = path.extname(file).slice(1)
  if (ext === 'rdf' || ext === 'xml' || ext === 'owl') {
    return await new Promise((resolve, reject) => {
      const out = []
      const parser = new RdfXmlParser({ baseIRI: 'http://example.org/base/' })
      parser.on('data', q => out.push(q)).on('error', reject).on('end', () => resolve(out))
      parser.write(text)
      parser.end()
    })
  }
  if (ext === 'jsonld') {
    const nquads = await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', safe: true })
    return new N3.Parser({ format: 'N-Quads' }).parse(nquads)
  }
  const format = { ttl: 'Turtle', nt: 'N-Triples', nq: 'N-Quads' }[ext]
  if (!format) throw new Error(`${file}: no parser for .${ext}`)
  return new N3.Parser({ format, baseIRI: 'http://example.org/base/' }).parse(text)
}

async function tripleSet (file) {
  const set = new Set()
  for (const q of await quads(file)) set.add(`${term(q.subject)} ${term(q.predicate)} ${term(q.object)}`)
  return set
}

async function same (files) {
  const sets = []
  for (const f of files) sets.push([f, await tripleSet(f)])
  const [first, ref] = sets[0]
  let ok = true
  for (const [f, s] of sets.slice(1)) {
    const missing = [...ref].filter(x => !s.has(x))
    const extra = [...s].filter(x => !ref.has(x))
    if (missing.length || extra.length) {
      ok = false
      console.log(`${f} differs from ${first}: ${missing.length} missing, ${extra.length} extra`)
      for (const x of missing.slice(0, 5)) console.log(`  missing ${x}`)
      for (const x of extra.slice(0, 5)) console.log(`  extra   ${x}`)
    } else {
      console.log(`${f}: the same ${s.size} triples as ${first}`)
    }
  }
  return ok
}

async function shacl (dataFile, shapesFile) {
  const data = rdf.dataset(await quads(dataFile))
  const shapes = rdf.dataset(await quads(shapesFile))
  const validator = new Validator(shapes, { factory: rdf })
  const report = await validator.validate({ dataset: data })
  if (report.conforms) {
    console.log(`${dataFile}: conforms to ${shapesFile} (${data.size} triples)`)
    return true
  }
  console.log(`${dataFile}: ${report.results.length} SHACL violations`)
  for (const r of report.results.slice(0, 20)) {
    console.log(`  ${r.focusNode?.value} ${r.path?.map?.(p => p.predicates?.map(x => x.value)).flat().join(' ') ?? ''}: ${r.message.map(m => m.value).join('; ')}`)
  }
  return false
}

// Oxigraph's rows for a query must equal kgbuild's (its SPARQL JSON results in `expectFile`).
async function sparqlCompare (files, query, expectFile) {
  const ours = JSON.parse(fs.readFileSync(expectFile, 'utf8'))
  const mine = ours.results.bindings.map(b => JSON.stringify(Object.keys(b).sort().map(k => [k, b[k].value])))
  const theirs = (await sparqlRows(files, query)).map(r => JSON.stringify(Object.keys(r).sort().map(k => [k, r[k]])))
  mine.sort()
  theirs.sort()
  if (mine.join('\n') === theirs.join('\n')) {
    console.log(`Oxigraph and kgbuild agree: ${mine.length} rows`)
    return true
  }
  console.log(`Oxigraph and kgbuild differ:\n  kgbuild:  ${mine.slice(0, 5).join('\n            ')}\n  Oxigraph: ${theirs.slice(0, 5).join('\n            ')}`)
  return false
}

async function sparqlRows (files, query) {
  const store = new oxigraph.Store()
  for (const f of files) {
    const ext = path.extname(f).slice(1)
    const format = { ttl: 'text/turtle', nt: 'application/n-triples', nq: 'application/n-quads', rdf: 'application/rdf+xml' }[ext]
    store.load(fs.readFileSync(f, 'utf8'), { format, to_graph_name: oxigraph.defaultGraph() })
  }
  const result = store.query(query, { use_default_graph_as_union: true })
  if (typeof result === 'boolean') return result  // ASK
  const rows = []
  for (const binding of result) {
    const row = {}
    for (const [k, v] of binding) row[k] = v.value
    rows.push(row)
  }
  return rows
}

async function sparql (files, query) {
  const rows = await sparqlRows(files, query)
  if (typeof rows === 'boolean') {
    console.log(JSON.stringify({ boolean: rows }))
    return true
  }
  const keys = rows.map(r => JSON.stringify(Object.keys(r).sort().map(k => [k, r[k]])))
  keys.sort()
  console.log(JSON.stringify(keys.map(k => Object.fromEntries(JSON.parse(k))), null, 1))
  return true
}

const [cmd, ...args] = process.argv.slice(2)
let ok
try {
  if (cmd === 'count') {
    const n = (await quads(args[0])).length
    console.log(`${args[0]}: ${n} triples`)
    ok = n > 0
  } else if (cmd === 'same') ok = await same(args)
  else if (cmd === 'shacl') ok = await shacl(args[0], args[1])
  else if (cmd === 'sparql-compare') {
    const q = args.indexOf('-q')
    const e = args.indexOf('--expect')
    ok = await sparqlCompare(args.slice(0, q), fs.readFileSync(args[q + 1], 'utf8'), args[e + 1])
  } else if (cmd === 'sparql') {
    const q = args.indexOf('-q')
    ok = await sparql(args.slice(0, q), fs.readFileSync(args[q + 1], 'utf8'))
  } else {
    console.error('usage: node check.mjs same FILE... | shacl DATA SHAPES | sparql FILE... -q QUERYFILE')
    process.exit(2)
  }
} catch (e) {
  console.error(`check.mjs ${cmd}: ${e.message}`)
  process.exit(1)
}
process.exit(ok ? 0 : 1)
