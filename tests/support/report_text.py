#!/usr/bin/env python3
"""Checks that a report's web page and its PDF say the same.

Usage: report_text.py REPORT.html REPORT.pdf

1. Every unit of the web page (title, heading, paragraph, list item, caption, header or data cell)
   is in the PDF: its words in the same order (page furniture, such as a page number or a header
   row repeated on the next page, may come between them when a cell runs over a page).
2. Every word of the PDF is in the web page (in its text or its charts), apart from page
   furniture: "Page X of Y", "(continued)" and page numbers.

Words are compared as pdftotext (poppler-utils) reads them, split after hyphens, so a line broken
after a hyphen in the PDF reads as in the page. Prints what is missing from either side and exits
1 when anything is.
"""
import bisect
import collections
import html.parser
import re
import subprocess
import sys

UNITS = {"h1", "h2", "h3", "p", "li", "caption", "th", "td", "dt", "dd"}
# Page furniture, and list markers (a web page's bullets are drawn by the browser, not written).
FURNITURE = re.compile(r"^(\d+|\d+\.|•|Page|of|\(continued\)|continued\))$")


def words(text):
    out = []
    for token in text.split():
        out.extend(piece for piece in re.findall(r"[^-]*-|[^-]+", token) if piece)
    return out


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units = []
        self.stack = []
        self.svg = 0
        self.style = 0
        self.title = 0
        self.chart_words = []

    def handle_starttag(self, tag, attrs):
        if tag == "svg":
            self.svg += 1
        elif tag == "style":
            self.style += 1
        elif tag == "title" and not self.svg:
            self.title += 1
        elif tag == "br" and self.stack and self.stack[-1] is not None:
            self.stack[-1].append(" ")
        elif tag in UNITS and not self.svg:
            # A caption hidden from sight (a table named by the heading above it) is not drawn on
            # paper either; it is the table's name for assistive technology.
            hidden = "visually-hidden" in (dict(attrs).get("class") or "").split()
            self.stack.append(None if hidden else [])

    def handle_endtag(self, tag):
        if tag == "svg":
            self.svg -= 1
        elif tag == "style":
            self.style -= 1
        elif tag == "title" and not self.svg:
            self.title -= 1
        elif tag in UNITS and not self.svg and self.stack:
            parts = self.stack.pop()
            text = "".join(parts).strip() if parts is not None else ""
            if text:
                self.units.append((tag, text))

    def handle_data(self, data):
        if self.style:
            return
        if self.svg or self.title:
            # Chart words and the document's title (the PDF's running header) may be in the PDF.
            self.chart_words.extend(words(data))
        elif self.stack and self.stack[-1] is not None:
            self.stack[-1].append(data)


def pdf_words(path):
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", path, "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    return words(text)


def contains_in_order(haystack, positions, needle, cursor=0):
    """Where needle's words are in haystack in order, each within 400 words of the one before
    (looking after `cursor` first, as the page and the PDF run in the same order), or -1."""
    if not needle:
        return cursor
    starts = positions.get(needle[0], [])
    first = bisect.bisect_left(starts, cursor)
    for start in starts[first:] + starts[:first]:
        at = start
        ok = True
        for word in needle[1:]:
            found = -1
            for j in range(at + 1, min(len(haystack), at + 400)):
                if haystack[j] == word:
                    found = j
                    break
                # A word longer than its column is the one thing broken inside: rejoin it.
                if word.startswith(haystack[j]) and haystack[j]:
                    joined, k = haystack[j], j
                    while len(joined) < len(word) and k + 1 < len(haystack):
                        k += 1
                        joined += haystack[k]
                    if joined == word:
                        found = k
                        break
            if found < 0:
                ok = False
                break
            at = found
        if ok:
            return start
    return -1


def main():
    html_path, pdf_path = sys.argv[1], sys.argv[2]
    page = Page()
    with open(html_path, encoding="utf-8") as f:
        page.feed(f.read())
    pdf = pdf_words(pdf_path)
    positions = collections.defaultdict(list)
    for i, word in enumerate(pdf):
        positions[word].append(i)
    missing = []
    cursor = 0
    for tag, text in page.units:
        at = contains_in_order(pdf, positions, words(text), cursor)
        if at < 0:
            missing.append(f"<{tag}> {text[:160]}")
        else:
            cursor = at
    vocabulary = set(page.chart_words)
    for _, text in page.units:
        vocabulary.update(words(text))
    extra = sorted({w for w in pdf if w not in vocabulary and not FURNITURE.match(w)})
    for line in missing:
        print("only in the web page:", line)
    for word in extra:
        print("only in the PDF:", word)
    print(f"{len(page.units)} units of the page checked against {len(pdf)} words of the PDF")
    return 1 if missing or extra else 0


if __name__ == "__main__":
    sys.exit(main())
