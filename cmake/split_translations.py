"""split_translations.py — the browser bundle's words, one language a file.

The translation tables (assets/i18n/*.tsv: key, en, ko, nb, ru) are split into
one table a language, "key<TAB><language>" and that language's cells. The
bundle links in English and the languages' names (names.tsv, in every
language: the Language menu names each in itself), both written to
LINKED_DIR, and fetches the others from i18n/ beside the page, FETCHED_DIR,
when the UI is in one of them (src/platform/web/translations_web.cpp).

Usage: split_translations.py LINKED_DIR FETCHED_DIR TABLE.tsv...
"""
import os
import sys

LANGUAGES = ["en", "ko", "nb", "ru"]
NAMES_KEY = "language.name"


def main(linked_dir, fetched_dir, tables):
    rows = []
    for table in sorted(tables):
        with open(table, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines[0].split("\t") != ["key"] + LANGUAGES:
            sys.exit(f"{table}:1: the header is not key, {', '.join(LANGUAGES)}")
        for number, line in enumerate(lines[1:], start=2):
            if not line:
                continue
            cells = line.split("\t")
            if len(cells) != 1 + len(LANGUAGES):
                sys.exit(f"{table}:{number}: {len(cells)} cells, not {1 + len(LANGUAGES)}")
            rows.append(cells)
    for column, language in enumerate(LANGUAGES, start=1):
        out_dir = linked_dir if language == "en" else fetched_dir
        os.makedirs(out_dir, exist_ok=True)
        write(os.path.join(out_dir, f"{language}.tsv"), ["key\t" + language] + [f"{row[0]}\t{row[column]}" for row in rows])
    names = [row for row in rows if row[0] == NAMES_KEY]
    write(os.path.join(linked_dir, "names.tsv"), ["\t".join(["key"] + LANGUAGES)] + ["\t".join(row) for row in names])


def write(path, lines):
    text = "\n".join(lines) + "\n"
    # Unchanged files keep their time stamps: nothing downstream is rebuilt.
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
