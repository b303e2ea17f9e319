"""join: one PDF from the PDFs of a deck's chunks, as compact as one render would have made it.

pypdf reads the chunks; the joined file is written with pydyf, WeasyPrint's own PDF writer, so
its dictionaries sit in a compressed object stream as in a single render. What spans the chunks
is made here: one page tree, internal links (written as `CHUNK_LINK` URIs by the document stage)
turned into jumps to their slide's first page, the named destinations of all chunks, the outline
and the page labels. What every chunk carries is stored once: identical streams and the
dictionaries around them (an image or a background on many pages), and the subsets of one font
that each chunk embedded, merged into one subset — WeasyPrint subsets with glyph ids retained,
so each subset's glyphs sit at their ids in the full font and the union is a plain merge.

Long on purpose: the page tree, links, destinations, outline, labels and the font-subset merge
share one object table and one pass over the chunks; split apart they would pass it around.
"""
from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field

import pydyf
from pypdf.generic import (ArrayObject, FloatObject, IndirectObject, NameObject, NullObject, PdfObject, StreamObject,
                           TextStringObject)

from ..document.html import CHUNK_LINK

# A key names one object of the joined file: (chunk index, object number) for what the chunks
# hold, ("new", name) for what is made here.
Key = tuple


def join(pdfs: list[bytes], labels: tuple[str, ...], outline: list[tuple[int, str, int]],
         first_pages: dict[int, int], info: dict[str, str] | None = None) -> bytes:
    """One PDF from the chunks' PDFs (in page order): links across chunks resolved, the outline
    (level, title, page index) and page labels for the whole. Metadata and the catalog's other
    entries (language …) come from the first chunk, which has the same as every other, with
    `info` (the dates, which the chunks leave out) added."""
    from pypdf import PdfReader

    readers = [PdfReader(io.BytesIO(data)) for data in pdfs]
    graph = _Graph(readers)
    pages = [graph.key_of(page.indirect_reference) for reader in readers for page in reader.pages]
    graph.made[("new", "pages")] = {"/Type": _name("/Pages"), "/Kids": [_Ref(key) for key in pages],
                                    "/Count": len(pages)}
    for key in pages:
        page = graph.get(key)
        page[_name("/Parent")] = _Ref(("new", "pages"))
        _resolve_chunk_links(graph, page, pages, first_pages)

    first_catalog = readers[0].trailer["/Root"].get_object()
    catalog = {key: value for key, value in first_catalog.items()
               if key not in ("/Pages", "/Outlines", "/Names", "/PageLabels", "/Type")}
    catalog.update({"/Type": _name("/Catalog"), "/Pages": _Ref(("new", "pages"))})
    destinations = _named_destinations(readers)
    if destinations:
        names = []
        for name in sorted(destinations, key=lambda n: n.encode("utf-8", "surrogatepass")):
            names += [_text(name), destinations[name]]
        catalog["/Names"] = {"/Dests": {"/Names": names}}
    if labels:
        numbers = []
        for index, label in enumerate(labels):
            numbers += [index, {"/P": _text(label)}]
        catalog["/PageLabels"] = {"/Nums": numbers}
    if outline:
        catalog["/Outlines"] = _Ref(_outline(graph, outline, pages))
    graph.made[("new", "catalog")] = catalog
    chunk_info = readers[0].trailer.get("/Info")
    document_info = dict(chunk_info.get_object()) if chunk_info is not None else {}
    document_info.update((key, _text(value)) for key, value in (info or {}).items())

    _merge_font_subsets(graph)
    graph.share_identical()
    return graph.write(("new", "catalog"), document_info, readers[0].pdf_header.removeprefix("%PDF-"))


def _resolve_chunk_links(graph: "_Graph", page, pages: list[Key], first_pages: dict[int, int]) -> None:
    annotations = page.get("/Annots")
    if annotations is None:
        return
    kept = []
    for reference in annotations.get_object():
        annotation = reference.get_object()
        action = annotation.get("/A")
        uri = str(action.get_object().get("/URI", "")) if action is not None else ""
        if uri.startswith(CHUNK_LINK):
            target = first_pages.get(int(uri[len(CHUNK_LINK):] or 0))
            if target is None:
                continue                    # a slide left out of this export: no link, as Slidev's
            del annotation["/A"]
            annotation[_name("/Dest")] = _array([_Ref(pages[target]), _name("/Fit")])
        kept.append(reference)
    page[_name("/Annots")] = _array(kept)


def _named_destinations(readers) -> dict[str, object]:
    """Each chunk's /Dests name tree (WeasyPrint writes a flat one), the first of a name kept."""
    found: dict[str, object] = {}
    for reader in readers:
        names = reader.trailer["/Root"].get_object().get("/Names")
        stack = [names.get_object().get("/Dests")] if names is not None else []
        while stack:
            node = stack.pop()
            if node is None:
                continue
            node = node.get_object()
            pairs = node.get("/Names") or []
            for index in range(0, len(pairs) - 1, 2):
                found.setdefault(str(pairs[index]), pairs[index + 1])
            stack.extend(reversed(list(node.get("/Kids") or [])))
    return found


def _outline(graph: "_Graph", entries: list[tuple[int, str, int]], pages: list[Key]) -> Key:
    """The outline items, closed, nested by level; returns the outline root's key."""
    root: Key = ("new", "outline")
    items: dict[Key, dict] = {root: {"/Type": _name("/Outlines")}}
    children: dict[Key, list[Key]] = {root: []}
    parents: list[tuple[int, Key]] = []
    for number, (level, title, index) in enumerate(entries):
        while parents and parents[-1][0] >= level:
            parents.pop()
        parent = parents[-1][1] if parents else root
        key: Key = ("new", f"outline-{number}")
        items[key] = {"/Title": _text(title), "/Parent": _Ref(parent),
                      "/Dest": _array([_Ref(pages[index]), _name("/Fit")])}
        children[key] = []
        children[parent].append(key)
        parents.append((level, key))
    for parent, kids in children.items():
        if not kids:
            continue
        items[parent]["/First"], items[parent]["/Last"] = _Ref(kids[0]), _Ref(kids[-1])
        # closed items: a negative count of their children; the root counts what shows
        items[parent]["/Count"] = len(kids) if parent == root else -len(kids)
        for before, after in zip(kids, kids[1:]):
            items[before]["/Next"], items[after]["/Prev"] = _Ref(after), _Ref(before)
    graph.made.update(items)
    return root


def _merge_font_subsets(graph: "_Graph") -> None:
    """Point the font descriptors of one font (the same /FontName: WeasyPrint derives its subset
    tag from the font's description, so it is the same in every chunk) at one merged subset."""
    groups: dict[str, list[tuple[object, Key]]] = {}
    for key in graph.reachable(("new", "catalog")):
        descriptor = graph.get(key)
        if isinstance(descriptor, dict) and descriptor.get("/Type") == "/FontDescriptor" \
                and "/FontFile2" in descriptor:
            file_key = graph.key_of(descriptor.raw_get("/FontFile2"))
            groups.setdefault(str(descriptor.get("/FontName")), []).append((descriptor, file_key))
    for members in groups.values():
        files = list(dict.fromkeys(file_key for _, file_key in members))
        if len(files) < 2:
            continue
        merged = _merged_truetype([graph.get(file_key).get_data() for file_key in files])
        if merged is None:
            continue
        graph.replaced[files[0]] = ({"/Length1": len(merged), "/Filter": _name("/FlateDecode")},
                                    zlib.compress(merged, 9))
        for descriptor, _ in members:
            descriptor[_name("/FontFile2")] = _Ref(files[0])


def _merged_truetype(programs: list[bytes]) -> bytes | None:
    """One TrueType font with the glyphs of all `programs`, subsets of one font with glyph ids
    retained; None when they are not that (a glyph that differs, other outlines, variations).
    Glyphs are compared and copied as their stored bytes, which refer to components by glyph
    id: subsets name their glyphs differently (each keeps the names of the glyphs it uses)."""
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables._g_l_y_f import Glyph

    try:
        # read lazily: only glyf and hmtx change, the other tables are copied as they are;
        # the timestamp is kept, so the same deck gives the same bytes
        fonts = [TTFont(io.BytesIO(program), recalcTimestamp=False) for program in dict.fromkeys(programs)]
        if len(fonts) == 1:
            return programs[0]
        if any("glyf" not in font or "gvar" in font or "CFF " in font for font in fonts):
            return None
        base = max(fonts, key=lambda font: len(font.getGlyphOrder()))
        order, glyphs, metrics = base.getGlyphOrder(), base["glyf"].glyphs, base["hmtx"]
        for font in fonts:
            if font is base:
                continue
            other_glyphs, other_metrics = font["glyf"].glyphs, font["hmtx"]
            for glyph_id, name in enumerate(font.getGlyphOrder()):
                data = _glyph_bytes(other_glyphs[name], font["glyf"])
                if not data:
                    continue                        # not in this subset
                present = _glyph_bytes(glyphs[order[glyph_id]], base["glyf"])
                if not present:
                    glyphs[order[glyph_id]] = Glyph(data)
                    metrics[order[glyph_id]] = other_metrics[name]
                elif present.rstrip(b"\0") != data.rstrip(b"\0"):      # the same but for padding
                    return None
        out = io.BytesIO()
        base.save(out)
    except Exception:                               # fontTools raises many kinds on bad data
        return None
    return out.getvalue()


def _glyph_bytes(glyph, table) -> bytes:
    if hasattr(glyph, "data"):
        return glyph.data or b""
    return glyph.compile(table) if glyph.numberOfContours else b""


class _Ref(PdfObject):
    """A reference by key to an object of the joined file (a PdfObject, so that pypdf's
    dictionaries take it as a value)."""

    def __init__(self, key: Key):
        self.key = key


_name, _text, _array = NameObject, TextStringObject, ArrayObject


@dataclass
class _Graph:
    """The objects of the joined file: those of the chunks (read lazily by pypdf) and those made
    here, with what `share_identical` and font merging replaced."""

    readers: list
    made: dict[Key, object] = field(default_factory=dict)
    replaced: dict[Key, tuple[dict, bytes]] = field(default_factory=dict)     # stream → (dict, data)
    same_as: dict[Key, Key] = field(default_factory=dict)

    def __post_init__(self):
        self._chunk_of = {id(reader): index for index, reader in enumerate(self.readers)}

    def key_of(self, reference) -> Key:
        if isinstance(reference, _Ref):
            key = reference.key
        else:
            key = (self._chunk_of[id(reference.pdf)], reference.idnum)
        return self.same_as.get(key, key)

    def get(self, key: Key):
        if key in self.made:
            return self.made[key]
        return self.readers[key[0]].get_object(key[1])

    def references(self, value):
        """The keys `value` refers to, in order (not following them)."""
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, (IndirectObject, _Ref)):
                yield self.key_of(item)
            elif isinstance(item, dict):
                stack.extend(reversed([value for _, value in _entries(item)]))
            elif isinstance(item, list):
                stack.extend(reversed(item))

    def reachable(self, root: Key) -> list[Key]:
        seen, order, stack = {root}, [], [root]
        while stack:
            key = stack.pop()
            order.append(key)
            if key in self.replaced:
                continue
            for target in reversed(list(self.references(self.get(key)))):
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        return order

    def share_identical(self) -> None:
        """Objects that are the same (equal bytes, referring to objects that are the same) become
        one. Pages, annotations and outline items stay apart: they refer back to their parent,
        and a viewer expects an annotation on one page only."""
        digests: dict[Key, bytes | None] = {}
        keys = self.reachable(("new", "catalog"))
        for key in keys:
            self._digest(key, digests, set())
        first: dict[bytes, Key] = {}
        for key in keys:
            digest = digests.get(key)
            if digest is not None and key not in self.made:
                self.same_as[key] = first.setdefault(digest, key)
        self.same_as = {key: target for key, target in self.same_as.items() if key != target}

    def _digest(self, key: Key, digests: dict, visiting: set) -> bytes | None:
        if key in digests:
            return digests[key]
        value = self.get(key)
        if key in self.made or key in visiting or _stays_apart(value):
            digests[key] = None
            return None
        visiting.add(key)
        try:
            def refer(reference) -> bytes:
                digest = self._digest(self.key_of(reference), digests, visiting)
                if digest is None:
                    raise _Unique
                return b"#" + digest.hex().encode()
            data = self._serialize_object(key, refer)
            digests[key] = hashlib.sha256(data).digest()
        except _Unique:
            digests[key] = None
        finally:
            visiting.discard(key)
        return digests[key]

    def write(self, root: Key, info, version: str) -> bytes:
        keys = self.reachable(root)
        numbers = {key: number for number, key in enumerate(keys, start=1)}

        def refer(reference) -> bytes:
            return b"%d 0 R" % numbers[self.key_of(reference)]

        pdf = pydyf.PDF()
        pdf.objects = pdf.objects[:1]                # only the free object 0: ours follow
        for key in keys:
            data = self._serialize_object(key, refer)
            is_stream = key in self.replaced or _is_stream(self.get(key))
            pdf.add_object(_RawStream(data) if is_stream else _RawObject(data))
        pdf.catalog = pdf.objects[numbers[root]]
        pdf.info = _RawObject(_serialize(info, refer)) if info else pydyf.Dictionary()
        out = io.BytesIO()
        pdf.write(out, version=version.encode(), identifier=True, compress=True)
        return out.getvalue()

    def _serialize_object(self, key: Key, refer) -> bytes:
        """The bytes of one object's body (between `obj` and `endobj`)."""
        value = self.get(key)
        if key in self.replaced:
            extra, data = self.replaced[key]
        elif _is_stream(value):
            data = value._data                      # the stream's bytes as stored (still encoded)
            extra = {name: item for name, item in _entries(value) if name != "/Length"}
        else:
            return _serialize(value, refer)
        return _serialize({**extra, "/Length": len(data)}, refer) + b"\nstream\n" + data + b"\nendstream"


class _Unique(Exception):
    """An object that refers to one that must stay apart: it stays apart too."""


def _is_stream(value) -> bool:
    return isinstance(value, StreamObject)


def _stays_apart(value) -> bool:
    if not isinstance(value, dict):
        return False
    return value.get("/Type") in ("/Page", "/Pages", "/Catalog", "/Annot", "/Outlines") \
        or "/Parent" in value or "/Rect" in value


def _entries(dictionary: dict):
    """(key, value) of a dictionary as stored: pypdf's resolve references on reading, which
    would follow them; here they stay references."""
    if hasattr(dictionary, "raw_get"):
        return [(key, dictionary.raw_get(key)) for key in dictionary]
    return list(dictionary.items())


def _serialize(value, refer) -> bytes:
    """PDF syntax for a value; references (pypdf's or `_Ref`s) through `refer`."""
    if isinstance(value, (_Ref, IndirectObject)):
        return refer(value)
    if isinstance(value, dict):
        return b"<<" + b"".join(_serialize(NameObject(key), refer) + b" " + _serialize(item, refer)
                                for key, item in _entries(value)) + b">>"
    if isinstance(value, list):
        return b"[" + b" ".join(_serialize(item, refer) for item in value) + b"]"
    if isinstance(value, bool):
        return b"true" if value else b"false"
    if isinstance(value, int):
        return b"%d" % value
    if value is None or isinstance(value, NullObject):
        return b"null"
    if isinstance(value, float) and not isinstance(value, FloatObject):
        value = FloatObject(value)
    if isinstance(value, str) and not isinstance(value, PdfObject):
        value = TextStringObject(value)
    out = io.BytesIO()
    value.write_to_stream(out)
    return out.getvalue()


class _Serialized:
    """An object already in PDF syntax (its body between `obj` and `endobj`), for pydyf's writer."""

    def __init__(self, body: bytes):
        super().__init__()
        self.body = body

    @property
    def data(self) -> bytes:
        return self.body


class _RawObject(_Serialized, pydyf.Object):
    """A dictionary or array: pydyf puts it in the compressed object stream."""


class _RawStream(_Serialized, pydyf.Stream):
    """A stream (dictionary and data): written as it is."""
