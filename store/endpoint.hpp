// A SPARQL 1.1 Protocol client (libcurl) for a server triple store on loopback or elsewhere,
// and Virtuoso's bulk loader driven through isql-vt. Each call owns its curl handle; safe to use
// from several threads with one call each.
#pragma once

#include <string>
#include <vector>

#include "graph/status.hpp"
#include "store/store.hpp"

namespace kg::store {

// Runs `sparql` at the endpoint URL (POST, form-encoded). SELECT and ASK results are read from
// SPARQL JSON; CONSTRUCT results are Turtle. `row_cap`, when the server caps result sets
// (Virtuoso's ResultSetMaxRows, 10,000 by default), adds a warning when a result reaches it.
// Replies larger than `max_reply_bytes` (default 512 MB) are refused.
Status query_endpoint(const std::string& url, const std::string& sparql, QueryResult& out,
                      std::size_t row_cap = 10000, std::size_t max_reply_bytes = std::size_t(512) << 20);
// Reads a SPARQL 1.1 JSON results document (what an endpoint answered `url`); every wrong shape
// is an error saying where.
Status parse_sparql_json(const std::string& body, const std::string& url, QueryResult& out);

struct VirtuosoTarget {
  std::string isql = "isql-vt";     // the isql program
  std::string host_port = "localhost:1111";
  std::string user = "dba";
  std::string password = "dba";
  std::string endpoint;            // SPARQL endpoint URL, for the count check
  std::string graph;               // named graph IRI the files go into
};

// Bulk-loads N-Triples/Turtle/RDF-XML files into Virtuoso with ld_dir + rdf_loader_run (about
// 100k triples/s; the ODBC path is 100x slower), then checks through the endpoint that the
// graph holds at least the number of distinct triples sent, because the bulk loader skips bad
// files without an error. The files' folders must be in the server's DirsAllowed.
Status virtuoso_bulk_load(const VirtuosoTarget& target, const std::vector<std::string>& files,
                          std::size_t* triples_in_graph);

// A SPARQL 1.1 Graph Store HTTP Protocol service: Virtuoso's /sparql-graph-crud-auth, Fuseki's
// /DATASET/data, Oxigraph's /store, GraphDB's /repositories/R/rdf-graphs/service.
struct GraphStoreTarget {
  std::string url;       // the service URL, without a query string
  std::string graph;     // named graph IRI the files go into (?graph=IRI)
  std::string user;      // empty: no authentication
  std::string password;  // never on a command line: kgbuild sends it itself (digest or basic)
  std::string endpoint;  // SPARQL endpoint URL, for the count check; empty: no check
};

// POSTs each file (N-Triples, Turtle or RDF/XML, streamed from disk, not read into memory) into
// the named graph: statements are added to what the graph holds. Then, with an endpoint, checks
// that the graph holds at least the distinct triples of the N-Triples files sent. Unlike the
// bulk loader, the files need not be on the server's machine and no password reaches the
// command line of another program.
Status graph_store_load(const GraphStoreTarget& target, const std::vector<std::string>& files,
                        std::size_t* triples_in_graph);

}  // namespace kg::store
