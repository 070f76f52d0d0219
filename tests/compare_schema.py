#!/usr/bin/env python3
"""compare_schema.py EXE SRC [SHARED] — validates `storyloom digest --format
json` against docs/digest.schema.json (a small JSON Schema subset checker,
stdlib only) and checks what a schema cannot say: coverage counts add up,
indices point at listed articles, the overlap matrix is square, symmetric
and 100 on the diagonal.  A mutated copy must be rejected, so the checker
itself is known to bite.  Prints "N passed, N failed"; exit 1 on failure."""
import json
import os
import re
import subprocess
import sys

TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def type_ok(v, t):
    if t == "integer":
        return isinstance(v, int) and not isinstance(v, bool)
    if t == "number":
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    return isinstance(v, TYPES[t])


def validate(v, s, root, path, errs):
    """Appends 'path: problem' strings to errs for value v against schema s."""
    if "$ref" in s:
        node = root
        for part in s["$ref"].lstrip("#/").split("/"):
            node = node[part]
        validate(v, node, root, path, errs)
    for sub in s.get("allOf", []):
        validate(v, sub, root, path, errs)
    if "type" in s:
        ts = s["type"] if isinstance(s["type"], list) else [s["type"]]
        if not any(type_ok(v, t) for t in ts):
            errs.append(f"{path}: {type(v).__name__} is not {s['type']}")
            return
    if "enum" in s and v not in s["enum"]:
        errs.append(f"{path}: {v!r} not in {s['enum']}")
    if isinstance(v, str):
        if "pattern" in s and not re.search(s["pattern"], v):
            errs.append(f"{path}: {v!r} does not match {s['pattern']}")
        if len(v) < s.get("minLength", 0):
            errs.append(f"{path}: shorter than {s['minLength']}")
    if type_ok(v, "number"):
        if "minimum" in s and v < s["minimum"]:
            errs.append(f"{path}: {v} < {s['minimum']}")
        if "maximum" in s and v > s["maximum"]:
            errs.append(f"{path}: {v} > {s['maximum']}")
    if isinstance(v, list):
        if len(v) < s.get("minItems", 0):
            errs.append(f"{path}: fewer than {s['minItems']} items")
        if "maxItems" in s and len(v) > s["maxItems"]:
            errs.append(f"{path}: more than {s['maxItems']} items")
        for i, x in enumerate(v):
            if "items" in s:
                validate(x, s["items"], root, f"{path}[{i}]", errs)
    if isinstance(v, dict):
        props = s.get("properties", {})
        for k in s.get("required", []):
            if k not in v:
                errs.append(f"{path}: missing {k}")
        for k, x in v.items():
            if k in props:
                validate(x, props[k], root, f"{path}.{k}", errs)
            elif s.get("additionalProperties") is False:
                errs.append(f"{path}: undocumented field {k}")


def semantic(d, errs):
    """Invariants the schema cannot express."""
    idx = {a["index"] for a in d["articles"]}
    for i, s in enumerate(d.get("summary", [])):
        for src in [s] + s["sources"]:
            if src["article"] not in idx:
                errs.append(f"summary[{i}]: article {src['article']} not listed")
    cv = d.get("coverage")
    if cv is None:
        return
    outs = cv["outlets"]
    n = len(outs)
    names = [o["name"] for o in outs]
    if len(set(names)) != n:
        errs.append("coverage: outlet names repeat")
    if sorted(names) != sorted({a["source"] for a in d["articles"]}):
        errs.append("coverage: outlets are not the distinct article sources")
    listed = sorted(a for o in outs for a in o["articles"])
    if listed != sorted(idx):
        errs.append("coverage: outlet articles are not exactly the story's articles")
    src_of = {a["index"]: a["source"] for a in d["articles"]}
    for k, o in enumerate(outs):
        p = f"coverage.outlets[{k}]"
        if any(src_of.get(a) != o["name"] for a in o["articles"]):
            errs.append(f"{p}: article of another source")
        if o["shared_sentences"] + o["unique_sentences"] != o["sentences"]:
            errs.append(f"{p}: shared + unique != sentences")
        if o["shared_groups"] + o["unique_groups"] != o["groups"]:
            errs.append(f"{p}: shared + unique groups != groups")
        if o["unique_groups"] < len(o["unique"]):
            errs.append(f"{p}: more listed unique sentences than unique groups")
        for u in o["unique"]:
            if src_of.get(u["article"]) != o["name"]:
                errs.append(f"{p}: unique sentence from another outlet")
        scores = [u["score"] for u in o["unique"]]
        if scores != sorted(scores, reverse=True):
            errs.append(f"{p}: unique sentences not best first")
    ov = cv.get("overlap_pct")
    if ov is None:
        if n <= 100:
            errs.append("coverage.overlap_pct missing with <= 100 outlets")
    elif len(ov) != n or any(len(r) != n for r in ov):
        errs.append("coverage.overlap_pct: not outlets x outlets")
    else:
        for a in range(n):
            if ov[a][a] != 100 and outs[a]["groups"]:
                errs.append(f"coverage.overlap_pct[{a}][{a}] != 100")
            for b in range(n):
                if ov[a][b] != ov[b][a]:
                    errs.append(f"coverage.overlap_pct not symmetric at {a},{b}")
    prev = None
    for i, s in enumerate(cv["shared"]):
        if any(o >= n for o in s["outlets"]) or s["outlets"] != sorted(set(s["outlets"])):
            errs.append(f"coverage.shared[{i}]: bad outlet list")
        k = len(s["outlets"])
        if prev is not None and k > prev:
            errs.append(f"coverage.shared[{i}]: not most widely carried first")
        prev = k
        if s["consensus"] and k < cv["consensus_min"]:
            errs.append(f"coverage.shared[{i}]: consensus flag wrong")


def check(doc, schema):
    errs = []
    validate(doc, schema, schema, "$", errs)
    if not errs:
        semantic(doc, errs)
    return errs


def main():
    exe, src = sys.argv[1], sys.argv[2]
    shared = sys.argv[3] if len(sys.argv) > 3 else None
    schema = json.load(open(os.path.join(src, "docs", "digest.schema.json")))
    passed = failed = 0
    inputs = [os.path.join(src, "examples", "ferry-strike")]
    if shared and os.path.isdir(os.path.join(shared, "seeds")):
        inputs.append(os.path.join(shared, "seeds"))
    else:
        print("seeds absent: checking the example only")
    for path in inputs:
        for cmd in (["digest"], ["compare"], ["summarize"]):
            out = subprocess.run([exe] + cmd + ["--format", "json", "-q", path],
                                 capture_output=True, text=True)
            doc = json.loads(out.stdout) if out.returncode == 0 else None
            errs = ["exit %d" % out.returncode] if doc is None else check(doc, schema)
            if errs:
                failed += 1
                print(f"FAIL {' '.join(cmd)} {path}:\n  " + "\n  ".join(errs[:20]))
            else:
                passed += 1
            if cmd == ["digest"] and doc is not None:
                digest = doc
    # the checker must reject broken documents
    mutations = [
        lambda d: d["articles"][0].pop("source"),
        lambda d: d["coverage"]["outlets"][0].__setitem__("shared_pct", 101),
        lambda d: d["coverage"]["outlets"][0].__setitem__("surprise", 1),
        lambda d: d["coverage"]["outlets"][0].__setitem__(
            "unique_sentences", d["coverage"]["outlets"][0]["unique_sentences"] + 1),
        lambda d: d["coverage"]["overlap_pct"].pop(),
        lambda d: d.__setitem__("storyloom", 1),
    ]
    for i, m in enumerate(mutations):
        bad = json.loads(json.dumps(digest))
        m(bad)
        if check(bad, schema):
            passed += 1
        else:
            failed += 1
            print(f"FAIL: mutation {i} not detected")
    print(f"compare_schema: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
