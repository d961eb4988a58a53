#!/usr/bin/env python3
"""Adds a message: its key to crates/core/src/l10n/msg.rs, its English words to en.rs, and to every other language a
stand-in (its English words, until translated; the test `no_translation_is_left_in_english` lists what is left).

    scripts/l10n-add.py AREA NAME 'English words' [--one 'the singular of a counted message'] [--doc 'what goes where']

AREA is the start of one of the `// Area: …` lines (e.g. "wallet"): the message goes at the end of that area, so
messages added for different areas at the same time never touch the same lines. Safe to run concurrently (a lock).
"""
import argparse
import fcntl
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "crates/core/src/l10n"
OTHERS = ["es", "pt_br", "id", "vi", "ja", "ar"]


def rust_str(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def insert(path, area, line):
    text = path.read_text()
    marks = [m for m in re.finditer(r"^    // Area: (.*)\.$", text, re.M)]
    index = next((i for i, m in enumerate(marks) if m.group(1).startswith(area)), None)
    if index is None:
        sys.exit(f"{path.name}: no area starting with {area!r}")
    # The end of the area: the next area's mark, else the end of the match or enum.
    end = marks[index + 1].start() if index + 1 < len(marks) else text.rindex("\n    }\n}" if path.name != "msg.rs" else "\n}")
    if index + 1 < len(marks):
        end -= 2  # before the blank line that precedes the next mark
    text = text[:end] + "\n" + line + text[end:]
    path.write_text(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("area")
    parser.add_argument("name")
    parser.add_argument("words")
    parser.add_argument("--one")
    parser.add_argument("--doc")
    a = parser.parse_args()
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", a.name):
        sys.exit("NAME is a Rust variant name in CamelCase")
    with open(ROOT / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if re.search(rf"^\s+{a.name},$", (ROOT / "msg.rs").read_text(), re.M):
            sys.exit(f"{a.name} exists already")
        doc = f"    /// {a.doc}\n" if a.doc else ""
        insert(ROOT / "msg.rs", a.area, f"{doc}    {a.name},")
        english = f"one_other({rust_str(a.one)}, {rust_str(a.words)})" if a.one else f"t({rust_str(a.words)})"
        insert(ROOT / "en.rs", a.area, f"        {a.name} => {english},")
        for lang in OTHERS:
            insert(ROOT / f"{lang}.rs", a.area, f"        {a.name} => super::en::words({a.name}),")


main()
