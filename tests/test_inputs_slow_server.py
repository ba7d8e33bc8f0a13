"""A server that sends a byte now and then: the fetch ends at its deadline with a clear reason.

The per-read timeout never trips when a byte arrives every two seconds, so one
such feed item held a whole run (issue 15).
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dyads.sources import feeds


class _Dripping(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(200):
                self.wfile.write(b"<p>x</p>")
                self.wfile.flush()
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def dripping_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Dripping)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/page.html"
    server.shutdown()


def test_a_dripping_page_is_given_up_at_the_fetch_deadline(dripping_url, monkeypatch):
    monkeypatch.setattr(feeds, "FETCH_DEADLINE", 1.0)
    started = time.monotonic()
    items = list(feeds.read_url(dripping_url))
    took = time.monotonic() - started
    assert len(items) == 1 and "could not be fetched" in items[0].reason
    assert "more than 1 s" in items[0].reason
    assert took < 10  # the server would drip for 20 s
