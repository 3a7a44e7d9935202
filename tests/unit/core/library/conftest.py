"""Fixtures of the library tests: an open store, the library operations over it, and a
local web server for URL sources."""

from __future__ import annotations

import contextlib
import http.server
import json
import socketserver
import threading

import pytest
from librarydata import BUILTIN, NOW

from promptlib.core.library.fetch import LOOPBACK_VARIABLE
from promptlib.core.library.installed import Libraries
from promptlib.core.store.database import Store


@pytest.fixture
def store(isolated_home):
    with Store(isolated_home) as opened:
        yield opened


@pytest.fixture
def libraries(store):
    return Libraries(store, [BUILTIN], clock=lambda: NOW)


class LocalServer:
    """Serves `routes` (path -> (status, bytes)) on 127.0.0.1; while `answering` is clear,
    requests get no answer (a server that has stopped responding)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, bytes]] = {}
        self.answering = threading.Event()
        self.answering.set()
        routes = self.routes
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.answering.wait(timeout=60)
                status, body = routes.get(self.path, (404, b"not found"))
                if status in (301, 302):
                    self.send_response(status)
                    self.send_header("Location", body.decode())
                    self.end_headers()
                    return
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (size limit, timeout): as intended

            def log_message(self, *args) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def serve(self, path: str, data, status: int = 200) -> str:
        body = data if isinstance(data, bytes) else json.dumps(data).encode()
        self.routes[path] = (status, body)
        return self.url + path

    def close(self) -> None:
        self.answering.set()  # let any request still waiting finish
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setenv(LOOPBACK_VARIABLE, "1")  # test-only: plain http to this machine
    running = LocalServer()
    yield running
    running.close()


NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"


def no_signature(send, stopped) -> None:
    send(NOT_FOUND)


class RawServer:
    """A TCP server on 127.0.0.1 that answers every connection with *behaviour*(send, stopped),
    for servers that break HTTP in one way each. `send(bytes)` writes to the client;
    `stopped` is set when the test ends, so a server that drips or repeats forever ends
    with the test. `requests` is set when a connection has come in (for the pack: a
    request for its signature, `URL.sig`, is answered by *signature*, by default 404)."""

    def __init__(self, behaviour, signature=no_signature) -> None:
        self.stopped = threading.Event()
        self.requests = threading.Event()
        owner = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                self.request.settimeout(5)
                with contextlib.suppress(OSError):
                    request = self.request.recv(65536)
                    wanted = request.split(b"\r\n", 1)[0].split(b" ")
                    if len(wanted) > 1 and wanted[1].endswith(b".sig"):
                        signature(self.request.sendall, owner.stopped)
                        return
                    owner.requests.set()
                    behaviour(self.request.sendall, owner.stopped)

        self.tcp = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.tcp.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.tcp.server_address[1]}/pack.json"
        threading.Thread(target=self.tcp.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.stopped.set()
        self.tcp.shutdown()
        self.tcp.server_close()


@pytest.fixture
def raw_server(monkeypatch):
    """`raw_server(behaviour)` starts a `RawServer`; all are closed when the test ends."""
    monkeypatch.setenv(LOOPBACK_VARIABLE, "1")
    started: list[RawServer] = []

    def start(behaviour, signature=no_signature) -> RawServer:
        started.append(RawServer(behaviour, signature))
        return started[-1]

    yield start
    for running in started:
        running.close()
