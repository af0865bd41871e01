"""Reads pgbench per-transaction logs (-l) on stdin; prints the runner's RESULT line."""
import sys

duration = float(sys.argv[1])
latencies = sorted(int(line.split()[2]) for line in sys.stdin if line.strip())
def percentile(p):
    return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] / 1000 if latencies else 0
print(f"RESULT rps={len(latencies) / duration:.1f} p50_ms={percentile(50):.2f} p99_ms={percentile(99):.2f} "
      f"requests={len(latencies)} errors=0")
