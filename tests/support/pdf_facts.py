#!/usr/bin/env python3
"""Prints what a PDF says about itself and how it can be navigated, one fact a line, for tests.

Usage: pdf_facts.py FILE.pdf

  lang en-GB                          the catalog's /Lang
  title ...                           the information dictionary's /Title
  xmp-title ...                       dc:title in the XMP metadata
  display-doc-title true              /ViewerPreferences /DisplayDocTitle
  marked true                         /MarkInfo /Marked
  tabs @1 S                           each page's /Tabs
  outline 1 "Title" @3                each bookmark: level, title, page
  dest "name" @3                      each named destination and its page
  link @1 -> "name" @3 (Contents)     each link annotation, where it leads
  uri @1 -> http://... (Contents)
  font-size 9                         every size set with Tf (distinct, sorted)
  images @1 2 (largest 30%)           image XObjects drawn on a page, largest share of the page
  paths @1 120                        path-painting operators on a page
  notdef @1 3                         glyph 0 shown on a page (there should be none)
  font DejaVuSans-Oblique flags 68 italic -11 ascent 928 descent -236 cap 729 stemv 83
      glyphs 6253 outlines 12 mapped 10
                                      each embedded font (tag dropped): its descriptor, and in its
                                      font file the glyph count, glyphs with outlines, and glyphs
                                      the ToUnicode map names
Uses pikepdf (Debian: python3-pikepdf).
"""
import re
import sys

import pikepdf


def text(obj):
    return str(obj)


def describe_font(font):
    """A Type 0 font's descriptor and what its TrueType subset holds."""
    descriptor = font.DescendantFonts[0].FontDescriptor
    name = str(font.BaseFont)[1:].split("+", 1)[-1]
    line = "font %s flags %d italic %g ascent %g descent %g cap %g stemv %g" % (
        name, int(descriptor.Flags), float(descriptor.ItalicAngle), float(descriptor.Ascent),
        float(descriptor.Descent), float(descriptor.CapHeight), float(descriptor.StemV))
    if "/FontFile2" in descriptor:
        data = descriptor.FontFile2.read_bytes()
        tables = {}
        for i in range(int.from_bytes(data[4:6], "big")):
            record = data[12 + 16 * i:28 + 16 * i]
            offset, length = int.from_bytes(record[8:12], "big"), int.from_bytes(record[12:16], "big")
            tables[record[:4].decode("latin-1")] = data[offset:offset + length]
        glyphs = int.from_bytes(tables["maxp"][4:6], "big")
        long_loca = int.from_bytes(tables["head"][50:52], "big") == 1
        loca = tables["loca"]
        size = 4 if long_loca else 2
        offsets = [int.from_bytes(loca[i * size:(i + 1) * size], "big") * (1 if long_loca else 2)
                   for i in range(glyphs + 1)]
        outlines = sum(1 for g in range(glyphs) if offsets[g + 1] > offsets[g])
        mapped = len(parse_bfchars(font.ToUnicode)) if "/ToUnicode" in font else 0
        line += " glyphs %d outlines %d mapped %d" % (glyphs, outlines, mapped)
    return line


def parse_bfchars(stream):
    data = stream.read_bytes().decode("latin-1")
    return re.findall(r"<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]+>", "".join(re.findall(r"beginbfchar(.*?)endbfchar", data, re.S)))


def main(path):
    pdf = pikepdf.open(path)
    pages = {page.objgen: number for number, page in enumerate(pdf.pages, 1)}
    root = pdf.Root
    lines = []
    lines.append("lang %s" % text(root.get("/Lang", "")))
    info = pdf.trailer.get("/Info")
    lines.append("title %s" % (text(info.get("/Title", "")) if info is not None else ""))
    if "/Metadata" in root:
        xmp = root.Metadata.read_bytes().decode("utf-8")
        match = re.search(r"<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>", xmp, re.S)
        lines.append("xmp-title %s" % (match.group(1) if match else ""))
    prefs = root.get("/ViewerPreferences", {})
    lines.append("display-doc-title %s" % str(bool(prefs.get("/DisplayDocTitle", False))).lower())
    mark = root.get("/MarkInfo", {})
    lines.append("marked %s" % str(bool(mark.get("/Marked", False))).lower())
    for number, page in enumerate(pdf.pages, 1):
        lines.append("tabs @%d %s" % (number, str(page.get("/Tabs", ""))[1:]))

    def page_of(destination):
        if isinstance(destination, (pikepdf.String, bytes, str)):
            destination = named.get(text(destination))
        if destination is None:
            return "?"
        return "@%d" % pages.get(destination[0].objgen, 0)

    named = {}

    def walk_names(node):
        if "/Names" in node:
            items = node.Names
            for i in range(0, len(items), 2):
                named[text(items[i])] = items[i + 1]
        for kid in node.get("/Kids", []):
            walk_names(kid)

    if "/Names" in root and "/Dests" in root.Names:
        walk_names(root.Names.Dests)

    if "/Outlines" in root and "/First" in root.Outlines:
        def walk_outline(item, level):
            while item is not None:
                lines.append('outline %d "%s" %s' % (level, text(item.Title), page_of(item.get("/Dest"))))
                if "/First" in item:
                    walk_outline(item.First, level + 1)
                item = item.get("/Next")

        walk_outline(root.Outlines.First, 1)
    for key in sorted(named):
        lines.append('dest "%s" %s' % (key, page_of(named[key])))

    sizes = set()
    for number, page in enumerate(pdf.pages, 1):
        for annotation in page.get("/Annots", []):
            if annotation.get("/Subtype") != "/Link":
                continue
            contents = text(annotation.get("/Contents", ""))
            if "/Dest" in annotation:
                lines.append('link @%d -> "%s" %s (%s)' % (number, text(annotation.Dest),
                                                          page_of(annotation.Dest), contents))
            elif "/A" in annotation and "/URI" in annotation.A:
                lines.append("uri @%d -> %s (%s)" % (number, text(annotation.A.URI), contents))
        images = 0
        largest = 0.0
        paths = 0
        notdef = 0
        media = [float(v) for v in page.MediaBox]
        area = (media[2] - media[0]) * (media[3] - media[1])
        xobjects = page.Resources.get("/XObject", {}) if "/Resources" in page else {}
        ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        saved = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "q":
                saved.append(list(ctm))
            elif op == "Q":
                ctm = saved.pop() if saved else ctm
            elif op == "cm":
                a, b, c, d, e, f = [float(v) for v in operands]
                A, B, C, D, E, F = ctm
                ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E,
                       e * B + f * D + F]
            elif op == "Do" and str(operands[0]) in xobjects:
                if xobjects[str(operands[0])].get("/Subtype") == "/Image":
                    images += 1
                    share = abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]) / area
                    largest = max(largest, share)
            elif op in ("S", "s", "f", "F", "f*", "B", "B*", "b", "b*"):
                paths += 1
            elif op == "Tf":
                sizes.add(round(float(operands[1]), 3))
            elif op in ("Tj", "TJ"):
                strings = operands[0] if op == "TJ" else [operands[0]]
                for item in strings:
                    if isinstance(item, pikepdf.String):
                        raw = bytes(item)
                        notdef += sum(1 for i in range(0, len(raw) - 1, 2) if raw[i] == 0 and raw[i + 1] == 0)
        if images:
            lines.append("images @%d %d (largest %d%%)" % (number, images, round(100 * largest)))
        lines.append("paths @%d %d" % (number, paths))
        if notdef:
            lines.append("notdef @%d %d" % (number, notdef))
    lines.append("font-size " + " ".join(("%g" % size) for size in sorted(sizes)))
    seen = set()
    for page in pdf.pages:
        fonts = page.Resources.get("/Font", {}) if "/Resources" in page else {}
        for key in fonts.keys():
            font = fonts[key]
            if font.objgen in seen or "/DescendantFonts" not in font:
                continue
            seen.add(font.objgen)
            lines.append(describe_font(font))
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1])
