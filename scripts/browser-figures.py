#!/usr/bin/env python3
"""Compares the figures Chromium rendered with what the command line's JSON gives for the same file.

    python3 scripts/browser-figures.py dashboard.html funds.json grant.html grant.json

dashboard.html and grant.html are DOMs from browser-page.py (bokmål); funds.json is `mon fund status
--format json`, grant.json is `mon grant show ID --format json`. Each figure is written as the page writes
an amount (`10 770 000 kr`, `1 250 000,50 kr`) and looked for where the page shows it: a fund's available
money in its row, under `disponibelt`; a grant's applied, approved and paid amounts beside their labels.
Prints what it found; exits 1 naming each figure that is missing or different.
"""
import json
import sys
from decimal import Decimal
from html.parser import HTMLParser

# The bokmål labels of the page (the catalogue's words), beside the JSON key each shows.
FUND_NAME, FUND_AVAILABLE = "fond", "disponibelt"
GRANT_LABELS = {"amount_applied": "søkt beløp", "amount_approved": "innvilget beløp", "paid": "utbetalt"}


def kroner(amount):
    """An amount as the pages write it: `1 250 000 kr`, `1 250 000,50 kr`, `-500 kr`."""
    ore = int(Decimal(str(amount)) * 100)
    whole, rest = divmod(abs(ore), 100)
    text = f"{whole:,}".replace(",", " ") + (f",{rest:02d}" if rest else "")
    return ("-" if ore < 0 else "") + text + " kr"


class Cells(HTMLParser):
    """A page's tables as rows of cell texts, and its definition list as label → value."""

    def __init__(self, html):
        super().__init__()
        self.tables, self.terms, self.language = [], {}, None
        self._text, self._cell, self._term = None, None, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.language = dict(attrs).get("lang")
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th", "dt", "dd"):
            self._text = []

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag not in ("td", "th", "dt", "dd") or self._text is None:
            return
        text = " ".join("".join(self._text).split())
        self._text = None
        if tag in ("td", "th") and self.tables and self.tables[-1]:
            self.tables[-1][-1].append(text)
        elif tag == "dt":
            self._term = text
        elif tag == "dd" and self._term is not None:
            self.terms[self._term] = text
            self._term = None


def fund_failures(page, funds):
    """Each fund's available money, in the funds table's row for it, under `disponibelt`."""
    table = next((t for t in page.tables if t and FUND_AVAILABLE in t[0] and FUND_NAME in t[0]), None)
    if table is None:
        return [f"the dashboard has no table headed '{FUND_NAME}' … '{FUND_AVAILABLE}'"]
    name, available = table[0].index(FUND_NAME), table[0].index(FUND_AVAILABLE)
    rows = {row[name]: row for row in table[1:] if len(row) > max(name, available)}
    failures = []
    for fund in funds:
        expected = kroner(fund["available"])
        row = rows.get(fund["fund"])
        shown = row[available] if row else None
        print(f"dashboard: {fund['fund']}: {FUND_AVAILABLE} {shown!r}, mon fund status {expected!r}")
        if row is None:
            failures.append(f"the dashboard has no row for {fund['fund']}")
        elif shown != expected:
            failures.append(f"the dashboard shows {shown!r} available in {fund['fund']}, the CLI {expected!r}")
    return failures


def grant_failures(page, grant):
    """The grant's applied, approved and paid amounts beside their labels (a missing amount shows empty)."""
    failures = []
    for key, label in GRANT_LABELS.items():
        expected = "" if grant[key] is None else kroner(grant[key])
        shown = page.terms.get(label)
        print(f"grant {grant['id']}: {label} {shown!r}, mon grant show {expected!r}")
        if shown != expected:
            failures.append(f"grant {grant['id']}'s page shows {shown!r} as {label}, the CLI {expected!r}")
    return failures


def main(dashboard, funds, grant_page, grant):
    def read(path):
        with open(path, encoding="utf-8") as file:
            return file.read()
    pages = Cells(read(dashboard)), Cells(read(grant_page))
    failures = [f"a page is in {page.language!r}, not bokmål" for page in pages if page.language != "nb"]
    failures += fund_failures(pages[0], json.loads(read(funds)))
    failures += grant_failures(pages[1], json.loads(read(grant)))
    for failure in failures:
        print(f"browser-check: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit("usage: browser-figures.py DASHBOARD.html FUNDS.json GRANT.html GRANT.json")
    sys.exit(main(*sys.argv[1:]))
