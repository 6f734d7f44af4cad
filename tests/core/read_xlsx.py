#!/usr/bin/python3
"""Dumps an .xlsx workbook as JSON on standard output, for XlsxWorkbookTest.

An independent reader: openpyxl shares no code with libxlsxwriter, which
wrote the file, so the test sees what a spreadsheet program would.

    {"title": ..., "custom": {name: value},
     "sheets": [{"name", "freeze", "filter", "header_bold", "header_fill",
                 "widths": {letter: width},
                 "formats": [number format of each cell of row 2],
                 "rows": [[value, ...], ...]}]}

A number stays a JSON number and text a JSON string; a date (or datetime)
becomes {"date": "YYYY-MM-DD"}; an empty cell is null.

Exit status 3: openpyxl is missing (python3-openpyxl).
"""
import datetime
import json
import sys
import xml.etree.ElementTree as ElementTree
import zipfile

try:
    import openpyxl
except ImportError:
    print("openpyxl is not installed for " + sys.executable, file=sys.stderr)
    sys.exit(3)


def value_of(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return {"date": value.strftime("%Y-%m-%d")}
    return value


def custom_properties(path):
    # openpyxl 3.0 does not read docProps/custom.xml, so read it directly.
    properties = {}
    with zipfile.ZipFile(path) as archive:
        if "docProps/custom.xml" not in archive.namelist():
            return properties
        root = ElementTree.fromstring(archive.read("docProps/custom.xml"))
    for prop in root:
        name = prop.get("name")
        properties[name] = "".join(child.text or "" for child in prop)
    return properties


def main(path):
    workbook = openpyxl.load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        header = sheet.cell(row=1, column=1)
        fill = header.fill.fgColor.rgb if header.fill and header.fill.fill_type else None
        sheets.append({
            "name": sheet.title,
            "freeze": sheet.freeze_panes,
            "filter": sheet.auto_filter.ref,
            "header_bold": bool(header.font and header.font.b),
            "header_fill": fill if isinstance(fill, str) else None,
            "widths": {letter: dimension.width
                       for letter, dimension in sheet.column_dimensions.items()},
            "formats": [cell.number_format for cell in sheet[2]] if sheet.max_row >= 2 else [],
            "rows": [[value_of(value) for value in row]
                     for row in sheet.iter_rows(values_only=True)],
        })
    json.dump({"title": workbook.properties.title,
               "custom": custom_properties(path),
               "sheets": sheets},
              sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
