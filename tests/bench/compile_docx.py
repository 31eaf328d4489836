"""The compiled document written with python-docx, for the bench's comparison.

Reads a compilation (the bench's JSON: the same content the app writes) and writes the same
document in-process: title page, the table of who reported, focus areas as Heading 1,
organisations as Heading 2, questions as Heading 3, answers as paragraphs with line breaks
and bullet lists, other information and the appendix. Prints the milliseconds spent building
and saving, measured here so the interpreter's start and the JSON reading are left out.

Usage: python3 compile_docx.py <compilation.json> <out.docx>
"""

import json
import re
import sys
import time

from docx import Document

AREAS = {
    1: "Stimulera tillväxt och företagsamhet",
    2: "Förbättra service, tillgänglighet och myndighetsutövning",
    3: "Attraktivare miljöer och en bättre framkomlighet",
    4: "Öka tillgången till arbetskraft med relevant kompetens",
}
BULLET = re.compile(r"^\s*(?:-|•|–)\s+")
PLACEHOLDER = "klicka här för att ange text"


def is_empty(text):
    return text.strip() == "" or " ".join(text.split()).rstrip(".").lower() == PLACEHOLDER


def add_text(document, text):
    for chunk in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        lines = []

        def flush():
            if lines:
                paragraph = document.add_paragraph()
                for index, line in enumerate(lines):
                    run = paragraph.add_run(line)
                    if index < len(lines) - 1:
                        run.add_break()
                lines.clear()

        for line in chunk.split("\n"):
            if BULLET.match(line):
                flush()
                document.add_paragraph(BULLET.sub("", line), style="List Bullet")
            elif line.strip() or lines:
                lines.append(line)
        flush()


def questions_under(report, number):
    return [q for area in report["focusAreas"] if area["number"] == number for q in area["questions"]]


def build(compilation, output):
    document = Document()
    organisations = compilation["organisations"]
    sent = sum(1 for organisation in organisations if organisation.get("report"))
    document.add_heading("UPPFÖLJNINGSRAPPORT NÄRINGSLIV", level=0)
    document.add_paragraph("Sammanställning")
    document.add_paragraph(compilation["periodName"])
    document.add_paragraph("Sammanställd " + compilation["createdAt"])
    document.add_paragraph(f"{sent} av {len(organisations)} organisationer har skickat in sin rapport.")
    document.add_page_break()

    document.add_heading("Vem har rapporterat", level=1)
    table = document.add_table(rows=1, cols=6)
    for cell, title in zip(table.rows[0].cells, ["Organisation", "1", "2", "3", "4", "Inskickad"]):
        cell.text = title
    for organisation in organisations:
        report = organisation.get("report")
        cells = table.add_row().cells
        cells[0].text = organisation["name"]
        for number in range(1, 5):
            cells[number].text = "X" if report and questions_under(report, number) else ""
        cells[5].text = report["source"]["time"][:10] if report else "Har inte skickat"

    for number in range(1, 5):
        reporting = [o for o in organisations if o.get("report") and questions_under(o["report"], number)]
        if not reporting:
            continue
        document.add_heading(f"{number}. {AREAS[number]}", level=1)
        for organisation in reporting:
            document.add_heading(organisation["name"], level=2)
            for index, question in enumerate(questions_under(organisation["report"], number)):
                document.add_heading(f"{number}.{index + 1} {question['text']}", level=3)
                if is_empty(question["answer"]):
                    document.add_paragraph("Svar saknas.")
                else:
                    add_text(document, question["answer"])

    document.add_heading("Övriga upplysningar", level=1)
    for organisation in organisations:
        report = organisation.get("report")
        if report and not is_empty(report["otherInformation"]):
            document.add_heading(organisation["name"], level=2)
            add_text(document, report["otherInformation"])

    document.add_heading("Bilaga: att följa upp", level=1)
    for organisation in organisations:
        report = organisation.get("report")
        if report and report["findings"]:
            document.add_heading(organisation["name"], level=2)
            contact = report["contact"]
            document.add_paragraph("Kontaktperson: " + ", ".join(v for v in contact.values() if v))
            for finding in report["findings"]:
                document.add_paragraph(finding["message"], style="List Bullet")
    document.save(output)


def main():
    with open(sys.argv[1], encoding="utf-8") as source:
        compilation = json.load(source)
    start = time.perf_counter()
    build(compilation, sys.argv[2])
    print(f"{(time.perf_counter() - start) * 1000:.1f}")


if __name__ == "__main__":
    main()
