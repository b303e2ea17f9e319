"""Margins (and the box-sizing rules wind3 defines right after them); paddings are defined later, after the SVG rules."""
from __future__ import annotations

from .base import RuleList

margins = RuleList()
paddings = RuleList()
margins.spacing("m", "margin")
margins.static("box-border", {"box-sizing": "border-box"})
margins.static("box-content", {"box-sizing": "content-box"})
margins.global_statics("box", "box-sizing")
paddings.spacing("p", "padding")
