"""WeasyPrint's URL fetcher, bound to the access policy.

The document stage already resolved every deck asset to a file: or data: URL; this fetcher
is the last gate, so a stylesheet `url()` or an SVG `href` can't reach past the policy.
"""
from __future__ import annotations

import mimetypes
import urllib.parse
import urllib.request
from pathlib import Path

from weasyprint.urls import URLFetcher, URLFetcherResponse

from ..errors import AccessDenied, SlidepdfError
from ..images import check_image, fit_for_page


class _MadeHere(URLFetcherResponse):
    """A response whose body slidepdf made (a scaled image): WeasyPrint would otherwise read
    a file: URL's file again by its path and embed the original."""

    @property
    def path(self):
        return None


class PolicyURLFetcher(URLFetcher):
    def __init__(self, policy, image_max_side: int = 0):
        super().__init__(timeout=policy.remote_timeout, allowed_protocols=("file", "data", "http", "https"))
        self._policy = policy
        self._image_max_side = image_max_side      # 0: images as they are

    def fetch(self, url, headers=None):
        scheme = url.split(":", 1)[0].lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            path = Path(urllib.request.url2pathname(urllib.parse.urlsplit(url).path))
            try:
                body = self._policy.read_bytes(path)
            except SlidepdfError as exc:
                raise ValueError(str(exc)) from None
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            check_image(body, mime, path.name)
            fitted, mime = fit_for_page(body, mime, self._image_max_side)
            if fitted is not body:
                return _MadeHere(url, fitted, {"Content-Type": mime})
            return URLFetcherResponse(url, body, {"Content-Type": mime})
        if scheme in ("http", "https") and self._policy.allow_remote:
            return super().fetch(url, headers)
        raise ValueError(str(AccessDenied(f"{url} is not fetched (remote access needs --allow-remote)")))
