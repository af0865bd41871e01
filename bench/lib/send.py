"""Sends N GraphQL requests one after the other (values picked at random); fails on any error."""
import json
import random
import sys
import urllib.request

url, template_path, values_path, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
template = open(template_path).read().strip()
values = [line for line in open(values_path).read().splitlines() if line] or [""]
random.seed(5)
for _ in range(count):
    body = template.replace("__VALUE__", random.choice(values)).encode()
    request = urllib.request.Request(url, body, {"content-type": "application/json"})
    response = json.loads(urllib.request.urlopen(request, timeout=60).read())
    if response.get("errors") or not response.get("data"):
        sys.exit(f"error response: {json.dumps(response)[:400]}")
