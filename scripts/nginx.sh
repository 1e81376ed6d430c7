#!/usr/bin/env bash
# Serves a build with the shipped nginx configuration (deploy/), as production would:
#   scripts/nginx.sh start [dist] [port]   → prints the URL
#   scripts/nginx.sh stop
# Runs from a private prefix (.nginx/, or $NGINX_PREFIX), so it needs no root and touches
# nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${NGINX_PREFIX:-$PWD/.nginx}"

case "${1:-}" in
  start)
    root="$(cd "${2:-dist}" && pwd)"
    port="${3:-8080}"
    mkdir -p "$prefix/logs" "$prefix/temp"
    cp deploy/security-headers.conf "$prefix/security-headers.conf"
    sed -e "s#root /srv/gd-industry-monitor/dist;#root $root;#" -e "s#listen 8080;#listen 127.0.0.1:$port;#" \
      deploy/nginx-site.conf > "$prefix/site.conf"
    user_line=""
    [ "$(id -u)" -eq 0 ] && user_line="user root;"
    cat > "$prefix/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $prefix/logs/access.log;
    client_body_temp_path $prefix/temp/body;
    proxy_temp_path $prefix/temp/proxy;
    fastcgi_temp_path $prefix/temp/fastcgi;
    uwsgi_temp_path $prefix/temp/uwsgi;
    scgi_temp_path $prefix/temp/scgi;
    sendfile on;
    include $prefix/site.conf;
}
CONF
    nginx -p "$prefix" -c "$prefix/nginx.conf" -t -q
    nginx -p "$prefix" -c "$prefix/nginx.conf"
    echo "http://127.0.0.1:$port"
    ;;
  stop)
    if [ -f "$prefix/nginx.pid" ]; then nginx -p "$prefix" -c "$prefix/nginx.conf" -s stop || true; fi
    ;;
  *)
    echo "usage: scripts/nginx.sh start [dist] [port] | stop" >&2
    exit 2
    ;;
esac
