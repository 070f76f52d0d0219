#!/usr/bin/env python3
"""compare_html_check.py FILE — structural check of a storyloom HTML page
(stdlib html.parser): every non-void element is closed in order, ids are
unique, nothing is loaded from outside (no src, no <link>, <script>,
<iframe>, <object>, <embed>, no url( or @import in CSS).  Exit 1 with the
problems listed."""
import sys
from html.parser import HTMLParser

VOID = {"meta", "br", "hr", "img", "input", "link", "source", "wbr", "col", "area", "base",
        "circle", "line", "rect", "path"}  # SVG shapes are written self-closed
FORBIDDEN = {"script", "link", "iframe", "object", "embed", "img", "audio", "video", "base"}


class Check(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errs, self.ids, self.css = [], [], set(), ""

    def handle_starttag(self, tag, attrs):
        self.start(tag, attrs, closed=False)

    def handle_startendtag(self, tag, attrs):
        self.start(tag, attrs, closed=True)

    def start(self, tag, attrs, closed):
        if tag in FORBIDDEN:
            self.errs.append(f"forbidden element <{tag}>")
        for k, v in attrs:
            if k == "src" or (k == "href" and v and not v.startswith(("#", "http://", "https://"))):
                self.errs.append(f"<{tag} {k}={v!r}>")
            if k == "href" and tag != "a":
                self.errs.append(f"href on <{tag}>")
            if k == "id":
                if v in self.ids:
                    self.errs.append(f"duplicate id {v}")
                self.ids.add(v)
            if k == "style" and v and ("url(" in v or "@import" in v):
                self.errs.append(f"external style {v!r}")
        if not closed and tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID and (not self.stack or self.stack[-1] != tag):
            return
        if not self.stack or self.stack[-1] != tag:
            self.errs.append(f"</{tag}> closes <{self.stack[-1] if self.stack else '-'}>")
            return
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "style":
            self.css += data


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    c = Check()
    c.feed(text)
    c.close()
    if c.stack:
        c.errs.append("unclosed: " + " ".join(c.stack))
    if "url(" in c.css or "@import" in c.css or "@font-face" in c.css:
        c.errs.append("CSS loads something")
    if not text.startswith("<!DOCTYPE html>"):
        c.errs.append("no doctype")
    for e in c.errs[:30]:
        print("FAIL:", e)
    print(f"compare_html_check: {len(c.errs)} problems")
    return 1 if c.errs else 0


if __name__ == "__main__":
    sys.exit(main())
