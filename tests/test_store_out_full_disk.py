"""`dyads code --out x.jsonl` on a full disk: said plainly, and the file never ends on a cut line.

The file was written through Python's buffer: when the disk filled, part of a line
reached it and the run ended in a traceback (issue 15). Now each story's line is
written whole or removed again, and the run says "no space left" with the file.
"""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pytest

from dyads.cli import main
from dyads.run import RecordFile
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("stories")
    for path in sorted(EXAMPLES.glob("*.txt"))[:4]:
        shutil.copy(path, folder / path.name)
    return folder


def test_a_full_disk_leaves_whole_lines_only(stories, tmp_path, capsys, monkeypatch, coder):
    whole = tmp_path / "whole.jsonl"
    assert main(["code", str(stories), "--out", str(whole), "--no-progress"]) == 0
    lines = whole.read_bytes().splitlines(keepends=True)
    assert len(lines) == 4
    room = [len(lines[0]) + len(lines[1]) + len(lines[2]) // 2]  # the third line meets a full disk

    def filling(self, data: bytes) -> int:
        if room[0] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        taken = min(room[0], len(data))
        room[0] -= taken
        return RecordFile._real_write_some(self, data[:taken])

    monkeypatch.setattr(RecordFile, "_real_write_some", RecordFile._write_some, raising=False)
    monkeypatch.setattr(RecordFile, "_write_some", filling)
    out = tmp_path / "full.jsonl"
    assert main(["code", str(stories), "--out", str(out), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert f"dyads: {out}: no space left on the device" in err and "2 whole stories" in err
    assert "Traceback" not in err
    assert out.read_bytes() == lines[0] + lines[1]  # the cut third line is gone
    assert all(json.loads(line) for line in out.read_text("utf-8").splitlines())


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_device_that_is_always_full(stories, capsys, coder):
    assert main(["code", str(stories), "--out", "/dev/full", "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "dyads: /dev/full: no space left on the device" in err and "Traceback" not in err
