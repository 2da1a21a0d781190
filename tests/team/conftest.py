"""A real WebDAV server (wsgidav on cheroot) on the loopback address, with basic auth.

Started and stopped by the fixture; no traffic leaves the machine."""

from __future__ import annotations

import threading

import pytest

USER, PASSWORD = "rep", "s3cret"


class DavServer:
    def __init__(self, root) -> None:
        from cheroot import wsgi
        from wsgidav.wsgidav_app import WsgiDAVApp

        self.root = root
        config = {
            "host": "127.0.0.1",
            "port": 0,
            "provider_mapping": {"/team": str(root)},
            "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
            "http_authenticator": {
                "domain_controller": None,
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "verbose": 0,
            "logging": {"enable": False, "enable_loggers": []},
            "property_manager": True,
            "lock_storage": True,
        }
        self.app = WsgiDAVApp(config)
        self.server = wsgi.Server(("127.0.0.1", 0), self.app, numthreads=4)
        self.server.prepare()
        self.port = self.server.bind_addr[1]
        self.thread = threading.Thread(target=self.server.serve, daemon=True)
        self.thread.start()

    def url(self, user: str | None = USER, password: str | None = PASSWORD) -> str:
        auth = f"{user}:{password}@" if user else ""
        return f"http://{auth}127.0.0.1:{self.port}/team"

    def stop(self) -> None:
        self.server.stop()
        self.thread.join(5)


@pytest.fixture
def dav(tmp_path):
    root = tmp_path / "dav"
    root.mkdir()
    server = DavServer(root)
    try:
        yield server
    finally:
        server.stop()
