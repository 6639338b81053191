"""Draws images/icon.png (128x128): a mode switch — a white toggle whose knob sits on "eval" — on a
PyTorch-orange rounded square. Standard library only (zlib + struct), 4x4 supersampling for smooth edges.
Run: python3 client/tools/make_icon.py
"""
import os
import struct
import zlib

SIZE = 128
SS = 4  # samples per axis per pixel
ORANGE = (238, 76, 44)
DARK = (40, 30, 30)
WHITE = (255, 255, 255)


def inside_rounded_rect(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r and x0 <= x <= x1 and y0 <= y <= y1


def color_at(x, y):
    """The colour of one sample point, or None for transparent."""
    if not inside_rounded_rect(x, y, 4, 4, 124, 124, 26):
        return None
    # Toggle track (white pill) with the knob on the left ("eval"), and a dark knob.
    if (x - 44) ** 2 + (y - 64) ** 2 <= 17 ** 2:
        return DARK
    if inside_rounded_rect(x, y, 20, 40, 108, 88, 24):
        return WHITE
    return ORANGE


def render():
    rows = []
    for py in range(SIZE):
        row = bytearray([0])  # PNG filter: none
        for px in range(SIZE):
            acc = [0, 0, 0, 0]
            for sy in range(SS):
                for sx in range(SS):
                    c = color_at(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS)
                    if c is not None:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        acc[3] += 1
            n = acc[3]
            if n:
                row += bytes([acc[0] // n, acc[1] // n, acc[2] // n, 255 * n // (SS * SS)])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return b"".join(rows)


def png(width, height, raw):
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "images", "icon.png")
    with open(out, "wb") as f:
        f.write(png(SIZE, SIZE, render()))
    print(os.path.normpath(out))
