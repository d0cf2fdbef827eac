"""Enrichment throughput, one process (run: `make bench`).

Catalogue: 500 productions (the 60 of `bench/eval/productions.csv`, which the texts name,
plus synthetic ones with performances) and 100,000 synthetic identities, from a fixed seed.
Mention texts: the evaluation texts in `bench/eval/` when present, otherwise generated ones.
Prints mentions/s of the whole pipeline (`Enricher.enrich` one by one, and the batch path
`Enricher.enrich_many`) and of bare `SentimentIntensityAnalyzer().polarity_scores` on the
same texts in the same run, and the ratios. `--profile` prints a cProfile of the pipeline.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

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

SEED = 20261122
PRODUCTIONS = 500
IDENTITIES = 100_000
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
    texts: list[str] = []
    for path in sorted(EVAL.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
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


def main() -> None:
    parser = argparse.ArgumentParser(description="Enrichment throughput")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    rng = random.Random(SEED)
    t0 = time.perf_counter()
    catalogue = make_catalogue(rng)
    enricher = Enricher(catalogue)
    mentions = make_mentions(load_texts(rng, catalogue), rng)
    for mention in mentions[:50]:  # warm-up: lingua loads its models on first use
        enricher.enrich(mention)
    setup = time.perf_counter() - t0
    if args.profile:
        profile(enricher, mentions)
        return
    t1 = time.perf_counter()
    for mention in mentions:
        enricher.enrich(mention)
    ours = rate(len(mentions), time.perf_counter() - t1)
    t1 = time.perf_counter()
    for _ in enricher.enrich_many(mentions):
        pass
    batched = rate(len(mentions), time.perf_counter() - t1)
    vader = SentimentIntensityAnalyzer()
    t2 = time.perf_counter()
    for mention in mentions:
        vader.polarity_scores(mention.text)
    bare = rate(len(mentions), time.perf_counter() - t2)
    say(f"catalogue: {PRODUCTIONS} productions, {IDENTITIES:,} identities; setup {setup:.1f} s")
    say(f"texts: {len(mentions):,}")
    say(f"pipeline, Enricher.enrich one by one: {ours:,.0f} mentions/s")
    say(f"pipeline, Enricher.enrich_many (batches, lingua threaded): {batched:,.0f} mentions/s")
    say(f"bare VADER polarity_scores: {bare:,.0f} texts/s")
    say(f"ratio enrich / VADER: {ours / bare:.2f}x; enrich_many / VADER: {batched / bare:.2f}x")
    say("(target >= 0.5x, aim >= 1x)")


def profile(enricher: Enricher, mentions: list[MentionInput]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for mention in mentions:
        enricher.enrich(mention)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
