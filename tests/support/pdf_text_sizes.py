#!/usr/bin/env python3
"""Prints the size at which each piece of text of a PDF is drawn, as it appears on the page.

Usage: pdf_text_sizes.py FILE.pdf [MINIMUM [PAGES]]

One line per text-showing operator: page number, size in points, and the text's start (as bytes,
enough to find it). The size is the font size (Tf) scaled by the text matrix, the current
transformation matrix and the page's user unit, so text drawn small through a transformation is
caught too. With MINIMUM, exits 1 when any text is smaller (after rounding to 0.01 pt). With
PAGES, only the first PAGES pages are read (a long document's pages repeat the same styles).
Uses pikepdf (Debian: python3-pikepdf).
"""
import math
import sys

import pikepdf


def multiply(a, b):
    """a x b for PDF matrices [a b c d e f]."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def scale(m):
    """The scale of a matrix for text height: the length of its transformed unit vertical."""
    return math.hypot(m[2], m[3])


def sizes(path, limit=None):
    pdf = pikepdf.open(path)
    out = []
    for number, page in enumerate(pdf.pages, start=1):
        if limit is not None and number > limit:
            break
        unit = float(page.obj.get("/UserUnit", 1))
        ctm = [unit, 0, 0, unit, 0, 0]
        stack = []
        tm = [1, 0, 0, 1, 0, 0]
        line = [1, 0, 0, 1, 0, 0]
        size = 0.0
        leading = 0.0
        def walk(instructions, ctm_in, resources):
            nonlocal tm, line, size, leading
            ctm_local = list(ctm_in)
            stack_local = []
            for operands, operator in instructions:
                op = str(operator)
                if op == "q":
                    stack_local.append(list(ctm_local))
                elif op == "Q":
                    if stack_local:
                        ctm_local = stack_local.pop()
                elif op == "cm":
                    ctm_local = multiply([float(x) for x in operands], ctm_local)
                elif op == "BT":
                    tm = [1, 0, 0, 1, 0, 0]
                    line = [1, 0, 0, 1, 0, 0]
                elif op == "Tf":
                    size = float(operands[1])
                elif op == "TL":
                    leading = float(operands[0])
                elif op == "Tm":
                    tm = [float(x) for x in operands]
                    line = list(tm)
                elif op in ("Td", "TD"):
                    line = multiply([1, 0, 0, 1, float(operands[0]), float(operands[1])], line)
                    tm = list(line)
                    if op == "TD":
                        leading = -float(operands[1])
                elif op == "T*":
                    line = multiply([1, 0, 0, 1, 0, -leading], line)
                    tm = list(line)
                elif op in ("Tj", "TJ", "'", '"'):
                    effective = abs(size) * scale(multiply(tm, ctm_local))
                    sample = operands[-1]
                    if op == "TJ":
                        sample = b"".join(bytes(x) for x in sample if isinstance(x, pikepdf.String))
                    else:
                        sample = bytes(sample)
                    out.append((number, effective, sample[:24]))
                elif op == "Do" and resources is not None:
                    name = operands[0]
                    xobjects = resources.get("/XObject", {})
                    if name in xobjects:
                        xobject = xobjects[name]
                        if xobject.get("/Subtype") == "/Form":
                            matrix = [float(x) for x in xobject.get("/Matrix", [1, 0, 0, 1, 0, 0])]
                            walk(pikepdf.parse_content_stream(xobject), multiply(matrix, ctm_local),
                                 xobject.get("/Resources", resources))
        walk(pikepdf.parse_content_stream(page), ctm, page.obj.get("/Resources"))
    return out


def main():
    path = sys.argv[1]
    minimum = float(sys.argv[2]) if len(sys.argv) > 2 else None
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
    small = 0
    for number, size, sample in sizes(path, limit):
        print(f"{number}\t{size:.2f}\t{sample!r}")
        if minimum is not None and round(size, 2) < minimum:
            small += 1
    if minimum is not None and small:
        print(f"{small} pieces of text below {minimum} pt", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
