# Shared by the sync benchmarks (sourced, runs inside the environment).

# make_tls DIR: a throw-away CA and a localhost server certificate signed by it.
make_tls() {
    local tls=$1
    mkdir -p "$tls"
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$tls/ext"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$tls/ca.key" \
        -out "$tls/ca.crt" -subj "/CN=Bench CA" -days 2 -addext basicConstraints=critical,CA:TRUE \
        -addext keyUsage=critical,keyCertSign 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$tls/server.key" \
        -out "$tls/server.csr" -subj "/CN=localhost" 2>/dev/null
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial \
        -out "$tls/server.crt" -days 2 -extfile "$tls/ext" 2>/dev/null
}

# start_server SERVER TLS-DIR OUT-FILE: starts `serve` on a free port in the background; sets
# server_pid and server_port.
start_server() {
    local server=$1 tls=$2 out=$3
    # The API log (one JSON line per request, with its server time) beside it, for analysis.
    "$server" serve --cert "$tls/server.crt" --key "$tls/server.key" --port 0 >"$out" 2>"$out.log" &
    server_pid=$!
    for _ in $(seq 100); do grep -q listening "$out" 2>/dev/null && break; sleep 0.1; done
    server_port=$(sed -n 's/^listening https:\/\/.*:\([0-9]*\)$/\1/p' "$out")
    [ -n "$server_port" ] || { echo "the server did not start" >&2; return 1; }
}
