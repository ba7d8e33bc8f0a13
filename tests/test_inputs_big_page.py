"""A web page over --max-page-mb is refused before it is parsed, named with its size
and the flag; the story beside it is coded (issue 15: a 49 MB page ran for minutes)."""

from __future__ import annotations

import json

from dyads.cli import main

PARAGRAPH = "<p>" + "The minister said the talks in the capital would resume next week. " * 20 + "</p>\n"


def test_a_page_over_the_limit_is_named_and_the_rest_coded(tmp_path, capsys):
    big = tmp_path / "big.html"
    big.write_text("<html><body><article>" + PARAGRAPH * 1500 + "</article></body></html>", "utf-8")  # 2 MB
    good = tmp_path / "good.txt"
    good.write_text("Iran condemned the United States on Monday.", "utf-8")
    out = tmp_path / "out.jsonl"
    status = main(["code", str(big), str(good), "--out", str(out), "--max-page-mb", "1", "--no-progress"])
    err = capsys.readouterr().err
    assert status == 1
    assert "big.html: a web page of 2.0 MB is over the limit of 1 MB for one page (--max-page-mb)" in err
    assert [json.loads(line)["article"]["text"] for line in out.read_text("utf-8").splitlines()] == [
        "Iran condemned the United States on Monday."]


def test_a_limit_of_no_megabytes_is_an_error_before_work(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Iran condemned the United States on Monday.", "utf-8")
    try:
        main(["code", str(good), "--out", str(tmp_path / "out.jsonl"), "--max-page-mb", "0"])
    except SystemExit as stop:
        assert stop.code == 2
    assert "--max-page-mb: '0': give a size above 0 MB" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()
