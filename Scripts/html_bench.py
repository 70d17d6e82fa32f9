#!/usr/bin/env python3
"""Body extraction on ../shared/html-bench through prov's own command line.

    Scripts/html_bench.py [--bench ../shared/html-bench] [--prov PATH] [--out predictions.json]

Imports the benchmark's pages (read in place, never copied) into a throwaway store with
`prov import`, takes each page's analysed text from `prov export --format json` (its `text`),
leaves out the headline line (the benchmark's bodies have none), writes score_body.py's
predictions JSON, scores it, and times `prov bench-extract` over the pages (pages/s).
"""
import argparse, json, subprocess, sys, tempfile
from pathlib import Path

root = Path(__file__).resolve().parent.parent
ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
ap.add_argument("--bench", default=str(root.parent / "shared" / "html-bench"))
ap.add_argument("--prov", default=None, help="the prov binary (default: swift build --show-bin-path)")
ap.add_argument("--out", default=None, help="where to write the predictions (default: a temporary file)")
a = ap.parse_args()
bench = Path(a.bench)
prov = a.prov or str(Path(subprocess.run(["swift", "build", "--show-bin-path"], cwd=root, check=True,
                                         capture_output=True, text=True).stdout.strip()) / "prov")
with tempfile.TemporaryDirectory() as work:
    db = str(Path(work) / "bench.sqlite")
    subprocess.run([prov, "import", "--db", db, "--quiet", str(bench / "html")], check=False)
    export = json.loads(subprocess.run([prov, "export", "--db", db, "--format", "json"], check=True,
                                       capture_output=True, text=True).stdout)
    predictions = {}
    for article in export["articles"]:
        key = Path(article["path"]).name.removesuffix(".html.gz")
        paragraphs = (article.get("text") or "").split("\n\n")
        if paragraphs and article.get("title") and paragraphs[0].strip() == article["title"].strip():
            paragraphs = paragraphs[1:]
        predictions[key] = {"articleBody": "\n".join(p.strip() for p in paragraphs if p.strip())}
    out = Path(a.out) if a.out else Path(work) / "predictions.json"
    out.write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")
    print(f"pages imported: {len(predictions)}", flush=True)
    subprocess.run([sys.executable, str(bench / "score_body.py"), str(out)], check=True)
    subprocess.run([prov, "bench-extract", "--jobs", "1", str(bench / "html")], check=True)
