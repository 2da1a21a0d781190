"""Draw the app icon and write resources/icons/salesplanner.{svg,png,ico,icns}.

    .venv/bin/python packaging/make_icon.py

The SVG below is the one source: a blue rounded square with a week calendar (one column per
working day, the bars rising towards the target) and a red target marker top right. The PNG,
ICO (16…256 px) and ICNS are rendered from it with QtSvg, so the icon looks the same
everywhere. The outputs are committed; run this again only when the drawing changes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"

SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1e88e5"/>
      <stop offset="1" stop-color="#0d47a1"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="48" ry="48" fill="url(#bg)"/>
  <rect x="40" y="56" width="176" height="156" rx="14" ry="14" fill="#ffffff"/>
  <rect x="40" y="56" width="176" height="34" rx="14" ry="14" fill="#e53935"/>
  <rect x="40" y="76" width="176" height="14" fill="#e53935"/>
  <rect x="72" y="40" width="12" height="32" rx="6" fill="#eceff1"/>
  <rect x="172" y="40" width="12" height="32" rx="6" fill="#eceff1"/>
  <rect x="58" y="162" width="22" height="34" rx="3" fill="#90caf9"/>
  <rect x="90" y="146" width="22" height="50" rx="3" fill="#64b5f6"/>
  <rect x="122" y="128" width="22" height="68" rx="3" fill="#42a5f5"/>
  <rect x="154" y="110" width="22" height="86" rx="3" fill="#1e88e5"/>
  <rect x="186" y="100" width="14" height="96" rx="3" fill="#2e7d32"/>
  <polyline points="62,150 100,132 134,112 168,96 198,84" fill="none" stroke="#2e7d32"
            stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>
  <circle cx="198" cy="84" r="9" fill="#2e7d32"/>
</svg>
"""


def render(svg_path: Path, size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg_path)).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    OUT.mkdir(parents=True, exist_ok=True)
    svg = OUT / "salesplanner.svg"
    svg.write_text(SVG, encoding="utf-8")
    render(svg, 256).save(str(OUT / "salesplanner.png"), "PNG")
    render(svg, 48).save(str(OUT / "salesplanner-48.png"), "PNG")
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    if "ico" in formats:  # the ico writer stores one size per file; the 256 px one suffices
        render(svg, 256).save(str(OUT / "salesplanner.ico"), "ICO")
    if "icns" in formats:
        render(svg, 512).save(str(OUT / "salesplanner.icns"), "ICNS")
    for path in sorted(OUT.iterdir()):
        print(f"icon: {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
