"""Enrichment throughput, one process (run: `make bench`).

Catalogue: 500 productions (the 60 of `bench/eval/productions.csv`, which the texts name,
plus synthetic ones with performances) and 100,000 synthetic identities, from a fixed seed.
Mention texts: the evaluation texts in `bench/eval/` when present, otherwise generated ones.
Prints mentions/s of the whole pipeline (`Enricher.enrich` one by one, and the batch path
`Enricher.enrich_many`) and of bare `SentimentIntensityAnalyzer().polarity_scores` on the
same texts in the same run, and the ratios: medians over `--repeats` rounds, each round
timing both sides back to back, warm-up excluded for both. `--profile` prints a cProfile of
the pipeline, `--stages` the time of each stage alone.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from enrichment import (  # noqa: E402
    AuthorRef,
    Catalogue,
    CatalogueProduction,
    Enricher,
    KnownIdentity,
    MentionInput,
    PerformanceSlot,
)
from enrichment.files import load_productions  # noqa: E402
from enrichment.keywords import extract_keywords  # noqa: E402
from enrichment.native import engine_build  # noqa: E402
from enrichment.touchpoints import touchpoint_sentiments  # noqa: E402

SEED = 20261122
PRODUCTIONS = 500
IDENTITIES = 100_000
MATCHING_TEXTS = 658  # the first matching set; later rounds would tilt the mix
EVAL = ROOT / "bench" / "eval"
WORDS = (
    "night dream house winter garden king queen river city glass light shadow song storm "
    "summer stone heart crown letter road mirror island bridge fire wolf lady hour silver "
    "orchard harbour lantern meadow falcon velvet thunder compass violin sparrow tempest "
    "marigold cathedral horizon midnight paper ember willow salt feather copper garnet "
    "whisper echo glacier canyon orchid saffron cobalt lighthouse carnival juniper "
    "minotaur nightingale quarry raven sapphire thistle umber vagabond wanderer yonder "
    "zephyr alchemist balcony chandelier drummer estuary foxglove gondola hummingbird "
    "ivory jester kestrel labyrinth magpie nomad oracle pilgrim riddle serpent tailor "
    "unicorn voyager widow anchor bishop cellar dancer empire fable giant hermit inferno "
    "jubilee keeper legend miracle nocturne outlaw prophet requiem sonata trickster"
).split()
FALLBACK_TEXTS = (
    "Loved {t} at the Lyceum last night, the cast brought the house down!",
    "{t}: seats were cramped and the bar queue took the whole interval.",
    "Couldn't hear a word from the circle. Overpriced too. #{h}",
    "C'était magnifique, {t} au Lyceum, mais le son était trop fort.",
    "La obra {t} fue increíble, pero las entradas muy caras.",
    "No m'ha agradat gens {t}, massa llarga i les butaques incòmodes.",
)


def make_catalogue(rng: random.Random) -> Catalogue:
    """The evaluation catalogue (real titles the texts name) topped up with synthetic ones."""
    csv_path = EVAL / "productions.csv"
    productions = list(load_productions(csv_path)) if csv_path.exists() else []
    productions += [_production(k, rng) for k in range(len(productions), PRODUCTIONS)]
    identities = tuple(
        KnownIdentity("x", f"u{n}", f"fan{n}", f"patron{n % 60_000}") for n in range(IDENTITIES)
    )
    return Catalogue(
        productions=tuple(productions[:PRODUCTIONS]),
        identities=identities,
        venue_names=("Lyceum Playhouse", "Lyceum"),
    )


def _production(k: int, rng: random.Random) -> CatalogueProduction:
    title = " ".join(w.capitalize() for w in rng.sample(WORDS, rng.choice((2, 3, 4))))
    first = date(2024, 1, 1) + timedelta(days=rng.randrange(900))
    slots = tuple(
        PerformanceSlot(
            f"perf{k}-{d}",
            datetime(first.year, first.month, first.day, 19, 30, tzinfo=UTC) + timedelta(days=d),
        )
        for d in range(0, 28, 2)
    )
    tag = title.replace(" ", "")
    return CatalogueProduction(
        id=f"p{k}",
        title=title,
        aliases=(f"{title} the Musical",),
        hashtags=(f"#{tag}", f"#{tag}{k}"),
        handles=(f"@{tag}Show",),
        first_performance=first,
        last_performance=first + timedelta(days=28),
        performances=slots,
    )


def load_texts(rng: random.Random, catalogue: Catalogue) -> list[str]:
    """A fixed mix, so that numbers stay comparable as the evaluation set grows: every text
    of the sentiment and general files and the first `MATCHING_TEXTS` matching items (2,433
    texts, a quarter of them about productions)."""
    texts: list[str] = []
    for path in sorted(EVAL.glob("*.jsonl")):
        lines = [line for line in path.read_text().splitlines() if line]
        if path.name.startswith("matching"):
            lines = lines[:MATCHING_TEXTS] if path.name == "matching.jsonl" else []
        texts += [json.loads(line)["text"] for line in lines]
    if texts:
        return texts
    titles = [p.title for p in catalogue.productions]
    return [
        rng.choice(FALLBACK_TEXTS).format(t=(t := rng.choice(titles)), h=t.replace(" ", ""))
        for _ in range(3000)
    ]


def make_mentions(texts: list[str], rng: random.Random) -> list[MentionInput]:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    return [
        MentionInput(
            id=str(n),
            text=text,
            created_at=start + timedelta(minutes=rng.randrange(1_400_000)),
            platform="x",
            author=AuthorRef(platform_user_id=f"u{rng.randrange(2 * IDENTITIES)}", handle=None),
        )
        for n, text in enumerate(texts)
    ]


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def say(line: str) -> None:
    """Bench output goes to stdout (a script, not library code)."""
    sys.stdout.write(line + "\n")


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def measure_round(
    enricher: Enricher, vader: SentimentIntensityAnalyzer, mentions: list[MentionInput]
) -> tuple[float, float, float]:
    """mentions/s of `enrich`, of `enrich_many` and of bare VADER, back to back on the same
    texts (so that the machine's load of the moment weighs on both sides alike)."""
    n = len(mentions)
    ours = rate(n, timed(lambda: [enricher.enrich(m) for m in mentions]))
    batched = rate(n, timed(lambda: list(enricher.enrich_many(mentions))))
    bare = rate(n, timed(lambda: [vader.polarity_scores(m.text) for m in mentions]))
    return ours, batched, bare


def report(rounds: list[tuple[float, float, float]]) -> None:
    ours, batched, bare = (median(r[k] for r in rounds) for k in range(3))
    say(f"pipeline, Enricher.enrich one by one: {ours:,.0f} mentions/s")
    say(f"pipeline, Enricher.enrich_many (batches of 32): {batched:,.0f} mentions/s")
    say(f"bare VADER polarity_scores: {bare:,.0f} texts/s")
    one = median(r[0] / r[2] for r in rounds)
    many = median(r[1] / r[2] for r in rounds)
    say(f"ratio enrich / VADER: {one:.2f}x; enrich_many / VADER: {many:.2f}x")
    say(f"(medians of {len(rounds)} rounds; ratios within each round; target >= 0.5x, aim >= 1x)")


def main() -> None:
    parser = argparse.ArgumentParser(description="Enrichment throughput")
    parser.add_argument("--profile", action="store_true", help="cProfile of the pipeline")
    parser.add_argument("--stages", action="store_true", help="µs per mention of each stage")
    parser.add_argument("--repeats", type=int, default=5, help="rounds (median reported)")
    args = parser.parse_args()
    rng = random.Random(SEED)
    t0 = time.perf_counter()
    catalogue = make_catalogue(rng)
    enricher = Enricher(catalogue)
    mentions = make_mentions(load_texts(rng, catalogue), rng)
    vader = SentimentIntensityAnalyzer()
    for mention in mentions[:50]:  # warm-up, excluded for both: lingua loads its models
        enricher.enrich(mention)
        vader.polarity_scores(mention.text)
    setup = time.perf_counter() - t0
    say(f"engine: {engine_build()} (setup.py compiles it with mypyc; FOYER_PURE_PYTHON=1 not)")
    say(f"catalogue: {PRODUCTIONS} productions, {IDENTITIES:,} identities; setup {setup:.1f} s")
    say(f"texts: {len(mentions):,}")
    if args.profile:
        profile(enricher, mentions)
    elif args.stages:
        stages(enricher, mentions, args.repeats)
    else:
        report([measure_round(enricher, vader, mentions) for _ in range(args.repeats)])


def profile(enricher: Enricher, mentions: list[MentionInput]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for mention in mentions:
        enricher.enrich(mention)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def stages(enricher: Enricher, mentions: list[MentionInput], repeats: int) -> None:
    """Each stage alone over all texts (fastest of `repeats` runs), through the engine's
    private parts: a measurement aid, not an interface."""
    plain = [enricher._plain.tokens(m.text) for m in mentions]
    hints = [m.language_hint for m in mentions]
    languages = [enricher.identifier.decide(t.lower, h) for t, h in zip(plain, hints, strict=True)]
    lexicons = [enricher._lexicon_for(language) for language in languages]
    pairs = list(zip(lexicons, mentions, strict=True))
    done = [lexicon.analyse(m.text) for lexicon, m in pairs]
    rows = list(zip(lexicons, mentions, done, strict=True))
    runs: dict[str, Callable[[], object]] = {
        "tokenise": lambda: [lexicon.tokens(m.text) for lexicon, m in pairs],
        "language": lambda: [
            enricher.identifier.decide(t.lower, h) for t, h in zip(plain, hints, strict=True)
        ],
        "sentiment scoring": lambda: [
            lexicon.scorer.compound(t, lexicon.scorer.valences(t), m.text)
            for lexicon, m, (t, _, _) in rows
        ],
        "touchpoints": lambda: [
            touchpoint_sentiments(t, v, x.rules.contrast, x.language, s.compound)
            for x, _, (t, v, s) in rows
        ],
        "keywords": lambda: [extract_keywords(t, x.rules) for x, _, (t, _, _) in rows],
        "productions": lambda: [
            enricher._match_productions(m, t.words) for _, m, (t, _, _) in rows
        ],
        "patron": lambda: [enricher._identities.lookup(m.platform, m.author) for m in mentions],
        "whole enrich": lambda: [enricher.enrich(m) for m in mentions],
    }
    for name, run in runs.items():
        best = min(timed(run) for _ in range(repeats))
        say(f"{name:<18} {best / len(mentions) * 1e6:6.1f} µs/mention")


if __name__ == "__main__":
    main()
