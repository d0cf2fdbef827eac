"""Evaluate the enrichment engine on `bench/eval/` (run: `make eval`).

Prints, per language and task, precision / recall / F1 on the `test` split and on the `dev`
split separately (lexicons and rules are tuned on `dev` only): sentiment (per class and
macro-F1, with plain VADER beside ours for English, on arts data and on general posts),
touchpoints (micro P/R/F1 of detection, accuracy of the touchpoint's sentiment), production
matching (P/R/F1 over (mention, production) pairs) and language accuracy.

`--errors TASK` lists the dev-split mistakes of one task (sentiment, touchpoints, matching,
language) to guide tuning; test mistakes are never shown.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from enrichment import Catalogue, Enricher, Enrichment, MentionInput  # noqa: E402
from enrichment.files import load_productions  # noqa: E402

EVAL = ROOT / "bench" / "eval"
LANGUAGES = ("en", "fr", "ca", "es")
LABELS = ("positive", "neutral", "negative")
SPLITS = ("test", "dev")
# The evaluation catalogue's venue (the eval data is written about the "Lyceum Playhouse").
VENUE_NAMES = ("Lyceum Playhouse", "Lyceum")
VENUE_HANDLES = ("@LyceumPlayhouse",)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def label_scores(gold: list[str], pred: list[str]) -> dict[str, tuple[float, float, float]]:
    out = {}
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        out[label] = prf(tp, fp, fn)
    return out


def fmt(scores: tuple[float, float, float]) -> str:
    return "P {:.3f} R {:.3f} F1 {:.3f}".format(*scores)


def sentiment_line(name: str, gold: list[str], pred: list[str]) -> str:
    scores = label_scores(gold, pred)
    macro = sum(s[2] for s in scores.values()) / len(scores)
    parts = "  ".join(f"{label[:3]} {fmt(scores[label])}" for label in LABELS)
    return f"    {name:<6} macro-F1 {macro:.3f}  |  {parts}"


def vader_label(analyser: SentimentIntensityAnalyzer, text: str) -> str:
    compound = analyser.polarity_scores(text)["compound"]
    return "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"


def enrich(enricher: Enricher, row: dict[str, Any]) -> Enrichment:
    created = row.get("created_at")
    return enricher.enrich(
        MentionInput(
            id=row["id"],
            text=row["text"],
            created_at=datetime.fromisoformat(created.replace("Z", "+00:00")) if created else None,
            source_production_id=row.get("source_production_id"),
        )
    )


def touchpoint_report(rows: list[dict[str, Any]], results: list[Enrichment]) -> str:
    tp = fp = fn = agree = 0
    for row, result in zip(rows, results, strict=True):
        gold = row.get("touchpoints", {})
        pred = {t.name: t.label for t in result.touchpoints}
        tp += len(gold.keys() & pred.keys())
        fp += len(pred.keys() - gold.keys())
        fn += len(gold.keys() - pred.keys())
        agree += sum(1 for k in gold.keys() & pred.keys() if gold[k] == pred[k])
    accuracy = agree / tp if tp else 0.0
    return f"    touchpoints detection {fmt(prf(tp, fp, fn))}  |  sentiment accuracy {accuracy:.3f}"


def by_split(rows: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    return [r for r in rows if r.get("split") == split]


def report_language(enricher: Enricher, vader: SentimentIntensityAnalyzer, lang: str) -> None:
    rows = read_jsonl(EVAL / f"sentiment_{lang}.jsonl")
    if not rows:
        say(f"[{lang}] no data")
        return
    for split in SPLITS:
        part = by_split(rows, split)
        results = [enrich(enricher, r) for r in part]
        gold = [r["sentiment"] for r in part]
        say(f"[{lang}] {split} (n={len(part)})")
        say(sentiment_line("ours", gold, [r.sentiment.label for r in results]))
        if lang == "en":
            say(sentiment_line("vader", gold, [vader_label(vader, r["text"]) for r in part]))
        say(touchpoint_report(part, results))
        correct = sum(
            1 for r, e in zip(part, results, strict=True) if r.get("language") == e.language
        )
        say(f"    language accuracy {correct / len(part):.3f}")


def report_general(enricher: Enricher, vader: SentimentIntensityAnalyzer) -> None:
    rows = read_jsonl(EVAL / "general_en.jsonl")
    for split in SPLITS:
        part = by_split(rows, split)
        gold = [r["sentiment"] for r in part]
        ours = [enrich(enricher, r).sentiment.label for r in part]
        say(f"[general_en] {split} (n={len(part)})")
        say(sentiment_line("ours", gold, ours))
        say(sentiment_line("vader", gold, [vader_label(vader, r["text"]) for r in part]))


def matching_counts(rows: Iterable[dict[str, Any]], enricher: Enricher) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for row in rows:
        gold = set(row["productions"])
        pred = {m.production_id for m in enrich(enricher, row).productions}
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    return tp, fp, fn


def report_matching(enricher: Enricher) -> None:
    rows = read_jsonl(EVAL / "matching.jsonl")
    for split in SPLITS:
        part = by_split(rows, split)
        say(f"[matching] {split} (n={len(part)})  all {fmt(prf(*matching_counts(part, enricher)))}")
        for lang in LANGUAGES:
            sub = [r for r in part if r.get("language") == lang]
            if sub:
                say(f"    {lang} (n={len(sub)}) {fmt(prf(*matching_counts(sub, enricher)))}")


def report_matching_with_cues(catalogue: Catalogue) -> None:
    """The same catalogue with the cues a venue would enter (`productions_cues.csv`:
    characters, songs, authors; written without seeing any post)."""
    path = EVAL / "productions_cues.csv"
    if not path.exists():
        return
    with path.open(newline="", encoding="utf-8") as handle:
        cues = {
            row["id"]: tuple(c for c in row["cues"].split("|") if c)
            for row in csv.DictReader(handle)
        }
    productions = tuple(replace(p, cues=cues.get(p.id, ())) for p in catalogue.productions)
    enricher = Enricher(replace(catalogue, productions=productions))
    part = by_split(read_jsonl(EVAL / "matching.jsonl"), "test")
    counts = matching_counts(part, enricher)
    say(f"[matching] test with the venue's cues (n={len(part)})  all {fmt(prf(*counts))}")


def show_errors(enricher: Enricher, task: str) -> None:
    """Dev-split mistakes only."""
    if task == "matching":
        for row in by_split(read_jsonl(EVAL / "matching.jsonl"), "dev"):
            pred = sorted(m.production_id for m in enrich(enricher, row).productions)
            if pred != sorted(row["productions"]):
                say(f"{row['id']} gold={row['productions']} ours={pred} :: {row['text']}")
        return
    files = [EVAL / f"sentiment_{lang}.jsonl" for lang in LANGUAGES]
    if task == "general":
        files = [EVAL / "general_en.jsonl"]
    for path in files:
        for row in by_split(read_jsonl(path), "dev"):
            _show_error(task, row, enrich(enricher, row))


def _show_error(task: str, row: dict[str, Any], result: Enrichment) -> None:
    if task in ("sentiment", "general") and result.sentiment.label != row["sentiment"]:
        say(f"{row['id']} gold={row['sentiment']} ours={result.sentiment} :: {row['text']}")
    if task == "touchpoints":
        pred = {t.name: t.label for t in result.touchpoints}
        if pred != row.get("touchpoints", {}):
            say(f"{row['id']} gold={row.get('touchpoints')} ours={pred} :: {row['text']}")
    if task == "language" and result.language != row.get("language"):
        say(f"{row['id']} gold={row.get('language')} ours={result.language} :: {row['text']}")


def say(line: str) -> None:
    """Bench output goes to stdout (a script, not library code)."""
    sys.stdout.write(line + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--errors", choices=["sentiment", "general", "touchpoints", "matching", "language"]
    )
    args = parser.parse_args()
    catalogue = Catalogue(
        productions=load_productions(EVAL / "productions.csv"),
        venue_names=VENUE_NAMES,
        venue_handles=VENUE_HANDLES,
    )
    enricher = Enricher(catalogue)
    if args.errors:
        show_errors(enricher, args.errors)
        return
    vader = SentimentIntensityAnalyzer()
    for lang in LANGUAGES:
        report_language(enricher, vader, lang)
    report_general(enricher, vader)
    report_matching(enricher)
    report_matching_with_cues(catalogue)


if __name__ == "__main__":
    main()
