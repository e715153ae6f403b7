#!/usr/bin/env python3
"""Converts the screen Xvfb keeps in its -fbdir (an XWD file, 24/32 bits per pixel, TrueColor)
to a PNG, with the standard library only: check-install.sh's screenshot of the installed
desktop. Usage: xwd_to_png.py SCREEN.xwd OUT.png"""
import struct
import sys
import zlib


def main(source, target):
    data = open(source, "rb").read()
    order = ">" if struct.unpack(">I", data[:4])[0] < 4096 else "<"
    fields = struct.unpack(order + "25I", data[:100])
    (header_size, _version, _format, _depth, width, height, _xoff, byte_order, _unit, _bit_order,
     _pad, bits_per_pixel, bytes_per_line, _class, red_mask, green_mask, blue_mask, _bits_rgb,
     _entries, ncolors) = fields[:20]
    if bits_per_pixel not in (24, 32):
        sys.exit(f"xwd_to_png.py: {bits_per_pixel} bits per pixel is not handled")
    step = bits_per_pixel // 8
    pixels = data[header_size + ncolors * 12:]
    shifts = [(mask.bit_length() - 8) for mask in (red_mask, green_mask, blue_mask)]
    little = byte_order == 0
    rows = []
    for y in range(height):
        line = pixels[y * bytes_per_line:y * bytes_per_line + width * step]
        row = bytearray(b"\0")  # the row's PNG filter: none
        for x in range(0, width * step, step):
            value = int.from_bytes(line[x:x + step], "little" if little else "big")
            row += bytes((value >> s) & 0xFF for s in shifts)
        rows.append(bytes(row))

    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))
    open(target, "wb").write(png)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
