"""Turns one run's results (results.tsv, run.properties) into a table on stdout and, with
--docs DIR, into DIR/benchmarks.svg and the generated part of DIR/benchmarks.md (between the
results markers; the hand-written analysis around it is kept)."""
import csv
import html
import os
import sys

WORKLOADS = {"w1": "W1 feed", "w2": "W2 author page", "w3": "W3 thread", "w4": "W4 search",
             "w5": "W5 write mix (Inkwell only)"}
SERVER_IDS = ["inkwell", "postgraphile5", "postgraphile", "floor"]
COLORS = {"inkwell": "#3b6ea5", "postgraphile5": "#c0602a", "postgraphile": "#e0a85c", "floor": "#8a8a8a"}
STATEMENT_TARGETS = {"w1": 3, "w2": 2, "w3": 2}
BEGIN, END = "<!-- results:begin (written by bench/run.sh) -->", "<!-- results:end -->"
SERVERS = {}


def names(props):
    workers = props.get("workers", "1")
    pool = props.get("worker_pool", props.get("pool", "?"))
    SERVERS.update({"inkwell": "Inkwell", "postgraphile5": f"PostGraphile 5 ×{workers}",
                    "postgraphile": f"PostGraphile 4 ×{workers}", "floor": "SQL floor (pgbench)"})
    return pool


def load(out):
    """Rows of results.tsv grouped by (workload, server): one row per round."""
    with open(os.path.join(out, "results.tsv")) as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    props = {}
    with open(os.path.join(out, "run.properties")) as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("=")
            props[key] = value
    grouped = {}
    for r in rows:
        grouped.setdefault((r["workload"], r["server"]), []).append(r)
    return grouped, props


def num(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def fmt(value, digits=1):
    v = num(value)
    if v is None:
        return "–"
    return f"{v:,.{digits}f}" if v < 100 or digits == 0 else f"{v:,.0f}"


def mean(rounds, key):
    values = [num(r.get(key)) for r in rounds]
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def peak(rounds, key):
    values = [num(r.get(key)) for r in rounds if num(r.get(key)) is not None]
    return max(values) if values else None


def ratio(a, b):
    return f"{a / b:.2f}×" if a and b else "–"


def round_ratios(results, w, a, b, key="rps"):
    """Per-round ratios a/b (the rounds of one run, contenders a minute apart)."""
    ra, rb = {r["round"]: num(r[key]) for r in results.get((w, a), [])}, {r["round"]: num(r[key]) for r in results.get((w, b), [])}
    return [ra[k] / rb[k] for k in sorted(ra) if k in rb and ra[k] and rb[k]]


def spread(values):
    if not values:
        return "–"
    return f"{min(values):.2f}–{max(values):.2f}×" if len(values) > 1 else f"{values[0]:.2f}×"


def tables(results, props):
    workloads = [w for w in WORKLOADS if any(k[0] == w for k in results)]
    lines = ["| Workload | Server | req/s | req/s per round | p50 ms | p99 ms | SQL statements / request (queries) | peak RSS MB "
             "| errors | load (1 min) before → after, per round |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for w in workloads:
        for s in SERVER_IDS:
            rounds = results.get((w, s))
            if not rounds:
                continue
            first = rounds[0]
            per_round = " / ".join(fmt(r["rps"]) for r in rounds)
            loads = "; ".join(f"{r.get('load_before') or '?'} → {r.get('load_after') or '?'}" for r in rounds)
            errors = sum(int(num(r["errors"]) or 0) for r in rounds)
            rss = peak(rounds, "rss_mb")
            lines.append(f"| {WORKLOADS[w]} | {SERVERS[s]} | {fmt(mean(rounds, 'rps'))} | {per_round} | "
                         f"{fmt(mean(rounds, 'p50_ms'), 2)} | {fmt(mean(rounds, 'p99_ms'), 2)} | "
                         f"{first['statements'] or '–'} ({first['queries'] or '–'}) | {fmt(rss, 0) if rss else '–'} | "
                         f"{errors} | {loads} |")
    lines += ["", "| Workload | Inkwell / PostGraphile 5 req/s (rounds) | PostGraphile 5 / Inkwell p99 | "
              "Inkwell / PostGraphile 4 req/s (rounds) | Inkwell / floor req/s |", "| --- | ---: | ---: | ---: | ---: |"]
    for w in workloads:
        ink, v5, v4, flo = (results.get((w, s), []) for s in SERVER_IDS)
        lines.append(f"| {WORKLOADS[w]} | {ratio(mean(ink, 'rps'), mean(v5, 'rps'))} ({spread(round_ratios(results, w, 'inkwell', 'postgraphile5'))}) | "
                     f"{ratio(mean(v5, 'p99_ms'), mean(ink, 'p99_ms'))} | "
                     f"{ratio(mean(ink, 'rps'), mean(v4, 'rps'))} ({spread(round_ratios(results, w, 'inkwell', 'postgraphile'))}) | "
                     f"{ratio(mean(ink, 'rps'), mean(flo, 'rps'))} |")
    lines += ["", "| Target | Figure | Met? |", "| --- | --- | --- |"]
    for w, limit in STATEMENT_TARGETS.items():
        ink = (results.get((w, "inkwell")) or [{}])[0]
        st, qu = num(ink.get("statements")), num(ink.get("queries"))
        if st is not None and qu is not None:
            met = "yes" if qu <= limit else "no"
            lines.append(f"| {WORKLOADS[w]}: ≤ {limit} SQL queries per request | {qu:g} queries ({st:g} statements with "
                         f"transaction control and the pool's connection checks) | {met} |")
    for w in ("w1", "w2", "w3"):
        ink, v5 = results.get((w, "inkwell")), results.get((w, "postgraphile5"))
        if ink and v5 and mean(v5, "rps"):
            speed = mean(ink, "rps") / mean(v5, "rps")
            p99_ok = mean(ink, "p99_ms") <= mean(v5, "p99_ms")
            lines.append(f"| {WORKLOADS[w]}: ≥ 1.0 × PostGraphile 5 req/s on equal cores, p99 no worse | {speed:.2f}×, p99 "
                         f"{fmt(mean(ink, 'p99_ms'), 2)} vs {fmt(mean(v5, 'p99_ms'), 2)} ms | "
                         f"{'yes' if speed >= 1.0 and p99_ok else 'no'} |")
    rss = peak(results.get(("w1", "inkwell"), []), "rss_mb")
    if rss is not None:
        lines.append(f"| RSS under W1 ≤ 400 MB | {rss:.0f} MB | {'yes' if rss <= 400 else 'no'} |")
    for key, how in (("startup", "`java -jar`"), ("startup_cds", "extracted jar + CDS archive")):
        start = num(props.get(f"{key}_ms"))
        if start is not None:
            lines.append(f"| Start-up on an up-to-date database ≤ 4 s ({how}) | {start / 1000:.1f} s to the first answer "
                         f"(Spring: {props.get(f'{key}_spring_s', '?')} s) | {'yes' if start <= 4000 else 'no'} |")
    return "\n".join(lines)


def svg(results):
    """Grouped bars, one group per workload, each bar scaled to the group's fastest server."""
    workloads = [w for w in WORKLOADS if any(k[0] == w for k in results)]
    width, bar, gap, label_w, top = 760, 18, 4, 150, 40
    group_h = len(SERVER_IDS) * (bar + gap) + 22
    height = top + group_h * len(workloads) + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           '<text x="10" y="22" font-size="15" font-weight="bold">Requests per second, mean of the rounds (bars scaled per workload; longer is faster)</text>']
    for gi, w in enumerate(workloads):
        y0 = top + gi * group_h
        out.append(f'<text x="10" y="{y0 + 14}" font-weight="bold">{html.escape(WORKLOADS[w])}</text>')
        best = max((mean(results[(w, s)], "rps") or 0) for s in SERVER_IDS if (w, s) in results) or 1
        for si, s in enumerate(SERVER_IDS):
            rounds = results.get((w, s))
            if not rounds:
                continue
            r = {"rps": mean(rounds, "rps"), "p99_ms": mean(rounds, "p99_ms")}
            y = y0 + 20 + si * (bar + gap)
            length = (width - label_w - 200) * (num(r["rps"]) or 0) / best
            out.append(f'<text x="{label_w - 6}" y="{y + bar - 5}" text-anchor="end">{html.escape(SERVERS[s])}</text>')
            out.append(f'<rect x="{label_w}" y="{y}" width="{length:.1f}" height="{bar}" fill="{COLORS[s]}"/>')
            out.append(f'<text x="{label_w + length + 6:.1f}" y="{y + bar - 5}">{fmt(r["rps"])} req/s, p99 {fmt(r["p99_ms"], 1)} ms</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def machine(props):
    keys = ["cpu", "memory", "os", "java", "node", "postgresql", "postgraphile5", "postgraphile", "wrk"]
    return "\n".join(f"- {k}: {props.get(k, '?')}" for k in keys)


def generated(results, props):
    pool = names(props)
    workers = props.get("workers", "?")
    return f"""{BEGIN}
Run of {props.get('date')} on commit `{props.get('commit')}`, scale {props.get('scale')} ({props.get('data')}).
Every server first serves W1 and W2 for {props.get('server_warmup', '0')} s in all after its start, after the
runner checked that all contenders answer W1–W3 with the same rows. Then each workload is measured in
{props.get('rounds', '1')} rounds, the contenders taking turns within each round: {props.get('warmup')} s warm-up, then
{props.get('duration')} s measured; wrk and pgbench with {props.get('threads')} threads and {props.get('connections')} connections.
Equal cores: each PostGraphile runs {workers} worker processes (one per core; v4 `--cluster-workers`, v5
`node:cluster`), the JVM uses all cores. Database connections: Inkwell's pool {props.get('pool')}; each PostGraphile
{workers} workers × {pool} ({props.get('pool')} in all); pgbench one per client. PostgreSQL's JIT {props.get('jit', 'off')} for every
contender. Inkwell with `{props.get('java_opts') or 'the JVM defaults'}`, served from the {props.get('served_from', 'jar')}. The table gives
the mean of the rounds (peak RSS: the highest); SQL statements per request: {props.get('statements_method')},
{props.get('statement_samples')} requests sent one by one (5 for W3) after the first round; the floor sends one
statement by construction.

{tables(results, props)}

![Requests per second](benchmarks.svg)

Machine (shared with other builds while measuring, so figures are noisy; load average
{props.get('load', '?')}):
{machine(props)}
{END}"""


def main():
    out = sys.argv[1]
    results, props = load(out)
    names(props)
    text = generated(results, props)
    print(tables(results, props))
    if "--docs" in sys.argv:
        docs = sys.argv[sys.argv.index("--docs") + 1]
        with open(os.path.join(docs, "benchmarks.svg"), "w") as f:
            f.write(svg(results))
        path = os.path.join(docs, "benchmarks.md")
        existing = open(path).read() if os.path.exists(path) else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
        if BEGIN in existing and END in existing:
            head, rest = existing.split(BEGIN, 1)
            tail = rest.split(END, 1)[1]
            existing = head + text + tail
        else:
            existing += "\n" + text + "\n"
        with open(path, "w") as f:
            f.write(existing)


if __name__ == "__main__":
    main()
