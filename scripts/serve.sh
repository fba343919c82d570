#!/usr/bin/env bash
# make serve: builds the app (release) and serves it, rebuilding when a source file changes
# (reload the page to see it: trunk's reload script is inline, which the page's CSP refuses).
#   ADDRESS=127.0.0.1  where to listen; 0.0.0.0 serves on the local network (a room's wifi or a
#                      laptop's hotspot) and prints the addresses to open on phones
#   PORT=8080          the port
#   TLS=1              https with a self-signed certificate made here (target/tls/), for the
#                      camera and the service worker on phones; each phone accepts it once
#   DIST=dist          where the built files go
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

address=${ADDRESS:-127.0.0.1}
port=${PORT:-8080}
dist=${DIST:-dist}

scripts/setup.sh build

scheme=http
tls=()
if [ "${TLS:-0}" = 1 ]; then
  scheme=https
  mkdir -p target/tls
  if [ ! -f target/tls/cert.pem ]; then
    echo "==> Making a self-signed certificate (target/tls/cert.pem)"
    openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=Tillit" \
      -keyout target/tls/key.pem -out target/tls/cert.pem 2>/dev/null
  fi
  tls=(--tls-key-path target/tls/key.pem --tls-cert-path target/tls/cert.pem)
fi

echo "==> Tillit will be served at:"
case $address in
  127.*|localhost|::1) echo "    $scheme://$address:$port/  (this computer only; ADDRESS=0.0.0.0 for phones)" ;;
  *)
    node -e '
      const [scheme, address, port] = process.argv.slice(1);
      const nets = Object.values(require("os").networkInterfaces()).flat()
        .filter((n) => n.family === "IPv4" && !n.internal && (address === "0.0.0.0" || n.address === address));
      for (const n of nets) console.log(`    ${scheme}://${n.address}:${port}/  (open this on the phones)`);
      if (!nets.length) console.log(`    ${scheme}://${address}:${port}/`);
    ' "$scheme" "$address" "$port"
    ;;
esac

exec trunk serve --release --no-autoreload --address "$address" --port "$port" --dist "$dist" "${tls[@]}"
