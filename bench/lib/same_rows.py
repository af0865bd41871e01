"""Checks that every contender answers a workload with the same rows, before anything is measured.

    python3 same_rows.py WORKLOAD NAME=ANSWER.json NAME=ANSWER.json ...

The first answer is the reference. Each answer is normalised to what the workload asks for, free of
each server's naming: the single root field of `data`; v4/v5 relation names (`authorByAuthorId`,
`commentsByPostId`) as Inkwell's (`author`, `comments`); a comment's `depth` on its edge (Inkwell)
or its node (PostGraphile); ids as the row's integer, decoded from Inkwell's global IDs
(base64url of `Comment:123`), PostGraphile's node IDs (base64 of `["comments",123]` in v4,
`["Comment","123"]` in v5) or plain row ids (the floor). Exits 1, with the first difference,
when an answer differs from the reference."""
import base64
import json
import re
import sys

RENAMES = {"authorByAuthorId": "author", "commentsByPostId": "comments", "postsByAuthorId": "posts",
           "nodeId": "id", "rowId": "id"}


def row_id(value):
    if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
        return int(value)
    text = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
    return int(re.findall(r"\d+", text)[-1])


def normalise(value, key=None):
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if not isinstance(value, dict):
        return row_id(value) if key == "id" else value
    out = {}
    for k, v in value.items():
        k = RENAMES.get(k, k)
        out[k] = normalise(v, k)
    node = out.get("node")
    if isinstance(node, dict) and "depth" in node:   # PostGraphile's depth is a column of the comment
        out["depth"] = node.pop("depth")
    return out


def answer(path):
    with open(path) as f:
        body = json.load(f)
    if body.get("errors") or not isinstance(body.get("data"), dict) or len(body["data"]) != 1:
        raise ValueError(f"{path}: not a single-root answer without errors: {json.dumps(body)[:300]}")
    root = next(iter(body["data"].values()))
    if root is None:
        raise ValueError(f"{path}: the root field is null")
    return normalise(root)


def first_difference(a, b, path="$"):
    if type(a) is not type(b):
        return f"{path}: {json.dumps(a)[:120]} vs {json.dumps(b)[:120]}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{path}.{k}: only in {'the reference' if k in a else 'this answer'}"
            d = first_difference(a[k], b[k], f"{path}.{k}")
            if d:
                return d
    elif isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{i}]")
            if d:
                return d
    elif a != b:
        return f"{path}: {json.dumps(a)[:120]} vs {json.dumps(b)[:120]}"
    return None


def main():
    workload, pairs = sys.argv[1], [arg.split("=", 1) for arg in sys.argv[2:]]
    reference_name, reference = pairs[0][0], answer(pairs[0][1])
    ok = True
    for name, path in pairs[1:]:
        difference = first_difference(reference, answer(path))
        if difference:
            print(f"{workload}: {name} differs from {reference_name} at {difference}", file=sys.stderr)
            ok = False
    size = len(json.dumps(reference))
    print(f"{workload}: {', '.join(n for n, _ in pairs)} {'agree' if ok else 'DISAGREE'} ({size:,} bytes normalised)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
