"""Platform-shaped ids, URLs and small raw payloads for demo posts.

X ids are snowflakes (milliseconds since X's epoch, shifted 22 bits) so the id still says
when the post was made, as the X collector assumes; Reddit uses base-36 fullnames
(``t3_`` posts, ``t1_`` comments); Mastodon ids are large time-ordered integers.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from crm.demo.identities import Identity

X_EPOCH_MS = 1288834974657
SUBREDDITS = {
    "en": ("theatre", "Perpignan", "musicals"),
    "fr": ("Perpignan", "france"),
    "ca": ("Catalunya", "Perpignan"),
    "es": ("teatro", "Perpignan"),
}
REDDIT = "https://www.reddit.com"


def _ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out or "0"


def x_post(
    author: Identity, at: datetime, serial: int, text: str
) -> tuple[str, str, dict[str, Any]]:
    post_id = str(((_ms(at) - X_EPOCH_MS) << 22) | (serial & 0x3FFFFF))
    raw = {
        "id": post_id,
        "text": text,
        "author_id": author.user_id,
        "created_at": at.isoformat(),
        "lang": author.lang,
        "edit_history_tweet_ids": [post_id],
    }
    return post_id, f"https://x.com/{author.handle}/status/{post_id}", raw


def mastodon_post(
    author: Identity, at: datetime, serial: int, text: str
) -> tuple[str, str, dict[str, Any]]:
    post_id = str((_ms(at) << 16) | (serial & 0xFFFF))
    user, instance = author.handle.split("@", 1)
    url = f"https://{instance}/@{user}/{post_id}"
    raw = {
        "id": post_id,
        "created_at": at.isoformat(),
        "language": author.lang,
        "url": url,
        "account": {"id": author.user_id, "acct": author.handle},
        "content": f"<p>{text}</p>",
    }
    return post_id, url, raw


def reddit_item(
    author: Identity, at: datetime, serial: int, subreddit: str, thread: str | None
) -> tuple[str, str, dict[str, Any]]:
    """A submission (thread None) or a comment in ``thread`` (a submission's fullname)."""
    code = base36(0x1F00000 + serial * 7)
    if thread is None:
        name, permalink = f"t3_{code}", f"/r/{subreddit}/comments/{code}/"
    else:
        name, permalink = f"t1_{code}", f"/r/{subreddit}/comments/{thread[3:]}/_/{code}/"
    data = {
        "name": name,
        "subreddit": subreddit,
        "author": author.handle,
        "created_utc": at.timestamp(),
        "permalink": permalink,
    }
    return name, REDDIT + permalink, {"kind": name[:2], "data": data}
