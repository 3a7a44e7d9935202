"""promptlib.ico from resources/icons/promptlib.svg, for the executables and the MSI.

    python make_icon.py OUTPUT.ico

Run with a Python that has PySide6 (build/bundle-venv, or the Windows build venv). Renders
the SVG at 16, 20, 24, 32, 40, 48, 64 and 256 pixels (Explorer, the taskbar and the Start menu
at 100-200 % scaling) and writes an ICO whose images are PNG-compressed, which Windows
reads since Vista. No display needed (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
SVG = Path(__file__).resolve().parents[2] / "resources" / "icons" / "promptlib.svg"


def render_png(renderer, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter, Qt

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"make_icon: could not encode the {size}px image")
    return bytes(data)


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file of (size, PNG data) pairs (ICONDIR, ICONDIRENTRYs, then the PNGs)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        dimension = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication([])  # noqa: F841  (QPainter needs it)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icon: cannot read {SVG}")
    output = Path(argv[0])
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(ico([(size, render_png(renderer, size)) for size in SIZES]))
    print(f"make_icon: {output} ({output.stat().st_size} bytes, {len(SIZES)} sizes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
