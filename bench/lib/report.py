"""Turns one run's results (results.tsv, run.properties) into a table on stdout and, with
--docs DIR, into DIR/benchmarks.svg and the generated part of DIR/benchmarks.md (between the
results markers; the hand-written analysis around it is kept)."""
import csv
import html
import os
import sys

WORKLOADS = {"w1": "W1 feed", "w2": "W2 author page", "w3": "W3 thread", "w4": "W4 search",
             "w5": "W5 write mix (Inkwell only)"}
SERVERS = {"inkwell": "Inkwell", "postgraphile": "PostGraphile 4", "floor": "SQL floor (pgbench)"}
COLORS = {"inkwell": "#3b6ea5", "postgraphile": "#d08a2c", "floor": "#8a8a8a"}
STATEMENT_TARGETS = {"w1": 4, "w2": 3, "w3": 2}
BEGIN, END = "<!-- results:begin (written by bench/run.sh) -->", "<!-- results:end -->"


def load(out):
    with open(os.path.join(out, "results.tsv")) as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    props = {}
    with open(os.path.join(out, "run.properties")) as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("=")
            props[key] = value
    return {(r["workload"], r["server"]): r for r in rows}, props


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


def ratio(a, b):
    a, b = num(a), num(b)
    return f"{a / b:.2f}×" if a and b else "–"


def tables(results, props):
    workloads = [w for w in WORKLOADS if any(k[0] == w for k in results)]
    lines = ["| Workload | Server | req/s | p50 ms | p99 ms | SQL statements / request (queries) | peak RSS MB | errors |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for w in workloads:
        for s in SERVERS:
            r = results.get((w, s))
            if r:
                lines.append(f"| {WORKLOADS[w]} | {SERVERS[s]} | {fmt(r['rps'])} | {fmt(r['p50_ms'], 2)} | "
                             f"{fmt(r['p99_ms'], 2)} | {r['statements'] or '–'} ({r['queries'] or '–'}) | "
                             f"{r['rss_mb'] or '–'} | {r['errors']} |")
    lines += ["", "| Workload | Inkwell / PostGraphile req/s | PostGraphile / Inkwell p99 | Inkwell / floor req/s |",
              "| --- | ---: | ---: | ---: |"]
    for w in workloads:
        ink, pgl, flo = (results.get((w, s), {}) for s in SERVERS)
        lines.append(f"| {WORKLOADS[w]} | {ratio(ink.get('rps'), pgl.get('rps'))} | "
                     f"{ratio(pgl.get('p99_ms'), ink.get('p99_ms'))} | {ratio(ink.get('rps'), flo.get('rps'))} |")
    lines += ["", "| Target | Figure | Met? |", "| --- | --- | --- |"]
    for w, limit in STATEMENT_TARGETS.items():
        ink = results.get((w, "inkwell"), {})
        st, qu = num(ink.get("statements")), num(ink.get("queries"))
        if st is not None:
            met = "yes" if st <= limit else ("no (queries: yes; the rest are the pool's connection checks)" if qu is not None and qu <= limit else "no")
            lines.append(f"| {WORKLOADS[w]}: ≤ {limit} SQL statements per request | {st:g} statements, {qu:g} queries | {met} |")
    for w in ("w1", "w2", "w3"):
        ink, pgl = results.get((w, "inkwell")), results.get((w, "postgraphile"))
        if ink and pgl and num(pgl["rps"]):
            speed = num(ink["rps"]) / num(pgl["rps"])
            p99_ok = num(ink["p99_ms"]) <= num(pgl["p99_ms"])
            lines.append(f"| {WORKLOADS[w]}: ≥ 1.2 × PostGraphile req/s, p99 no worse | {speed:.2f}×, p99 "
                         f"{fmt(ink['p99_ms'], 2)} vs {fmt(pgl['p99_ms'], 2)} ms | "
                         f"{'yes' if speed >= 1.2 and p99_ok else 'no'} |")
    rss = num(results.get(("w1", "inkwell"), {}).get("rss_mb"))
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
    group_h = len(SERVERS) * (bar + gap) + 22
    height = top + group_h * len(workloads) + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           '<text x="10" y="22" font-size="15" font-weight="bold">Requests per second (bars scaled per workload; longer is faster)</text>']
    for gi, w in enumerate(workloads):
        y0 = top + gi * group_h
        out.append(f'<text x="10" y="{y0 + 14}" font-weight="bold">{html.escape(WORKLOADS[w])}</text>')
        best = max((num(results[(w, s)]["rps"]) or 0) for s in SERVERS if (w, s) in results) or 1
        for si, s in enumerate(SERVERS):
            r = results.get((w, s))
            if not r:
                continue
            y = y0 + 20 + si * (bar + gap)
            length = (width - label_w - 200) * (num(r["rps"]) or 0) / best
            out.append(f'<text x="{label_w - 6}" y="{y + bar - 5}" text-anchor="end">{html.escape(SERVERS[s])}</text>')
            out.append(f'<rect x="{label_w}" y="{y}" width="{length:.1f}" height="{bar}" fill="{COLORS[s]}"/>')
            out.append(f'<text x="{label_w + length + 6:.1f}" y="{y + bar - 5}">{fmt(r["rps"])} req/s, p99 {fmt(r["p99_ms"], 1)} ms</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def machine(props):
    keys = ["cpu", "memory", "os", "java", "node", "postgresql", "postgraphile", "wrk"]
    return "\n".join(f"- {k}: {props.get(k, '?')}" for k in keys)


def generated(results, props):
    return f"""{BEGIN}
Run of {props.get('date')} on commit `{props.get('commit')}`, scale {props.get('scale')} ({props.get('data')}).
Each server first serves W1 and W2 for {props.get('server_warmup', '0')} s after its start; then each workload: {props.get('warmup')} s warm-up, then {props.get('duration')} s measured; wrk and pgbench with
{props.get('threads')} threads and {props.get('connections')} connections; pool size {props.get('pool')} for both
servers; Inkwell with `{props.get('java_opts')}`, served from the {props.get('served_from', 'jar')}. SQL statements per request: {props.get('statements_method')},
{props.get('statement_samples')} requests sent one by one (5 for W3) after the measured run; the floor sends one
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
