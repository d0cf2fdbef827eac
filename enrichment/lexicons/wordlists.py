"""Reading the compact `entry valence|entry valence` word lists used by the lexicons."""

from __future__ import annotations

from enrichment.tokens import fold


def parse_entries(block: str) -> dict[str, float]:
    """`"génial 3.0|pas terrible -1.5"` -> `{"genial": 3.0, "pas terrible": -1.5}`."""
    entries: dict[str, float] = {}
    for item in block.replace("\n", "|").split("|"):
        item = item.strip()
        if item:
            text, _, value = item.rpartition(" ")
            entries[fold(text)] = float(value)
    return entries


def parse_words(block: str) -> frozenset[str]:
    return frozenset(fold(word) for word in block.split())


def split_single(entries: dict[str, float]) -> tuple[dict[str, float], dict[str, float]]:
    """Separate single words from multi-word phrases."""
    words = {k: v for k, v in entries.items() if " " not in k}
    phrases = {k: v for k, v in entries.items() if " " in k}
    return words, phrases


def inflect_romance(words: dict[str, float]) -> dict[str, float]:
    """Add plural and feminine forms (-s, -es, -o/-a/-os/-as, -e) without overriding."""
    out: dict[str, float] = {}
    for word, value in words.items():
        for form in _forms(word):
            out.setdefault(form, value)
    out.update(words)
    return out


def _forms(word: str) -> tuple[str, ...]:
    if word.endswith("eux"):
        return (word[:-1] + "se", word[:-1] + "ses")
    if word.endswith("os"):  # Catalan -ós (folded): deliciós -> deliciosa
        return (word + "a", word + "os", word + "es", word[:-1] + "sa", word[:-1] + "ses")
    if word.endswith(("or", "al", "il", "el")):
        return (word + "s", word + "a", word + "as", word + "es", word + "e")
    if word.endswith("o"):
        stem = word[:-1]
        return (word + "s", stem + "a", stem + "as")
    if word.endswith(("a", "e", "s", "x")):
        return (word + "s",)
    if word.endswith("t"):
        return (word + "s", word + "e", word + "es", word[:-1] + "da", word[:-1] + "des")
    return (word + "s", word + "e", word + "es")
