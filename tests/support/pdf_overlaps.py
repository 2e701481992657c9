#!/usr/bin/env python3
"""Finds words of a PDF drawn over one another: the sign of text overprinting text.

Usage: pdf_overlaps.py FILE.pdf [TOLERANCE]

Reads every page's word boxes with `pdftotext -bbox` (poppler-utils) and prints each pair of words
on a page whose boxes overlap by more than TOLERANCE points (default 0.5) both across and down.
Exits 1 when there is any.
"""
import html
import re
import subprocess
import sys

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pages(path):
    out = subprocess.run(["pdftotext", "-bbox", path, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    for number, page in enumerate(out.split("<page ")[1:], start=1):
        yield number, [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in
                       WORD.findall(page)]


def overlaps(words, tolerance):
    found = []
    words = sorted(words, key=lambda w: w[1])
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if b[1] >= a[3] - tolerance:
                break  # sorted by top: nothing further down can overlap a
            across = min(a[2], b[2]) - max(a[0], b[0])
            down = min(a[3], b[3]) - max(a[1], b[1])
            if across > tolerance and down > tolerance:
                found.append((a, b))
    return found


def main():
    path = sys.argv[1]
    tolerance = float(sys.argv[2]) if len(sys.argv) > 2 else 0.5
    count = 0
    total = 0
    for number, words in pages(path):
        total += len(words)
        for a, b in overlaps(words, tolerance):
            count += 1
            print(f"page {number}: '{a[4]}' ({a[0]:.1f},{a[1]:.1f}-{a[2]:.1f},{a[3]:.1f}) overlaps "
                  f"'{b[4]}' ({b[0]:.1f},{b[1]:.1f}-{b[2]:.1f},{b[3]:.1f})")
    print(f"{total} words read, {count} overlapping pairs")
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main())
