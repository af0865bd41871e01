"""Splits a postgres:// URL into the shell variables bench/run.sh uses (printed for eval)."""
import shlex
import sys
from urllib.parse import unquote, urlsplit

url = urlsplit(sys.argv[1])
if url.scheme not in ("postgres", "postgresql") or not url.path.strip("/"):
    sys.exit("BENCH_DATABASE_URL must look like postgres://user[:password]@host[:port]/database")
host = url.hostname or "127.0.0.1"
port = url.port or 5432
name = url.path.strip("/")
query = ("?" + url.query) if url.query else ""
values = {
    "DB_NAME": name,
    "DB_HOST": host,
    "DB_USER": unquote(url.username or "postgres"),
    "DB_PASSWORD": unquote(url.password or ""),
    "DB_ADMIN_URL": url._replace(path="/postgres").geturl(),
    "JDBC_URL": f"jdbc:postgresql://{host}:{port}/{name}{query}",
}
for key, value in values.items():
    print(f"{key}={shlex.quote(value)}")
