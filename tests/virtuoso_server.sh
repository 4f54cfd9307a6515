# Sourced by the tests that need a Virtuoso server: `virtuoso_start DIR` starts Debian's
# virtuoso-opensource on loopback with a private virtuoso.ini (database, logs and DirsAllowed in
# DIR/db and DIR/data) and sets isql_port, http_port and endpoint; `virtuoso_stop` shuts it down.
# The caller's EXIT trap calls virtuoso_stop.
virtuoso_start() {
  local dir=$1
  for prog in virtuoso-t isql-vt python3 curl; do
    command -v "$prog" >/dev/null || { echo "$prog is missing: scripts/install-deps.sh installs it"; return 1; }
  done
  free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
  isql_port=$(free_port)
  http_port=$(free_port)
  mkdir -p "$dir/db" "$dir/data"
  cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/db/virtuoso.db
ErrorLogFile = $dir/db/virtuoso.log
LockFile = $dir/db/virtuoso.lck
TransactionFile = $dir/db/virtuoso.trx
xa_persistent_file = $dir/db/virtuoso.pxa
MaxCheckpointRemap = 2000
[TempDatabase]
DatabaseFile = $dir/db/virtuoso-temp.db
TransactionFile = $dir/db/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$isql_port
DisableUnixSocket = 1
DirsAllowed = ., $dir/data
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 4
[SPARQL]
ResultSetMaxRows = ${VIRTUOSO_MAX_ROWS:-10000}
MaxQueryExecutionTime = 60
DefaultGraph = https://w3id.org/kgbuild/graph/test
INI
  virtuoso-t +foreground +configfile "$dir/virtuoso.ini" > "$dir/server.out" 2>&1 &
  virtuoso_pid=$!
  for _ in $(seq 1 120); do
    if isql-vt "127.0.0.1:$isql_port" dba dba exec="status();" >/dev/null 2>&1 &&
       curl -s -o /dev/null "http://127.0.0.1:$http_port/sparql?query=ASK%7B%7D"; then
      endpoint="http://127.0.0.1:$http_port/sparql"
      return 0
    fi
    kill -0 "$virtuoso_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "Virtuoso did not start:"; cat "$dir/server.out" "$dir/db/virtuoso.log" 2>/dev/null | tail -20
  return 1
}

virtuoso_stop() {
  [[ -n ${virtuoso_pid:-} ]] || return 0
  isql-vt "127.0.0.1:$isql_port" dba dba exec="shutdown();" >/dev/null 2>&1 || true
  for _ in $(seq 1 20); do kill -0 "$virtuoso_pid" 2>/dev/null || break; sleep 0.5; done
  kill "$virtuoso_pid" 2>/dev/null || true
  wait "$virtuoso_pid" 2>/dev/null || true
  virtuoso_pid=
}
