"""Learn the production matcher's evidence weights; compare them with the hand-set ones.

Run: `python bench/fit_match_weights.py` (numpy only). Prints a leave-one-set-out table and
the weights fitted on all dev items.

Each title occurrence that `ProductionMatcher.match` weighs (names, not hashtags or handles,
which stay certain; nor quoted, labelled or bracket-labelled titles, which stay certain too) is
one example. Its features are the clues the matcher computes (`ProductionMatcher.features`,
named in `enrichment/match_weights.py`), its label 1 when one of its production ids
is in the item's gold list. An L2-regularised logistic
regression is fitted by Newton's method. The items of `bench/eval/matching.jsonl` (dev only;
prefixes m-, h-, k-, q- are four separately written sets) are scored leave-one-set-out:
train on three sets, predict the fourth; micro P/R/F1 over (item, production) pairs, for the
hand-weighted matcher and the learned one. Regularisation and threshold are chosen by this
cross-validation only (inner CV would be cleaner; the grid is small).

Read the table with care: the "hand" rows are not held out. The hand rules and constants were
written after reading all four sets, so on them they score in-sample (P 1.000 / R 0.980),
while each set scored blind before it was read gave P 0.950-0.972 / R 0.930-0.948. The learned
rows hold out the weights only: the clue functions and lexicons were also written after
reading every set, so they too are optimistic about unseen posts.

Result (2026-11-22), and why the matcher keeps its hand-set weights:
- Leave-one-set-out, learned P 0.985 / R 0.981 / F1 0.983 (l2 0.1, threshold 0.65, by best
  F1 and by best recall at P >= 0.98).
- On the blind `r-` set (then the test split; fixed choices, scored once): learned P 0.968 /
  R 0.960 against the hand weights' P 0.967 / R 0.933. But the learned model leans on
  `dated_in_run` (+2.1), and that is an artefact of how the sets were written: annotators
  dated every positive inside its run, so in the data a date outside the run means "not the
  show". Real posts talk about shows before and after their runs. Refitted `--without
  dated_in_run` (CV: l2 0.1, threshold 0.75, P 0.987 / R 0.977), the blind `r-` score fell to
  P 0.959 / R 0.951 (F1 0.955 against the hand weights' 0.950), and ten of the matcher's spec
  tests failed (lower-case common words without context, "Went to Rent with my sister", the
  city beside another show...). Not adopted: the gain was the artefact.
- Next: blind sets whose positives are also dated before and after their runs; then fit again.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from enrichment import Catalogue, Enricher  # noqa: E402
from enrichment import production_matcher as pm  # noqa: E402
from enrichment import title_evidence as te  # noqa: E402
from enrichment.files import load_productions  # noqa: E402
from enrichment.productions import Occurrence, find_occurrences, tokens_of  # noqa: E402

EVAL = ROOT / "bench" / "eval"
SETS = ("m-", "h-", "k-", "q-")
VENUE_NAMES = ("Lyceum Playhouse", "Lyceum")
VENUE_HANDLES = ("@LyceumPlayhouse",)


FEATURES = (
    "shape",  # `_shape`, clipped to [-2, 4]
    "shape_veto",  # `_shape` says a lower-case common word is no name (-STRONG)
    "context",
    "subject_of_review",
    "cued",
    "taken_to",
    "of_the_show",
    "written_as_catalogued",
    "tied",
    "by_someone",
    "by_its_author",
    "show_follower",
    "extended",
    "inexact",
    "together",
    "compared",
    "aside",
    "named_person",
    "common_noun",
    "ordinary_grammar",
    "other_work",
    "other_referent",
    "metalinguistic",
    "said",
    "other_medium",
    "hedged",
    "everyday_sense",
    "common_title",
    "content_words",
    "lower_case",
    "sentence_initial",
    "venue_named",
    "dated_in_run",  # an artefact of how the sets were written: see the docstring
)
# the same clues for a common-word title ("Company", "Once"): their weight may differ there
INTERACTIONS = (
    "shape",
    "context",
    "subject_of_review",
    "lower_case",
    "sentence_initial",
    "dated_in_run",
    "tied",
    "together",
    "venue_named",
)
NAMES = (*FEATURES, *(f"common*{name}" for name in INTERACTIONS))
# `--without dated_in_run` (and any other names) fits with those features left out
WITHOUT: tuple[str, ...] = ()


def read_rows() -> list[dict[str, Any]]:
    lines = (EVAL / "matching.jsonl").read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, filter(None, lines)) if r.get("split") == "dev"]


def when(row: dict[str, Any]) -> datetime | None:
    created = row.get("created_at")
    return datetime.fromisoformat(created.replace("Z", "+00:00")) if created else None


class Example:
    """One weighed occurrence: its features, label, production ids, and the hand verdict."""

    def __init__(self, x: list[float], y: int, pids: tuple[str, ...], gate: float) -> None:
        self.x, self.y, self.pids, self.gate = x, y, pids, gate


def occurrence_features(
    matcher: pm.ProductionMatcher,
    occurrence: Occurrence,
    mention: te.Mention,
    together: bool,
    created: datetime | None,
) -> list[float]:
    shape = matcher._shape(occurrence, mention)
    written = mention.toks[occurrence.first : occurrence.last + 1]
    tied = mention.source_production_id in occurrence.name.production_ids
    in_run = False
    if created is not None:
        day = created.date()
        in_run = any(
            pm.run_distance(matcher.productions[p], day) == 0
            for p in occurrence.name.production_ids
        )
    toks = mention.toks
    values: dict[str, float] = {
        "shape": max(-2.0, min(4.0, shape)),
        "shape_veto": float(shape <= -pm.STRONG),
        "context": te.context(occurrence, mention),
        "subject_of_review": te.subject_of_review(occurrence, toks),
        "cued": te.cued(occurrence, mention),
        "taken_to": te.taken_to(occurrence, mention),
        "of_the_show": te.of_the_show(occurrence, mention),
        "written_as_catalogued": te.written_as_catalogued(occurrence, mention),
        "tied": float(tied),
        "by_someone": float(te.by_someone(occurrence, toks)),
        "by_its_author": float(te.by_its_author(occurrence, mention)),
        "show_follower": float(te.show_follower(occurrence, mention)),
        "extended": float(te.extended(occurrence, mention)),
        "inexact": float(not occurrence.exact),
        "together": float(together),
        "compared": float(te.compared(occurrence, toks)),
        "aside": float(te.aside(occurrence, mention)),
        "named_person": float(te.named_person(occurrence, toks, mention.text)),
        "common_noun": float(te.common_noun(occurrence, toks, mention.shouted)),
        "ordinary_grammar": float(te.ordinary_grammar(occurrence, mention)),
        "other_work": float(te.other_work(occurrence, toks)),
        "other_referent": float(te.other_referent(occurrence, mention)),
        "metalinguistic": float(te.metalinguistic(occurrence, mention, False)),
        "said": float(te.said(occurrence, mention)),
        "other_medium": float(te.other_medium(mention)),
        "hedged": float(te.hedged(occurrence, mention)),
        "everyday_sense": float(te.everyday_sense(occurrence, mention)),
        "common_title": float(
            occurrence.name.content_words == 1 and written[-1].key in matcher.common_words
        ),
        "content_words": float(min(occurrence.name.content_words, 4)),
        "lower_case": float(not any(t.surface[:1].isupper() for t in written)),
        "sentence_initial": float(te.sentence_initial(occurrence.first, mention)),
        "venue_named": float(bool(mention.venue_at)),
        "dated_in_run": float(in_run),
    }
    for name in WITHOUT:
        values[name] = 0.0
    common = values["common_title"]
    return [values[f] for f in FEATURES] + [common * values[f] for f in INTERACTIONS]


def examples_of(
    matcher: pm.ProductionMatcher, row: dict[str, Any]
) -> tuple[list[Example], set[str]]:
    """The weighed occurrences of one item, and the production ids its tags decide."""
    text, created, source = row["text"], when(row), row.get("source_production_id")
    toks = tokens_of(text)
    raw = [t.key for t in toks]
    occurrences = find_occurrences(matcher.index, toks, raw)
    tags = matcher._tag_hits(text, toks)
    tagged = {pid for pid, _, _ in tags}
    if not occurrences:
        return [], tagged
    mention = te.make_mention(text, toks, raw, matcher._venue_positions(toks, raw), source)
    gold = set(row["productions"])
    out = []
    for k, o in enumerate(occurrences):
        ids = set(o.name.production_ids)
        together = bool(tagged - ids) or any(
            ids.isdisjoint(other.name.production_ids)
            for j, other in enumerate(occurrences)
            if j != k
        )
        gate = 0.0  # 1: certain yes, -1: certain no (quoted and glossed), 0: weigh
        if te.quoted(o, mention):
            gate = -1.0 if te.metalinguistic(o, mention, True) else 1.0
        elif te.labelled(o, mention.toks) or te.bracket_label(o, mention):
            gate = 1.0
        x = occurrence_features(matcher, o, mention, together, created)
        out.append(Example(x, int(not gold.isdisjoint(ids)), o.name.production_ids, gate))
    return out, tagged


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """L2-regularised logistic regression (bias unpenalised) by Newton's method."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict_item(
    matcher: pm.ProductionMatcher,
    examples: list[Example],
    tagged: set[str],
    accept: Callable[[Example], tuple[bool, float]],
    created: datetime | None,
) -> set[str]:
    best: dict[str, tuple[float, tuple[int, int]]] = {p: (pm.STRONG + 1, (0, 0)) for p in tagged}
    for e in examples:
        ok, score = accept(e)
        if ok:
            for pid in e.pids:
                if pid not in best or score > best[pid][0]:
                    best[pid] = (score, (0, 0))
    return set(matcher._disambiguate(best, created))


def counts(gold: list[set[str]], pred: list[set[str]]) -> tuple[int, int, int]:
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    fp = sum(len(p - g) for g, p in zip(gold, pred, strict=True))
    fn = sum(len(g - p) for g, p in zip(gold, pred, strict=True))
    return tp, fp, fn


def prf(c: tuple[int, int, int]) -> tuple[float, float, float]:
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fmt(c: tuple[int, int, int]) -> str:
    return "P {:.3f} R {:.3f} F1 {:.3f}  (tp {} fp {} fn {})".format(*prf(c), *c)


def main() -> None:
    global WITHOUT
    if sys.argv[1:2] == ["--without"]:
        WITHOUT = tuple(sys.argv[2:])
        say(f"features left out: {', '.join(WITHOUT)}")
    catalogue = Catalogue(
        productions=load_productions(EVAL / "productions.csv"),
        venue_names=VENUE_NAMES,
        venue_handles=VENUE_HANDLES,
    )
    enricher = Enricher(catalogue)
    matcher: pm.ProductionMatcher = enricher._productions
    rows = read_rows()
    hand = []
    for r in rows:
        found = matcher.match(r["text"], when(r), r.get("source_production_id"))
        hand.append({m.production_id for m in found})
    gold = [set(r["productions"]) for r in rows]
    data = [examples_of(matcher, r) for r in rows]
    sets = [next(s for s in SETS if r["id"].startswith(s)) for r in rows]

    def learned_predictions(l2: float, threshold: float) -> list[set[str]]:
        preds: list[set[str]] = [set() for _ in rows]
        for held in SETS:
            train = [e for (ex, _), s in zip(data, sets, strict=True) if s != held for e in ex]
            train = [e for e in train if e.gate == 0.0]
            w = fit(np.array([e.x for e in train]), np.array([e.y for e in train]), l2)
            for i, ((ex, tagged), s) in enumerate(zip(data, sets, strict=True)):
                if s == held:
                    accept = partial(decide, w=w, threshold=threshold)
                    preds[i] = predict_item(matcher, ex, tagged, accept, when(rows[i]))
        return preds

    grid = {}
    for l2 in (0.03, 0.1, 0.3, 1.0, 3.0):
        for threshold in np.arange(0.2, 0.91, 0.05):
            grid[(l2, round(float(threshold), 2))] = counts(
                gold, learned_predictions(l2, float(threshold))
            )
    best_f1 = max(grid, key=lambda k: prf(grid[k])[2])
    precise = [k for k in grid if prf(grid[k])[0] >= 0.98]
    best_r = max(precise, key=lambda k: prf(grid[k])[1]) if precise else None

    say("leave-one-set-out (train on three sets, score the fourth); micro over pairs")
    say("(hand: the current matcher, whose rules were written after reading all four sets)")
    chosen = {"best F1": best_f1, "max R at P>=0.98": best_r}
    per_choice = {name: learned_predictions(*k) for name, k in chosen.items() if k}
    for held in (*SETS, "all"):
        idx = [i for i, s in enumerate(sets) if held in ("all", s)]
        g = [gold[i] for i in idx]
        say(f"  {held:<4} hand     {fmt(counts(g, [hand[i] for i in idx]))}")
        for name, preds in per_choice.items():
            say(f"       learned  {fmt(counts(g, [preds[i] for i in idx]))}  [{name}]")
    for name, k in chosen.items():
        say(f"  {name}: l2 {k[0]} threshold {k[1]}" if k else f"  {name}: none")
    say("  grid (l2, threshold): P R F1")
    for k, c in sorted(grid.items()):
        precision, recall, f1 = prf(c)
        say(f"    {k[0]:>5} {k[1]:.2f}  {precision:.3f} {recall:.3f} {f1:.3f}")

    l2 = best_f1[0]
    every = [e for ex, _ in data for e in ex if e.gate == 0.0]
    w = fit(np.array([e.x for e in every]), np.array([e.y for e in every]), l2)
    say(f"weights fitted on all {len(rows)} dev items ({len(every)} weighed occurrences), l2 {l2}")
    for name, value in zip((*NAMES, "bias"), w, strict=True):
        say(f"    {name:<26} {value:+.3f}")


def decide(e: Example, w: np.ndarray, threshold: float) -> tuple[bool, float]:
    if e.gate:
        return e.gate > 0, pm.STRONG
    z = float(np.dot(w[:-1], e.x) + w[-1])
    p = 1.0 / (1.0 + np.exp(-z))
    return p >= threshold, z


def say(line: str) -> None:
    sys.stdout.write(line + "\n")


if __name__ == "__main__":
    main()
