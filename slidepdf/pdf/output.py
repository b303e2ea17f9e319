"""The output file, written atomically: a temporary file beside the target, renamed over it
only when complete, so an interrupted or failed export never leaves a half-written file and
keeps any previous one intact."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import OutputError


def write_atomically(data: bytes, output: Path) -> None:
    """Write `data` to `output` via a temporary file in the same folder and a rename."""
    output = Path(output)
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write {output}: folder {folder} does not exist")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, output)
    except BaseException as exc:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {output}: {exc.strerror}") from None
        raise



def png_pages(pdf: bytes, scale: float) -> list[bytes]:
    """One PNG per page of `pdf`, `scale` × the canvas size (the PDF's 0.75 pt per CSS px)."""
    import io

    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    pictures = []
    try:
        for index in range(len(document)):
            image = document[index].render(scale=scale / 0.75).to_pil()
            out = io.BytesIO()
            image.save(out, "PNG", optimize=True)
            pictures.append(out.getvalue())
    finally:
        document.close()
    return pictures


def page_count(pdf: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()
