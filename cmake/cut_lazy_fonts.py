#!/usr/bin/env python3
"""cut_lazy_fonts.py — the fonts Setright loads only when a frame needs one of
their glyphs (src/app/logic/lazy_fonts.cpp names the file for each character;
the two must agree).

  cjk-XXXX.otf  CJK ideographs U+3400-9FFF in blocks of 1,024 code points,
                and U+F900-FAFF, from Noto Sans CJK (its Korean face, so
                Hanja look as Korean readers expect)
  cjk-XXXXX.otf ideographs of extension B on (U+20000-3134F) in blocks of
                4,096, from the same
  cjk-symbols.otf  CJK punctuation, radicals, bopomofo, enclosed and
                compatibility characters, vertical, small, full-width and
                half-width forms, from the same
  kana.otf      Japanese kana, U+3040-30FF and U+31F0-31FF, from the same
  emoji-XXXX.pngs  colour emoji from Noto Color Emoji, in blocks of 64 code
                points of the emoji ranges below (every block, even empty,
                has a file): a little-endian index
                (u32 count, then u32 code point, offset, length per glyph)
                and the glyphs' PNG images, decoded by the browser
  emoji.ttf     pictographs, symbols and dingbats (U+2600-27BF, U+2B00-2BFF,
                U+1F000-1FAFF) from Symbola, drawn in one colour: what Noto
                Color Emoji lacks, and all of them where PNGs cannot be decoded
  hebrew.ttf    Hebrew (U+0590-05FF, U+FB1D-FB4F) from Noto Sans Hebrew
  arabic.ttf    Arabic (U+0600-06FF, U+0750-077F and the presentation forms)
                from Noto Sans Arabic; drawn letter by letter, left to right:
                Dear ImGui neither shapes nor lays out right to left

usage: cut_lazy_fonts.py NOTO_CJK_TTC NOTO_COLOR_EMOJI SYMBOLA_TTF NOTO_HEBREW NOTO_ARABIC OUT_DIR
Uses fontTools (Debian's python3-fonttools). A first pass cuts the CJK face
down to everything wanted, so each block's pass reads a tenth of the file.
"""
import os
import struct
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

KOREAN_FACE = 1  # in NotoSansCJK-Regular.ttc: 0 Japanese, 1 Korean, 2 and 3 Chinese


def cut(source, unicodes, out_path, font_number=0):
    options = subset.Options()
    options.hinting = False
    options.font_number = font_number
    options.layout_features = []  # ImGui neither shapes nor substitutes
    options.notdef_outline = True
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    if not font.getBestCmap():
        return False  # a block with no glyph at all: no file, the app is told "none"
    subset.save_font(font, out_path, options)
    return True


EMOJI_RANGES = [(0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF)]
EMOJI_BLOCK = 0x40  # an emoji fetches its block, 60 kB on average, not all 3 MB


def pack_colour_emoji(source, out_dir):
    """Writes emoji-XXXX.pngs for each block of the ranges."""
    font = TTFont(source)
    strike = font['CBDT'].strikeData[0]  # one strike, 109 ppem, 136x128 PNGs
    cmap = font.getBestCmap()
    # Every block of the ranges has a file, empty or not: the app asks for the
    # block first and Symbola's file after, and a missing file means offline.
    blocks = {start: [] for first, last in EMOJI_RANGES for start in range(first, last + 1, EMOJI_BLOCK)}
    for code, glyph_name in cmap.items():
        if any(start <= code <= end for start, end in EMOJI_RANGES) and glyph_name in strike:
            bitmap = strike[glyph_name]
            bitmap.decompile()
            blocks.setdefault(code & ~(EMOJI_BLOCK - 1), []).append((code, bitmap.imageData))
    for start, glyphs in sorted(blocks.items()):
        index = struct.pack('<I', len(glyphs))
        offset = 4 + 12 * len(glyphs)
        for code, png in glyphs:
            index += struct.pack('<III', code, offset, len(png))
            offset += len(png)
        with open(os.path.join(out_dir, 'emoji-%04x.pngs' % start), 'wb') as out:
            out.write(index + b''.join(png for _, png in glyphs))


def main():
    cjk_ttc, colour_emoji, symbola, hebrew, arabic, out_dir = sys.argv[1:7]
    os.makedirs(out_dir, exist_ok=True)
    blocks = [(start, start + 0x3FF) for start in range(0x3400, 0xA000, 0x400)] + [(0xF900, 0xFAFF)]
    blocks += [(start, start + 0xFFF) for start in range(0x20000, 0x32000, 0x1000)]
    kana = list(range(0x3040, 0x3100)) + list(range(0x31F0, 0x3200))
    symbol_ranges = [(0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3100, 0x312F), (0x3190, 0x31EF), (0x3200, 0x33FF),
                     (0xFE10, 0xFE1F), (0xFE30, 0xFE6F), (0xFF00, 0xFFEF)]
    symbols = [c for start, end in symbol_ranges for c in range(start, end + 1)]
    wanted = [c for start, end in blocks for c in range(start, end + 1)] + kana + symbols
    every_cjk = os.path.join(out_dir, '.cjk-all.otf')
    cut(cjk_ttc, wanted, every_cjk, KOREAN_FACE)
    for start, end in blocks:
        cut(every_cjk, range(start, end + 1), os.path.join(out_dir, 'cjk-%04x.otf' % start))
    cut(every_cjk, kana, os.path.join(out_dir, 'kana.otf'))
    cut(every_cjk, symbols, os.path.join(out_dir, 'cjk-symbols.otf'))
    os.remove(every_cjk)
    pack_colour_emoji(colour_emoji, out_dir)
    emoji = [c for start, end in EMOJI_RANGES for c in range(start, end + 1)]
    cut(symbola, emoji, os.path.join(out_dir, 'emoji.ttf'))
    cut(hebrew, list(range(0x0590, 0x0600)) + list(range(0xFB1D, 0xFB50)), os.path.join(out_dir, 'hebrew.ttf'))
    arabic_letters = list(range(0x0600, 0x0700)) + list(range(0x0750, 0x0780)) + list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00))
    cut(arabic, arabic_letters, os.path.join(out_dir, 'arabic.ttf'))
    # The stamp the build waits on: every file above written.
    with open(os.path.join(out_dir, 'stamp'), 'w') as stamp:
        stamp.write('\n'.join(sorted(f for f in os.listdir(out_dir) if f != 'stamp')) + '\n')


if __name__ == '__main__':
    main()
