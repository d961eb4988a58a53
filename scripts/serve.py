#!/usr/bin/env python3
"""Serves dist/ the way a production host should (see README "Deploying"): the strict Content-Security-Policy,
application/wasm, long caching for hashed files, no caching for index.html. Used by the end-to-end tests, so every
test runs under the policy. Usage: serve.py PORT [DIRECTORY] (loopback only)."""

import http.server
import os
import re
import sys
from functools import partial

POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:"
# The full app may not be framed (clickjacking); the embed page exists to be framed by other sites.
CSP = POLICY + "; frame-ancestors 'none'"
CSP_EMBED = POLICY + "; frame-ancestors *"
# Files named by a hash of their content, and everything in the split build's app-<hash>/ folder.
HASHED = re.compile(r"(-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$)|(^/app-[0-9a-f]{16}/)")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm"}
    encoding = None

    def send_head(self):
        # Precompressed copies (written by scripts/post-build.mjs) for a client that accepts them.
        self.encoding = None
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
            path = os.path.join(path, "index.html")
        accepted = self.headers.get("Accept-Encoding", "")
        if os.path.isfile(path):
            for name, suffix in (("br", ".br"), ("gzip", ".gz")):
                if name in accepted and os.path.isfile(path + suffix):
                    self.encoding = name
                    return self.send_file(path, path + suffix)
        return super().send_head()

    def send_file(self, path, compressed):
        file = open(compressed, "rb")
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", self.encoding)
        self.send_header("Content-Length", str(os.fstat(file.fileno()).st_size))
        self.end_headers()
        return file

    def end_headers(self):
        embed = self.path.split("?")[0].endswith("/embed.html")
        self.send_header("Content-Security-Policy", CSP_EMBED if embed else CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Vary", "Accept-Encoding")
        if HASHED.search(self.path.split("?")[0]):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port = int(sys.argv[1])
    directory = sys.argv[2] if len(sys.argv) > 2 else "dist"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(Handler, directory=directory))
    server.serve_forever()
