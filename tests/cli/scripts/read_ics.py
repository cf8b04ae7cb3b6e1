"""Reads an iCalendar file with python3-icalendar, an independent parser, and
prints what it understood as JSON: the calendar's properties and every event's."""
import json
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    cal = icalendar.Calendar.from_ical(f.read())
out = {"version": str(cal.get("VERSION")), "prodid": str(cal.get("PRODID")), "events": []}
for ev in cal.walk("VEVENT"):
    start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
    cats = ev.get("CATEGORIES")
    out["events"].append({
        "uid": str(ev.get("UID")),
        "summary": str(ev.get("SUMMARY")),
        "description": str(ev.get("DESCRIPTION", "")),
        "dtstart": start.isoformat(),
        "dtstart_is_date": type(start).__name__ == "date",
        "dtend": end.isoformat(),
        "dtstamp": ev.decoded("DTSTAMP").isoformat(),
        "url": str(ev.get("URL", "")),
        "categories": [str(c) for c in cats.cats] if cats is not None else [],
        "status": str(ev.get("STATUS", "")),
    })
print(json.dumps(out))
