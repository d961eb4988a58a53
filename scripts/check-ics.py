#!/usr/bin/env python3
"""Validate an .ics file the calculator wrote ("Add to calendar").

Usage: scripts/check-ics.py FILE.ics   (needs `pip install icalendar`)

Checks the raw text first (every line ends with CRLF, no bare LF or CR, no line longer than 75 octets), then parses
it with the `icalendar` package and prints each event's SUMMARY, DTSTART, UID and alarm trigger. Exits non-zero on
any problem.
"""

import sys

try:
    import icalendar
except ImportError:
    sys.exit("check-ics: the icalendar package is missing: pip install icalendar")


def raw_problems(data: bytes) -> list[str]:
    problems = []
    if not data.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        if b"\n" in line:
            problems.append(f"line {number}: a bare LF")
        if b"\r" in line:
            problems.append(f"line {number}: a bare CR")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: not UTF-8 on its own (a character split by the fold?)")
    return problems


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = sys.argv[1]
    with open(path, "rb") as file:
        data = file.read()
    problems = raw_problems(data)
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as error:  # icalendar raises ValueError and others
        problems.append(f"parse error: {error}")
        cal = None
    if cal is not None:
        for name in ("VERSION", "PRODID", "CALSCALE", "METHOD"):
            if cal.get(name) is None:
                problems.append(f"the calendar has no {name}")
        events = list(cal.walk("VEVENT"))
        if not events:
            problems.append("no events")
        for event in events:
            start = event.decoded("DTSTART")
            end = event.decoded("DTEND")
            alarms = [str(a.get("TRIGGER").to_ical().decode()) for a in event.walk("VALARM")]
            print(f"SUMMARY: {event.get('SUMMARY')}")
            print(f"  DTSTART: {start}  (DTEND {end})")
            print(f"  UID: {event.get('UID')}")
            print(f"  alarm: {', '.join(alarms) or 'none'}")
            for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
                if event.get(name) is None:
                    problems.append(f"an event has no {name}")
    for problem in problems:
        print(f"check-ics: {path}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
