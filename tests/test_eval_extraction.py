"""dyads eval extraction: pages read by dyads keep trafilatura's extraction quality."""

from __future__ import annotations

import gzip
import json

from dyads.cli import main
from tests.store_corpus import example_stories
from tests.webpages import story_page


def write_benchmark(folder) -> None:
    """The example stories as pages, in the layout of public article-extraction benchmarks."""
    (folder / "html").mkdir(parents=True)
    truth = {}
    for name, text in example_stories():
        (folder / "html" / f"{name}.html.gz").write_bytes(gzip.compress(story_page(text).encode("utf-8")))
        truth[name] = {"articleBody": text, "url": f"https://wire.example.com/{name}"}
    (folder / "ground-truth.json").write_text(json.dumps(truth), "utf-8")


def test_dyads_text_is_within_a_point_of_trafilatura_alone(tmp_path, capsys):
    write_benchmark(tmp_path)
    assert main(["eval", "extraction", str(tmp_path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["pages"] == len(example_stories()) and figures["failed"] == 0
    assert figures["dyads"]["f1"] >= figures["trafilatura"]["f1"] - 0.01
    assert figures["dyads"]["recall"] >= 0.95


def test_side_by_side_pages_and_a_folder_without_any(tmp_path, capsys):
    name, text = example_stories()[0]
    (tmp_path / f"{name}.html").write_text(story_page(text), "utf-8")
    (tmp_path / f"{name}.txt").write_text(text, "utf-8")
    assert main(["eval", "extraction", str(tmp_path)]) == 0
    assert "1 pages" in capsys.readouterr().out
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["eval", "extraction", str(empty)]) == 2
    assert "no pages with gold text" in capsys.readouterr().err
