"""Background colours, gradients, images, clips, repeats, origins."""
from __future__ import annotations

import re

from .. import values as v
from ..values import GLOBAL_KEYWORDS, chain, color_declarations
from .base import Declarations, POSITIONS, RuleList, _one, h_bracket_percent_cssvar, is_size

rules = RuleList()
def _bg(m: re.Match) -> Declarations | None:
    body = m[1]
    if re.fullmatch(r"\[url\(.+\)\]", body):
        return [("--un-url", v.bracket(body)), ("background-image", "var(--un-url)")]
    if re.fullmatch(r"\[(?:length|size):.+\]", body) and v.bracket_of_length(body) is not None:
        return [("background-size", " ".join(chain(v.fraction, v.auto, v.px, v.cssvar)(e) or e
                                             for e in v.bracket_of_length(body).split(" ")))]
    if (is_size(body) or re.fullmatch(r"\[position:.+\]", body)) and v.bracket_of_position(body) is not None:
        return [("background-position", " ".join(chain(v.position, v.fraction, v.auto, v.px, v.cssvar)(e) or e
                                                 for e in v.bracket_of_position(body).split(" ")))]
    if re.fullmatch(r"\[(?:linear|conic|radial)-gradient\(.+\)\]", body) or re.fullmatch(r"\[image:.+\]", body):
        value = v.bracket(body)
        if value:
            return [("background-image", f"url({value})" if value.startswith("http") else (v.cssvar(value) or value))]
    return color_declarations("background-color", "bg", body)


rules.dynamic(r"^bg-(.+)$", _bg)
rules.dynamic(r"^bg-op(?:acity)?-?(.+)$", lambda m: _one("--un-bg-opacity", h_bracket_percent_cssvar(m[1])))


def _gradient_stop(m: re.Match) -> Declarations | None:
    mode, body = m[1], m[2]
    color = v.parse_color(body)
    if color is None:
        return None
    if color.rgb is not None:
        r, g, b = color.rgb
        value = v.color_string(color, color.opacity) if color.opacity is not None else \
            f"rgb({r} {g} {b} / var(--un-{mode}-opacity, {color.alpha or '1'}))"
        transparent = f"rgb({r} {g} {b} / 0)"
    else:
        value, transparent = color.raw, "rgb(255 255 255 / 0)"
    if mode == "from":
        return [("--un-gradient-from-position", "0%"), ("--un-gradient-from", f"{value} var(--un-gradient-from-position)"),
                ("--un-gradient-to-position", "100%"), ("--un-gradient-to", f"{transparent} var(--un-gradient-to-position)"),
                ("--un-gradient-stops", "var(--un-gradient-from), var(--un-gradient-to)")]
    if mode == "via":
        return [("--un-gradient-via-position", "50%"), ("--un-gradient-to", transparent),
                ("--un-gradient-stops", f"var(--un-gradient-from), {value} var(--un-gradient-via-position), var(--un-gradient-to)")]
    return [("--un-gradient-to-position", "100%"), ("--un-gradient-to", f"{value} var(--un-gradient-to-position)")]


def _gradient_to(m: re.Match) -> Declarations | None:
    if m[1] not in POSITIONS:
        return None
    return [("--un-gradient-shape", f"to {POSITIONS[m[1]]} in oklch"),
            ("--un-gradient", "var(--un-gradient-shape), var(--un-gradient-stops)"),
            ("background-image", "linear-gradient(var(--un-gradient))")]


rules.dynamic(r"^bg-gradient-(.+)$", lambda m: _one("--un-gradient", v.bracket(m[1])))
rules.dynamic(r"^(?:bg-gradient-)?stops-(\[.+\])$", lambda m: _one("--un-gradient-stops", v.bracket(m[1])))
rules.dynamic(r"^(?:bg-gradient-)?(from)-(.+)$", _gradient_stop)
rules.dynamic(r"^(?:bg-gradient-)?(via)-(.+)$", _gradient_stop)
rules.dynamic(r"^(?:bg-gradient-)?(to)-(.+)$", _gradient_stop)
rules.dynamic(r"^(?:bg-gradient-)?(from|via|to)-op(?:acity)?-?(.+)$", lambda m: _one(f"--un-{m[1]}-opacity", chain(v.bracket, v.percent)(m[2])))
rules.dynamic(r"^(from|via|to)-([\d.]+)%$", lambda m: (lambda p: None if p is None else [
    (f"--un-gradient-{m[1]}-position", v.js_round(float(p) * 100) + "%")])(chain(v.bracket, v.cssvar, v.percent)(m[2])))
rules.dynamic(r"^bg-gradient-((?:repeating-)?(?:linear|radial|conic))$",
        lambda m: [("background-image", f"{m[1]}-gradient(var(--un-gradient, var(--un-gradient-stops, rgb(255 255 255 / 0))))")])
rules.dynamic(r"^bg-gradient-to-([rltb]{1,2})$", _gradient_to)
rules.dynamic(r"^(?:bg-gradient-)?shape-(.+)$", lambda m: (lambda s: None if s is None else [
    ("--un-gradient-shape", f"{s} in oklch"), ("--un-gradient", "var(--un-gradient-shape), var(--un-gradient-stops)")])(
    f"to {POSITIONS[m[1]]}" if m[1] in POSITIONS else v.bracket(m[1])))
rules.static("bg-none", {"background-image": "none"})
rules.static("box-decoration-slice", {"box-decoration-break": "slice"})
rules.static("box-decoration-clone", {"box-decoration-break": "clone"})
rules.global_statics("box-decoration", "box-decoration-break")
rules.static("bg-auto", {"background-size": "auto"})
rules.static("bg-cover", {"background-size": "cover"})
rules.static("bg-contain", {"background-size": "contain"})
rules.static("bg-fixed", {"background-attachment": "fixed"})
rules.static("bg-local", {"background-attachment": "local"})
rules.static("bg-scroll", {"background-attachment": "scroll"})
for _clip in ("border", "content", "padding"):
    rules.static(f"bg-clip-{_clip}", {"-webkit-background-clip": f"{_clip}-box", "background-clip": f"{_clip}-box"})
rules.static("bg-clip-text", {"-webkit-background-clip": "text", "background-clip": "text"})
for _k in GLOBAL_KEYWORDS:
    rules.static(f"bg-clip-{_k}", {"-webkit-background-clip": _k, "background-clip": _k})
rules.dynamic(r"^bg-([-\w]{3,})$", lambda m: _one("background-position", POSITIONS.get(m[1])))
for _r, _val in (("repeat", "repeat"), ("no-repeat", "no-repeat"), ("repeat-x", "repeat-x"), ("repeat-y", "repeat-y"),
                 ("repeat-round", "round"), ("repeat-space", "space")):
    rules.static(f"bg-{_r}", {"background-repeat": _val})
rules.global_statics("bg-repeat", "background-repeat")
for _o in ("border", "padding", "content"):
    rules.static(f"bg-origin-{_o}", {"background-origin": f"{_o}-box"})
rules.global_statics("bg-origin", "background-origin")
rules.dynamic(r"^color-scheme-(\w+)$", lambda m: [("color-scheme", m[1])])
