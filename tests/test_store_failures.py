"""Bad inputs mixed with good stories: every good story stored, every bad input named."""

from __future__ import annotations

import gzip
import json
import os

import duckdb

from dyads.cli import main
from tests.store_corpus import example_stories
from tests.webpages import story_page, write_warc


def test_bad_inputs_go_to_the_failures_table_and_the_rest_is_coded(tmp_path, capsys):
    stories = example_stories()[:3]
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "good.txt").write_text(stories[0][1], "utf-8")
    (folder / "junk.html").write_bytes(os.urandom(2048).replace(b"<", b"x"))
    (folder / "empty.txt").write_text("", "utf-8")
    (folder / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "utf-8")
    (folder / "lines.jsonl").write_text(
        json.dumps({"id": "line-1", "text": stories[1][1]}) + "\n" + '{"id": "line-2", "text": \n', "utf-8"
    )
    (folder / "rows.csv").write_text('id,text\nrow-1,Iran said it would talk,to Russia,today\n', "utf-8")
    pages = [(f"https://wire.example.com/{n}", story_page(text)) for n, (_, text) in enumerate(stories)]
    write_warc(folder / "crawl.warc.gz", pages)
    whole = (folder / "crawl.warc.gz").read_bytes()
    (folder / "cut.warc.gz").write_bytes(whole[: int(len(whole) * 0.6)])
    with open(folder / "huge.txt", "wb") as big:
        big.truncate(300 * 1024 * 1024)  # sparse: no disk used, but 300 MB to the reader
    db = tmp_path / "store.duckdb"

    status = main(["code", str(folder), "--db", str(db), "--no-progress", "--max-bytes", "50"])
    err = capsys.readouterr().err
    assert status == 1  # something failed, and the exit status says so
    with duckdb.connect(str(db), read_only=True) as con:
        failures = con.execute("SELECT origin, reason FROM failures WHERE kind = 'failed'").fetchall()
        coded = con.execute("SELECT origin FROM articles WHERE status = 'coded'").fetchall()
        copies = con.execute("SELECT origin FROM articles WHERE status = 'duplicate'").fetchall()
    failed_files = {os.path.basename(origin.split(":")[0].split("#")[0]) for origin, _ in failures}
    assert {"junk.html", "empty.txt", "menu.html", "lines.jsonl", "rows.csv", "cut.warc.gz", "huge.txt"} <= failed_files
    assert all(reason for _, reason in failures)
    for name in ("junk.html", "empty.txt", "huge.txt", "cut.warc.gz"):
        assert name in err
    # the archive (read first) holds the three stories; the .txt and the JSON line copy two of them
    coded_from = [os.path.basename(origin.split("#")[0]) for (origin,) in coded]
    assert coded_from == ["crawl.warc.gz"] * 3
    copied_from = {os.path.basename(origin.split(":")[0].split("#")[0]) for (origin,) in copies}
    assert {"good.txt", "lines.jsonl"} <= copied_from
    assert "failed:" in err


def test_the_failures_are_not_doubled_by_a_second_run(tmp_path, capsys):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "empty.txt").write_text("", "utf-8")
    (folder / "good.txt").write_text(example_stories()[0][1], "utf-8")
    (folder / "page.html.gz").write_bytes(gzip.compress(b"not really"))
    db = tmp_path / "store.duckdb"
    main(["code", str(folder), "--db", str(db), "--no-progress"])
    main(["code", str(folder), "--db", str(db), "--no-progress"])
    capsys.readouterr()
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM failures").fetchall() == [(1,)]
        assert con.execute("SELECT count(*) FROM articles").fetchall() == [(1,)]
