#!/usr/bin/env python3
"""Prints the logical structure of a tagged PDF as indented text, for tests to compare.

Usage: pdf_structure.py FILE.pdf [FILE.pdf...]

One line per structure element: its type, its page (@n, for elements holding marked content),
its attributes and alternative or actual text in brackets, and the text of its own marked content
in quotes (decoded through the fonts' ToUnicode maps). Link annotations under an element print as
"OBJR Link -> destination (Contents)". After the tree, the artifacts of each page with their text,
then "unmarked" for any text outside marked content, and the checks of the parent tree (every
MCID leads back to the element that holds it, every annotation to its Link element). Uses pikepdf
(Debian: python3-pikepdf).
"""
import re
import sys

import pikepdf


def name(obj):
    return str(obj)[1:] if isinstance(obj, pikepdf.Name) else str(obj)


def text_of(obj):
    return str(obj)


def parse_cmap(stream):
    """The bfchar and bfrange entries of a ToUnicode CMap: code -> text."""
    data = stream.read_bytes().decode("latin-1")
    mapping = {}

    def utf16(hexdigits):
        return bytes.fromhex(hexdigits).decode("utf-16-be")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(code, 16)] = utf16(target)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(target, 16)
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                mapping[code] = chr(start + offset)
    return mapping


class PageText:
    """The text of each MCID of a page, of its artifacts, and of unmarked content."""

    def __init__(self, page):
        self.by_mcid = {}
        self.artifacts = []
        self.unmarked = ""
        self.new_object = True
        fonts = page.Resources.get("/Font", {}) if "/Resources" in page else {}
        cmaps = {}
        for key in fonts.keys():
            font = fonts[key]
            cmaps[key] = parse_cmap(font.ToUnicode) if "/ToUnicode" in font else {}
        stack = []  # per open marked-content sequence: ("mcid", n) / ("artifact", kind) / None
        cmap = {}
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "BDC":
                props = operands[1]
                if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    stack.append(("mcid", int(props.MCID)))
                    self.by_mcid.setdefault(int(props.MCID), "")
                elif name(operands[0]) == "Artifact":
                    kind = name(props.get("/Type", "")) if isinstance(props, pikepdf.Dictionary) else ""
                    sub = name(props.get("/Subtype", "")) if isinstance(props, pikepdf.Dictionary) else ""
                    stack.append(("artifact", kind + ("/" + sub if sub else "")))
                    self.artifacts.append([stack[-1][1], ""])
                else:
                    stack.append(None)
            elif op == "BMC":
                if name(operands[0]) == "Artifact":
                    stack.append(("artifact", ""))
                    self.artifacts.append(["", ""])
                else:
                    stack.append(None)
            elif op == "EMC":
                if stack:
                    stack.pop()
            elif op == "BT":
                self.new_object = True
            elif op == "Tf":
                cmap = cmaps.get("/" + name(operands[0]), {})
            elif op in ("Tj", "TJ", "'", '"'):
                strings = operands[0] if op == "TJ" else [operands[-1]]
                text = ""
                for item in strings:
                    if isinstance(item, pikepdf.String):
                        raw = bytes(item)
                        for i in range(0, len(raw) - 1, 2):
                            code = raw[i] << 8 | raw[i + 1]
                            text += cmap.get(code, "\ufffd")
                self.add(stack, text)

    def add(self, stack, text):
        """Text shown in separate text objects (lines, cells) is joined with a space."""
        owner = next((entry for entry in reversed(stack) if entry), None)
        if owner is None:
            self.unmarked = join(self.unmarked, text, self.new_object)
        elif owner[0] == "mcid":
            self.by_mcid[owner[1]] = join(self.by_mcid[owner[1]], text, self.new_object)
        else:
            self.artifacts[-1][1] = join(self.artifacts[-1][1], text, self.new_object)
        self.new_object = False


def join(before, text, separate):
    if separate and before and not before[-1].isspace() and text and not text[0].isspace():
        return before + " " + text
    return before + text


def attributes(element):
    shown = []
    for key in ("/Alt", "/ActualText", "/Lang", "/ID", "/T"):
        if key in element:
            shown.append("%s=%r" % (key[1:], text_of(element[key])))
    owners = element.get("/A")
    if owners is not None:
        owners = owners if isinstance(owners, pikepdf.Array) else [owners]
        for owner in owners:
            for key in sorted(owner.keys()):
                if key == "/O":
                    continue
                value = owner[key]
                if key == "/BBox":
                    value = "[" + " ".join(str(round(float(v))) for v in value) + "]"
                elif key == "/Headers":
                    value = "[" + " ".join(text_of(v) for v in value) + "]"
                else:
                    value = name(value)
                shown.append("%s:%s=%s" % (name(owner.O), key[1:], value))
    return " [" + ", ".join(shown) + "]" if shown else ""


def main(path):
    pdf = pikepdf.open(path)
    pages = {page.objgen: number for number, page in enumerate(pdf.pages, 1)}
    texts = {page.objgen: PageText(page) for page in pdf.pages}
    root = pdf.Root.StructTreeRoot
    problems = []

    parent_tree = {}

    def walk_numbers(node):
        if "/Nums" in node:
            nums = node.Nums
            for i in range(0, len(nums), 2):
                parent_tree[int(nums[i])] = nums[i + 1]
        for kid in node.get("/Kids", []):
            walk_numbers(kid)

    walk_numbers(root.ParentTree)
    lines = []

    def walk(element, depth, parent):
        if element.get("/P") is None or element.P.objgen != parent.objgen:
            problems.append("element %s does not name its parent" % name(element.S))
        page = element.get("/Pg")
        text = ""
        objrs = []
        kids = element.get("/K")
        kids = [] if kids is None else (kids if isinstance(kids, pikepdf.Array) else [kids])
        children = []
        for kid in kids:
            if isinstance(kid, int):
                content_page = page
                mcid = int(kid)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                content_page = kid.Pg
                mcid = int(kid.MCID)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                annotation = kid.Obj
                objrs.append(annotation)
                key = int(annotation.StructParent)
                if parent_tree.get(key) is None or parent_tree[key].objgen != element.objgen:
                    problems.append("annotation StructParent %d does not lead to its Link element" % key)
                continue
            else:
                children.append(kid)
                continue
            page_text = texts[content_page.objgen]
            text = join(text, page_text.by_mcid.get(mcid, ""), True)
            array = parent_tree.get(int(pdf.get_object(content_page.objgen).StructParents))
            if array is None or mcid >= len(array) or array[mcid].objgen != element.objgen:
                problems.append("MCID %d on page %d does not lead back to its %s"
                                % (mcid, pages[content_page.objgen], name(element.S)))
        line = "  " * depth + name(element.S)
        if page is not None and (text or objrs):
            line += " @%d" % pages[page.objgen]
        line += attributes(element)
        if text:
            line += " " + repr(text)
        lines.append(line)
        for annotation in objrs:
            target = annotation.get("/Dest")
            if target is None and "/A" in annotation:
                target = annotation.A.get("/URI", annotation.A.get("/D"))
            lines.append("  " * (depth + 1) + "OBJR %s -> %s (%s)" % (
                name(annotation.Subtype), text_of(target), text_of(annotation.get("/Contents", ""))))
        for child in children:
            walk(child, depth + 1, element)

    top = root.get("/K")
    top = [] if top is None else (top if isinstance(top, pikepdf.Array) else [top])
    for element in top:
        walk(element, 0, root)
    for number, page in enumerate(pdf.pages, 1):
        for kind, text in texts[page.objgen].artifacts:
            if text:
                lines.append("artifact @%d %s %r" % (number, kind, text))
        if texts[page.objgen].unmarked:
            lines.append("unmarked @%d %r" % (number, texts[page.objgen].unmarked))
    lines.extend("problem: " + problem for problem in problems)
    print("\n".join(lines))


if __name__ == "__main__":
    if len(sys.argv) == 2:
        main(sys.argv[1])
    else:  # several files, each under a "== FILE" line
        for path in sys.argv[1:]:
            print("== " + path)
            main(path)
