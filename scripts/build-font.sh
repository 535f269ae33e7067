#!/usr/bin/env bash
# Rebuilds fonts/NotoSansCJKsc-Jiedu-*.otf, the CJK font that Jiedu embeds, from Debian's
# fonts-noto-cjk package. The subset covers GB 2312 (all 6,763 hanzi), every character of the
# report(s) in assets/, CJK and fullwidth punctuation, and Latin. To widen the coverage, add
# characters to EXTRA below (or more files to assets/) and rerun.
#
# Needs: apt-get install -y fonts-noto-cjk python3-pip; pip install fonttools
set -euo pipefail
cd "$(dirname "$0")/.."

SRC_DIR=/usr/share/fonts/opentype/noto
EXTRA="${EXTRA:-}"
# Face 2 of the .ttc collections is Noto Sans CJK SC (simplified Chinese glyph forms and
# punctuation placement); face 0 is the Japanese one.
FACE=2

chars=$(mktemp)
trap 'rm -f "$chars"' EXIT
make_chars() {
python3 - "$chars" "$EXTRA" "$mode" <<'PY'
import glob, sys
out, extra, mode = sys.argv[1], sys.argv[2], sys.argv[3]
chars = set()
# GB 2312: every valid two-byte code decoded with Python's gb2312 codec.
for hi in (range(0xA1, 0xF8) if mode == "full" else []):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
for path in glob.glob("assets/**/*.json", recursive=True) + glob.glob("src/**/*.rs", recursive=True):
    chars.update(open(path, encoding="utf-8").read())
chars.update(extra)
chars.update(chr(c) for c in range(0x20, 0x7F))          # ASCII
chars.update(chr(c) for c in range(0xA0, 0x180))         # Latin-1 and Latin Extended-A
chars.update(chr(c) for c in range(0x2000, 0x2070))      # general punctuation
chars.update(chr(c) for c in range(0x2190, 0x2300))      # arrows and math operators (− ×)
chars.update(chr(c) for c in range(0x2460, 0x24FF))      # enclosed numbers
chars.update(chr(c) for c in range(0x25A0, 0x2700))      # shapes and symbols (★ ▶ ◀ ☀ ☾ …)
chars.update(chr(c) for c in range(0x3000, 0x3040))      # CJK punctuation
chars.update(chr(c) for c in range(0xFF00, 0xFFF0))      # fullwidth forms
chars = {c for c in chars if c.isprintable() or c == " "}
open(out, "w", encoding="utf-8").write("".join(sorted(chars)))
print(f"{len(chars)} characters requested ({mode})", file=sys.stderr)
PY
}

# Both weights get the full coverage: headings of any report (an imported one too) and the UI's
# bold strings must not fall back to the regular weight mid-word (a test checks Bold covers
# Regular). WEIGHTS picks which to rebuild (default both).
for weight in ${WEIGHTS:-Regular Bold}; do
  mode=full
  make_chars
  pyftsubset "$SRC_DIR/NotoSansCJK-$weight.ttc" \
    --font-number=$FACE \
    --text-file="$chars" \
    --layout-features='kern,palt,ccmp' \
    --name-IDs='*' --name-languages='*' \
    --output-file="fonts/NotoSansCJKsc-Jiedu-$weight.otf"
  ls -l "fonts/NotoSansCJKsc-Jiedu-$weight.otf"
done
