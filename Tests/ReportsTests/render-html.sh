#!/usr/bin/env bash
# Renders the small dataset's HTML report to PNG (and to PDF, for the print layout) with headless Chromium,
# to look at it as a reader would. The HTML is the golden file that the tests keep current
# (OCTANT_UPDATE_GOLDEN=1 swift test --filter HTMLRendererTests rewrites it).
#
#   Tests/AnalysisTests/render-html.sh [fr|en] [OUTPUT.png] [HEIGHT] [NAME] [FROM-ID]
#
# NAME is the golden file's base name (`report`, the default, or `change`, the before/after report); FROM-ID keeps
# only the page from the heading with that id on (e.g. `retrospective`), for a picture of one part of a long report:
#
#   Tests/AnalysisTests/render-html.sh fr docs/images/change-example.png 5200 change retrospective
#
# Needs Debian's chromium (apt-get install -y chromium). Optional: python3-pil trims the blank end of the
# screenshot and reduces it to 256 colours (the committed docs/images/report-example.png is made so);
# poppler-utils' pdftoppm turns the print PDF into page images.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
language=${1:-fr}
output=${2:-$root/docs/images/report-example.png}
height=${3:-6000}
name=${4:-report}
from=${5:-}
html="$here/Golden/$name.$language.html"
[ -f "$html" ] || { echo "no $html: run the tests first" >&2; exit 1; }
if [ -n "$from" ]; then
    # The head, the title, then the page from the heading on (the style sheet keeps its effect).
    cut=$(mktemp -d "${TMPDIR:-/tmp}/octant-cut.XXXXXX")/$name.$language.html
    /usr/bin/python3 - "$html" "$from" "$cut" <<'PY'
import sys
page, start, out = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(page, encoding="utf-8").read()
marker = 'id="%s"' % start
at = text.find(marker)
if at < 0:
    sys.exit("no heading with id %s in %s" % (start, page))
heading = text.rfind("<h", 0, at)
body = text.find("<main>") + len("<main>")
title_end = text.find("</h1>", body) + len("</h1>")
open(out, "w", encoding="utf-8").write(text[:title_end] + "\n" + text[heading:])
PY
    html=$cut
fi
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "chromium not found: apt-get install -y chromium" >&2; exit 1; }
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions)

mkdir -p "$(dirname "$output")"
"$browser" "${flags[@]}" --window-size=1000,"$height" --screenshot="$output" "file://$html" 2>/dev/null
if /usr/bin/python3 -c "import PIL" 2>/dev/null; then
    /usr/bin/python3 - "$output" <<'PY'
import sys
from PIL import Image
path = sys.argv[1]
image = Image.open(path).convert("RGB")
# Chromium cannot size the window to the page: cut the white below the content, keep a margin.
blank = Image.new("RGB", image.size, (255, 255, 255))
from PIL import ImageChops
box = ImageChops.difference(image, blank).getbbox()
if box:
    image = image.crop((0, 0, image.size[0], min(image.size[1], box[3] + 24)))
image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)
PY
fi
echo "screen: $output ($(du -k "$output" | cut -f1) KB)"

# The print layout, kept out of the repository: a PDF, and one PNG per page when pdftoppm is there.
printed=$(mktemp -d "${TMPDIR:-/tmp}/octant-print.XXXXXX")
pdf="$printed/report.$language.pdf"
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$html" 2>/dev/null
if command -v pdftoppm >/dev/null; then
    pdftoppm -r 60 -png "$pdf" "$printed/page"
    echo "print: $printed/page-*.png"
fi
echo "pdf: $pdf"
