"""clicks: Slidev's click model — `mount` a slide's tree (count its clicks, register every target
in Vue's mount order), then `show` it at one click state; `marks` and `motion` are the two
directives whose look depends on the click; `notes` cuts a slide's notes at its `[click]` markers."""
from __future__ import annotations

from .mount import mount_clicks
from .show import show_clicks

__all__ = ["mount_clicks", "show_clicks"]
