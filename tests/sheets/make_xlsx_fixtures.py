#!/usr/bin/python3
"""Writes the XLSX fixtures the spreadsheet tests import, with openpyxl
(Debian's python3-openpyxl): workbooks as a spreadsheet library writes them,
not as Setright would.

    make_xlsx_fixtures.py OUT_DIR

(openpyxl writes strings inline; Excel writes them once, in a shared-strings
part. rfp-en and rfp-ko are rewritten as Excel has them, a Japanese cell with
its phonetic run included.)

rfp-en.xlsx       a title merged over the header (row 2), a category merged
                  down three rows, dates as date cells, a weight by formula,
                  a percentage, an empty row, a hidden first sheet
rfp-ko.xlsx       Korean headers and cells (우선순위, 필수, 기한), dates as numbers
rfp-ru.xlsx       Cyrillic headers (Требование, Приоритет, Срок) on the first sheet
rows-5000.xlsx    5,000 requirements
bad-priority.xlsx a priority no one can read in C7
broken-string.xlsx a cell pointing at a shared string the workbook lacks
protected.xls     what Excel writes for a password-protected workbook: an OLE
                  compound file, not a ZIP
"""
import datetime
import html
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import numbers

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def save(book, name):
    book.save(os.path.join(out, name))


def rewrite(name, change):
    """Rewrites the workbook `name` part by part: change(filename, bytes) -> bytes or None (unchanged)."""
    path = os.path.join(out, name)
    with zipfile.ZipFile(path) as source:
        parts = [(item, source.read(item.filename)) for item in source.infolist()]
    extra = change(None, None) or []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item, data in parts:
            target.writestr(item, change(item.filename, data) or data)
        for filename, data in extra:
            target.writestr(filename, data)


def with_shared_strings(name, phonetic=None):
    """Moves every inline string into xl/sharedStrings.xml, as Excel keeps them.
    `phonetic` (text: reading) adds a phonetic run (<rPh>) to that string."""
    strings = []

    def to_shared(match):
        text = match.group(3)
        if text not in strings:
            strings.append(text)
        return f'<c {match.group(1)}t="s"{match.group(2)}><v>{strings.index(text)}</v></c>'

    def change(filename, data):
        if filename is None:
            return []
        if filename.startswith("xl/worksheets/"):
            return re.sub(r'<c ([^>]*?)t="inlineStr"([^>]*)><is><t[^>]*>(.*?)</t></is></c>', to_shared, data.decode()).encode()
        if filename == "xl/_rels/workbook.xml.rels":
            rel = ('<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                   'Target="sharedStrings.xml"/></Relationships>')
            return data.decode().replace("</Relationships>", rel).encode()
        if filename == "[Content_Types].xml":
            override = ('<Override PartName="/xl/sharedStrings.xml" '
                        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            return data.decode().replace("</Types>", override).encode()
        return None

    rewrite(name, change)
    items = []
    for text in strings:
        if phonetic and html.unescape(text) == phonetic[0]:
            items.append(f'<si><r><t>{text}</t></r><rPh sb="0" eb="2"><t>{escape(phonetic[1])}</t></rPh></si>')
        else:
            items.append(f'<si><t xml:space="preserve">{text}</t></si>')
    table = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
             + "".join(items) + "</sst>")
    rewrite(name, lambda filename, data: [("xl/sharedStrings.xml", table)] if filename is None else None)


# --- rfp-en.xlsx ---
book = Workbook()
hidden = book.active
hidden.title = "Lookups"
hidden["A1"] = "not this sheet"
hidden.sheet_state = "hidden"
sheet = book.create_sheet("RFP")
sheet["A1"] = "Security questionnaire, vendor RFP 2026"
sheet.merge_cells("A1:G1")
sheet.append(["Requirement", "Category", "Priority", "Weight", "Owner", "Due", "Share"])
sheet.append(["Single sign-on with our IdP", "Security", "Must", "=2+1", "Ana", datetime.date(2026, 12, 10), 0.25])
sheet.append(["Audit log export", None, "Should", 2, "Ana", datetime.date(2027, 1, 15), 0.5])
sheet.append(["Data stays in the EU", None, "Must", 1.5, None, None, None])
sheet.merge_cells("B3:B5")
sheet.append([])
sheet.append(["Two-factor sign-in\nfor every admin", "Access", "Nice to have", 1, None, datetime.datetime(2026, 12, 24), None])
for row in range(3, 8):
    sheet.cell(row=row, column=7).number_format = numbers.FORMAT_PERCENTAGE
book.active = 1
save(book, "rfp-en.xlsx")
with_shared_strings("rfp-en.xlsx")
# The weight's formula as Excel saves it: with the value it last computed.
rewrite("rfp-en.xlsx", lambda filename, data: [] if filename is None else
        data.replace(b"<f>2+1</f><v></v>", b"<f>2+1</f><v>3</v>") if filename == "xl/worksheets/sheet2.xml" else None)

# --- rfp-ko.xlsx: dates typed as serial numbers with a date format ---
book = Workbook()
sheet = book.active
sheet.title = "요구사항"
sheet.append(["요구 사항", "분류", "우선순위", "가중치", "기한", "메모"])
sheet.append(["한국어 화면 지원", "현지화", "필수", 3, 46366, "「㈜ 서울」 요청"])
sheet.append(["감사 로그 내보내기", "보안", "권장", 2, 46401, None])
sheet.append(["東京本社の承認", "承認", "필수", 1, None, None])
sheet["E2"].number_format = "yyyy\"년\" m\"월\" d\"일\""
sheet["E3"].number_format = "[$-ko-KR]yyyy-mm-dd"
save(book, "rfp-ko.xlsx")
with_shared_strings("rfp-ko.xlsx", phonetic=("東京本社の承認", "トウキョウホンシャ"))

# --- rfp-ru.xlsx ---
book = Workbook()
sheet = book.active
sheet.title = "Требования"
sheet.append(["Требование", "Приоритет", "Вес", "Срок"])
sheet.append(["Единый вход (SSO)", "Обязательно", 2, datetime.date(2026, 12, 17)])
sheet.append(["Журнал аудита", "Желательно", 1, None])
save(book, "rfp-ru.xlsx")

# --- rows-5000.xlsx ---
book = Workbook(write_only=True)
sheet = book.create_sheet("Requirements")
sheet.append(["Requirement", "Category", "Priority", "Weight"])
for i in range(1, 5001):
    sheet.append([f"Requirement number {i}", f"Area {i % 17}", ("Must", "Should", "Nice to have")[i % 3], 1 + i % 5])
save(book, "rows-5000.xlsx")

# --- bad-priority.xlsx: C7 holds a priority no one can read ---
book = Workbook()
sheet = book.active
sheet.append(["Requirement", "Category", "Priority"])
for i in range(2, 7):
    sheet.append([f"Requirement {i}", "Area", "Must"])
sheet.append(["Requirement 7", "Area", "Maybe later"])
save(book, "bad-priority.xlsx")

# --- broken-string.xlsx: B2 points past the shared strings ---
book = Workbook()
sheet = book.active
sheet.append(["Requirement", "Priority"])
sheet.append(["Single sign-on", "Must"])
save(book, "broken-string.xlsx")
with_shared_strings("broken-string.xlsx")
rewrite("broken-string.xlsx", lambda filename, data: [] if filename is None else
        re.sub(r'(<c r="B2"[^>]*><v>)\d+', r"\g<1>999", data.decode()).encode() if filename == "xl/worksheets/sheet1.xml" else None)

# --- protected.xls: an OLE compound file's signature and header ---
with open(os.path.join(out, "protected.xls"), "wb") as f:
    f.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
