#!/usr/bin/env python3
"""Makes the PDF fixtures of the importer's accuracy test from corpus texts, as reports are
published: each text becomes a Word document laid out as a government prints one (a title, the
chapters in Heading 1, paragraphs indented two characters and justified, the report's title as a
running header and "— n —" page numbers in the footer), which LibreOffice then prints to PDF.

The PDFs are checked in (crates/import/tests/fixtures/pdf/) so that CI needs no LibreOffice; run
this again only to remake them:

    apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk qpdf imagemagick
    python3 scripts/make-pdf-fixtures.py ../shared/corpus crates/import/tests/fixtures/pdf

It also prints the opening of 江苏省 from a web page to PDF with Chromium (`chromium.pdf`):
Chrome's PDFs name many ideographs by the radical that shares their glyph (大 as ⼤ KANGXI
RADICAL BIG, 民 as ⺠), as many published PDFs do. Chromium: `apt-get install -y chromium`.

Besides one PDF per text it writes `scanned.pdf` (a page that is only a picture of text, as a
scanner makes), `locked.pdf` (opens only with a password) and `restricted.pdf` (an owner
password forbids copying; it opens without one, as readers open it).
"""

import html
import pathlib
import shutil
import subprocess
import sys
import tempfile
import zipfile

TEXTS = ["浙江省", "国务院-2024", "陕西省"]

# The lines of 江苏省 Chromium prints: the opening, its review of the year and the year's targets.
CHROMIUM_LINES = 30

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Serif CJK SC" w:hAnsi="Noto Serif CJK SC" w:eastAsia="Noto Serif CJK SC"/><w:sz w:val="28"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="560"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="120" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="Noto Sans CJK SC"/><w:b/></w:rPr></w:style>
</w:styles>"""


def header(title):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<w:hdr {W}><w:p><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>{html.escape(title)}</w:t></w:r></w:p></w:hdr>"""


FOOTER = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:ftr {W}><w:p><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>
<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>
<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>"""


def paragraph(line, style):
    style_xml = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{style_xml}<w:r><w:t xml:space="preserve">{html.escape(line)}</w:t></w:r></w:p>'


def document(text):
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    title = next((l for l in lines if "政府工作报告" in l), lines[0])
    body = []
    for line in lines:
        if line == title:
            style = "Title"
        elif len(line) > 1 and line[1] == "、" and len(line) < 40:
            style = "Heading1"
        else:
            style = None
        body.append(paragraph(line, style))
    section = ('<w:sectPr><w:headerReference w:type="default" r:id="rId2"/>'
               '<w:footerReference w:type="default" r:id="rId3"/>'
               '<w:pgSz w:w="11906" w:h="16838"/>'
               '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992"/>'
               '</w:sectPr>')
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {W} '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           f'<w:body>{"".join(body)}{section}</w:body></w:document>')
    return title, xml


def write_docx(text, path):
    title, xml = document(text)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", xml)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/header1.xml", header(title))
        z.writestr("word/footer1.xml", FOOTER)


def soffice_pdf(docx, out_dir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)],
                   check=True, stdout=subprocess.DEVNULL)


def jpeg_size(data):
    """The width and height in a JPEG's start-of-frame marker."""
    i = 2
    while i < len(data):
        marker, length = data[i + 1], int.from_bytes(data[i + 2:i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            return int.from_bytes(data[i + 7:i + 9], "big"), int.from_bytes(data[i + 5:i + 7], "big")
        i += 2 + length
    raise ValueError("no frame in the JPEG")


def image_pdf(jpeg):
    """A one-page A4 PDF whose page is the grey JPEG and nothing else, as a scanner writes."""
    width, height = jpeg_size(jpeg)
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (width, height, len(jpeg)) + jpeg + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def chromium_pdf(text, out):
    """`text` as a web page (paragraphs indented and justified), printed to PDF by Chromium."""
    body = "".join(f"<p>{html.escape(l.strip())}</p>\n" for l in text.splitlines() if l.strip())
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC";'
            'font-size:16pt;margin:2.5cm;line-height:1.6} p{text-indent:2em;margin:0;text-align:justify}'
            f'</style></head><body>{body}</body></html>')
    with tempfile.TemporaryDirectory() as tmp:
        source = pathlib.Path(tmp) / "page.html"
        source.write_text(page, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", source.as_uri()], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    corpus, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        for name in TEXTS:
            docx = tmp / f"{name}.docx"
            write_docx((corpus / f"{name}.txt").read_text(encoding="utf-8"), docx)
            soffice_pdf(docx, tmp)
            shutil.copy(tmp / f"{name}.pdf", out / f"{name}.pdf")
        # A scan: the first page of a report as a picture (rendered by Ghostscript), with no text layer.
        jpeg = tmp / "page.jpg"
        subprocess.run(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=jpeggray", "-r60",
                        "-dJPEGQ=40", "-dFirstPage=1", "-dLastPage=1", f"-sOutputFile={jpeg}",
                        str(out / f"{TEXTS[0]}.pdf")], check=True)
        (out / "scanned.pdf").write_bytes(image_pdf(jpeg.read_bytes()))
        opening = "\n".join((corpus / "江苏省.txt").read_text(encoding="utf-8").splitlines()[:CHROMIUM_LINES])
        chromium_pdf(opening, out / "chromium.pdf")
        # The locked and restricted files are made from the opening of a report: small, and enough.
        excerpt = "\n".join((corpus / f"{TEXTS[2]}.txt").read_text(encoding="utf-8").splitlines()[:40])
        write_docx(excerpt, tmp / "excerpt.docx")
        soffice_pdf(tmp / "excerpt.docx", tmp)
        first = tmp / "excerpt.pdf"
        subprocess.run(["qpdf", "--encrypt", "口令", "owner", "256", "--", str(first), str(out / "locked.pdf")],
                       check=True)
        subprocess.run(["qpdf", "--encrypt", "", "owner", "128", "--use-aes=y", "--extract=n", "--print=none",
                        "--", str(first), str(out / "restricted.pdf")], check=True)

if __name__ == "__main__":
    main()
