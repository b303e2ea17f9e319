"""`v-motion`: an element in its `enter` state, plus any `:click-N` variant active at the page's click."""
from __future__ import annotations

from typing import Any

from ..vue.template import Element
from ..vue.values import format_style, normalize_style, parse_style
from .targets import to_number

_MOTION_TRANSFORMS = {"x": "translateX", "y": "translateY", "z": "translateZ", "scale": "scale",
                      "scaleX": "scaleX", "scaleY": "scaleY", "rotate": "rotate", "rotateX": "rotateX",
                      "rotateY": "rotateY", "rotateZ": "rotateZ", "skew": "skew", "skewX": "skewX",
                      "skewY": "skewY", "translateX": "translateX", "translateY": "translateY"}


_MOTION_LENGTHS = frozenset("width height top left right bottom margin padding".split())


def show_motion(element: Element, current: int, visibility: str) -> None:
    """@vueuse/motion as Slidev prints it: initial + enter (+ active click-N variants) when shown."""
    props = element.props
    variants = props.get("variants") if isinstance(props.get("variants"), dict) else {}

    def variant(name: str, alias: str) -> dict:
        own = props.get(name) if isinstance(props.get(name), dict) else {}
        extra = variants.get(alias) if isinstance(variants.get(alias), dict) else {}
        return {**own, **extra}

    initial, enter, leave = variant("initial", "slidev-initial"), variant("enter", "slidev-enter"), \
        variant("leave", "slidev-leave")
    clicks: list[tuple[float, Any, dict]] = []
    for name, value in props.items():
        if name.startswith("click-") and isinstance(value, dict):
            spec = name[6:]
            if "-" in spec:
                first, _, second = spec.partition("-")
                at: Any = [to_number(first), to_number(second)]
                active = at[0] <= current < at[1]
                clicks.append((at[0], active, value))
            else:
                clicks.append((to_number(spec), current >= to_number(spec), value))
    clicks.sort(key=lambda item: item[0])
    if visibility == "shown":
        state = {**initial, **enter}
        for _, active, value in clicks:
            if active:
                state.update(value)
    else:
        state = initial if visibility == "before" else leave
    for name in ("initial", "enter", "leave", "variants", *(n for n in props if n.startswith("click-"))):
        element.attrs.pop(name, None)
    css = _motion_css(state)
    if css:
        style = parse_style(element.attrs.get("style") or "")
        style.update(css)
        element.attrs["style"] = format_style(style)


def _motion_css(state: dict) -> dict[str, str]:
    transforms: list[str] = []
    style: dict[str, Any] = {}
    for key, value in state.items():
        if key == "transition":
            continue
        if key in _MOTION_TRANSFORMS:
            function = _MOTION_TRANSFORMS[key]
            if isinstance(value, (int, float)):
                unit = "deg" if function.startswith(("rotate", "skew")) else "" if function.startswith("scale") else "px"
                value = f"{value:g}{unit}"
            transforms.append(f"{function}({value})")
        elif isinstance(value, (int, float)) and key in _MOTION_LENGTHS:
            style[key] = f"{value:g}px"
        else:
            style[key] = value
    css = normalize_style(style)
    if transforms:
        css["transform"] = " ".join(transforms)
    return css

