#!/usr/bin/python3
"""Prints an XLSX workbook as openpyxl (Debian's python3-openpyxl) reads it,
as JSON: {sheet name: [[{"f": formula or null, "v": saved value, "t": type}, ...], ...]}.
The tests that check Setright's workbooks read them through this one reader.

    read_xlsx.py WORKBOOK
"""
import json
import sys

import openpyxl

formulas = openpyxl.load_workbook(sys.argv[1])
values = openpyxl.load_workbook(sys.argv[1], data_only=True)
out = {}
for sheet in formulas.worksheets:
    out[sheet.title] = [
        [{"f": cell.value if cell.data_type == "f" else None, "v": saved.value, "t": cell.data_type} for cell, saved in zip(row, saved_row)]
        for row, saved_row in zip(sheet.iter_rows(), values[sheet.title].iter_rows())
    ]
print(json.dumps(out, default=str))
