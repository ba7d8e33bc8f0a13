"""A web-archive corpus made from the project's own example stories, for store tests.

Every example story is published by two sites: the first page is the story, the
second the same wire copy on another site, whole for odd-numbered stories (an
exact copy) and without its last paragraph for even-numbered ones (a near copy).
Two French pages are added, which dyads keeps as skipped.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import EXAMPLES
from tests.webpages import story_page, write_warc

FRENCH = (
    "PARIS (Dyads Wire) - Le président français a reçu mardi à l'Élysée le chancelier allemand "
    "pour un dîner de travail consacré à la guerre en Ukraine et à l'avenir de l'Union européenne.\n"
    "Les deux dirigeants ont promis de renforcer leur coopération en matière de défense et de "
    "poursuivre leur soutien à Kiev aussi longtemps qu'il le faudra, selon un communiqué commun.\n"
    "Ils se retrouveront le mois prochain à Berlin pour un conseil des ministres franco-allemand.",
    "BRUXELLES (Dyads Wire) - Les ministres des affaires étrangères de l'Union européenne se sont "
    "réunis lundi à Bruxelles pour discuter de nouvelles sanctions contre la Russie et de l'aide "
    "militaire à l'Ukraine.\nAucun accord n'a été trouvé sur le nouveau paquet de sanctions, "
    "bloqué par la Hongrie, ont indiqué plusieurs diplomates à l'issue de la réunion.",
)


def example_stories() -> list[tuple[str, str]]:
    """(name, text) of every example story, in name order."""
    return [(path.stem, path.read_text("utf-8")) for path in sorted(EXAMPLES.glob("*.txt"))]


def corpus_pages() -> list[tuple[str, str]]:
    """(url, html) of every page of the corpus, in crawl order."""
    first, second = [], []
    for number, (name, text) in enumerate(example_stories(), start=1):
        first.append((f"https://wire.example.com/{name}", story_page(text, publisher="Dyads Wire")))
        copy = text if number % 2 else "\n".join(text.strip().splitlines()[:-1])
        second.append((f"https://daily.example.org/news/{number}", story_page(copy, publisher="Daily Example")))
    french = [(f"https://presse.example.fr/{n}", story_page(t, publisher="Presse", lang="fr"))
              for n, t in enumerate(FRENCH)]
    return first + french + second


def write_corpus(path: Path) -> Path:
    """Write the corpus as a gzipped WARC at `path`."""
    write_warc(path, corpus_pages())
    return path
