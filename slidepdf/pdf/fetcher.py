"""WeasyPrint's URL fetcher, bound to the access policy.

The document stage already resolved every deck asset to a file: or data: URL; this fetcher
is the last gate, so a stylesheet `url()` or an SVG `href` can't reach past the policy.
"""
from __future__ import annotations

import mimetypes
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from weasyprint.urls import URLFetcher, URLFetcherResponse

from ..errors import AccessDenied, SlidepdfError
from .images import check_image, fit_for_page
from .svgfallbacks import browser_svg


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
            if mime == "image/svg+xml":
                drawn = browser_svg(body)           # switches and HTML labels, as a browser draws them
                if drawn is not body:
                    return _MadeHere(url, drawn, {"Content-Type": mime})
            fitted, mime = fit_for_page(body, mime, self._image_max_side)
            if fitted is not body:
                return _MadeHere(url, fitted, {"Content-Type": mime})
            return URLFetcherResponse(url, body, {"Content-Type": mime})
        if scheme in ("http", "https") and self._policy.allow_remote:
            return self._fetch_remote(url)
        raise ValueError(str(AccessDenied(f"{url} is not fetched (remote access needs --allow-remote)")))

    def _fetch_remote(self, url: str) -> URLFetcherResponse:
        """An http(s) resource within the policy's time and size limits; every redirect is
        checked again (http(s) only), so a server cannot send the export to a file: URL."""
        class Redirects(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, request, fp, code, message, headers, new_url):
                if urllib.parse.urlsplit(new_url).scheme.lower() not in ("http", "https"):
                    raise ValueError(f"{url} redirects to {new_url}, which is not http(s); refused")
                return super().redirect_request(request, fp, code, message, headers, new_url)

        opener = urllib.request.build_opener(Redirects)
        request = urllib.request.Request(url, headers={"User-Agent": "slidepdf"})
        limit = self._policy.max_asset_bytes
        try:
            with opener.open(request, timeout=self._policy.remote_timeout) as response:
                body = response.read(limit + 1)
                mime = response.headers.get_content_type()
        except (urllib.error.URLError, OSError) as exc:
            raise ValueError(f"{url} could not be fetched ({getattr(exc, 'reason', exc)})") from None
        if len(body) > limit:
            raise ValueError(f"{url} is over the {limit:,}-byte limit for one asset; refused")
        check_image(body, mime, url.rsplit("/", 1)[-1] or url)
        fitted, mime = fit_for_page(body, mime, self._image_max_side)
        return _MadeHere(url, fitted, {"Content-Type": mime})
