#!/usr/bin/env python3
"""Writes the import fixtures (crates/core/tests/fixtures/import/) in TikTok Ads Manager's real formats.

Run from the repository root: `pip install openpyxl && python3 scripts/make-import-fixtures.py`. The outputs are
committed; the tests read them. TikTok's own figures are computed here as TikTok rounds them (half up to 2
decimals, CTR in percent in CSV and as a fraction in XLSX, zero-decimal currencies truncated to whole units).
"""
import io
import re
import zipfile
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "crates/core/tests/fixtures/import"
OUT.mkdir(parents=True, exist_ok=True)


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def ratio(num, den, whole=False):
    if den == 0:
        return Decimal(0)
    v = r2(Decimal(num) / Decimal(den))
    return v.quantize(Decimal(1), rounding=ROUND_DOWN) if whole else v


def figures(cost, imp, clk, conv, whole=False):
    cost = Decimal(cost)
    return {
        "ctr": r2(Decimal(clk) * 100 / Decimal(imp)) if imp else Decimal(0),
        "cpc": ratio(cost, clk, whole),
        "cpm": ratio(cost * 1000, imp, whole),
        "cpa": ratio(cost, conv, whole),
    }


def text(d):
    return format(d, "f")


# (campaign, ad group, day, cost, net cost, impressions, clicks, conversions, purchase value)
ROWS = [
    ("Spring sale", "Broad", "2026-04-01", "120.50", "80.50", 40000, 410, 12, "900.00"),
    ("Spring sale", "Lookalike", "2026-04-18", "79.50", "79.50", 21000, 190, 6, "450.00"),
    ("Summer, early", "Broad", "2026-04-05", "33.33", "0", 5000, 7, 0, "0"),
]


def csv_cell(s):
    s = str(s)
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s


def english_csv():
    header = [
        "Campaign name", "Ad group name", "By Day", "Cost", "Net cost", "Impressions", "Clicks (destination)",
        "CTR (destination)", "CPC (destination)", "CPM", "Conversions", "Cost per conversion",
        "Purchase value (website)", "Currency", "Cost",
    ]
    lines = [header]
    tot = [Decimal(0), Decimal(0), 0, 0, 0, Decimal(0)]
    for c, g, day, cost, net, imp, clk, conv, value in ROWS:
        f = figures(cost, imp, clk, conv)
        # The repeated "Cost" at the end means something else (here: a made-up budget); position decides.
        lines.append([c, g, day, cost, net, imp, clk, text(f["ctr"]), text(f["cpc"]), text(f["cpm"]), conv,
                      text(f["cpa"]), value, "USD", "999"])
        tot = [tot[0] + Decimal(cost), tot[1] + Decimal(net), tot[2] + imp, tot[3] + clk, tot[4] + conv,
               tot[5] + Decimal(value)]
    f = figures(tot[0], tot[2], tot[3], tot[4])
    lines.append([f"Total of {len(ROWS)} results", "-", "-", text(tot[0]), text(tot[1]), tot[2], tot[3],
                  text(f["ctr"]), text(f["cpc"]), text(f["cpm"]), tot[4], text(f["cpa"]), text(tot[5]), "-", "-"])
    body = "\n".join(",".join(csv_cell(x) for x in line) for line in lines) + "\n"
    (OUT / "Tiktok Ads_Campaign report_Acme_20260401-20260418.csv").write_bytes("\ufeff".encode() + body.encode())


KOREAN_ROWS = [("봄 세일", "2026-04-01", 150000, 100000, 52000, 380, 9), ("봄 세일", "2026-04-02", 99999, 99999, 30001, 3, 1)]


def korean_csv():
    # A full-width parenthesis in one header, as some exports write it.
    header = ["캠페인 이름", "일별", "비용", "순 비용", "노출수", "클릭수（목적지）", "CTR(목적지)", "CPC(목적지)", "CPM",
              "전환수", "전환당 비용", "통화"]
    lines = [header]
    tot = [0, 0, 0, 0, 0]
    for c, day, cost, net, imp, clk, conv in KOREAN_ROWS:
        f = figures(cost, imp, clk, conv, whole=True)
        lines.append([c, day, cost, net, imp, clk, text(f["ctr"]), text(f["cpc"]), text(f["cpm"]), conv,
                      text(f["cpa"]), "KRW"])
        tot = [a + b for a, b in zip(tot, [cost, net, imp, clk, conv])]
    f = figures(tot[0], tot[2], tot[3], tot[4], whole=True)
    lines.append([f"총 {len(KOREAN_ROWS)}개 결과", "-", tot[0], tot[1], tot[2], tot[3], text(f["ctr"]), text(f["cpc"]),
                  text(f["cpm"]), tot[4], text(f["cpa"]), "-"])
    body = "\n".join(",".join(csv_cell(x) for x in line) for line in lines) + "\n"
    (OUT / "korean.csv").write_bytes("\ufeff".encode() + body.encode())


def pasted_tsv():
    # Copied from the Ads Manager table in 2023-24 wording: tab-separated, CRLF, a `-` and a masked `<5`.
    header = ["Campaign name", "Cost", "CPC (Destination)", "CPM", "Impression", "Clicks (Destination)",
              "CTR (Destination)", "Conversions", "CPA", "Currency"]
    rows = [("Always on", "50.00", 20000, 100, 4), ("Retargeting", "12.00", 3000, 30, "<5")]
    lines = ["\t".join(header)]
    for c, cost, imp, clk, conv in rows:
        n = 0 if conv == "<5" else conv
        f = figures(cost, imp, clk, n)
        cpa = "-" if conv == "<5" else text(f["cpa"])
        lines.append("\t".join(str(x) for x in [c, cost, text(f["cpc"]), text(f["cpm"]), imp, clk, text(f["ctr"]),
                                                conv, cpa, "EUR"]))
    (OUT / "paste.tsv").write_bytes(("\r\n".join(lines) + "\r\n").encode())


def xlsx():
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Campaign"
    ws.append(["Campaign ID", "Campaign name", "Cost", "Net cost", "Impressions", "Clicks (destination)",
               "CTR (destination)", "CPC (destination)", "CPM", "Conversions", "Cost per conversion", "Currency"])
    tot = [Decimal(0), Decimal(0), 0, 0, 0]
    for i, (c, _g, _day, cost, net, imp, clk, conv, _value) in enumerate(ROWS):
        f = figures(cost, imp, clk, conv)
        ws.append([str(1800000000000000 + i), c, float(cost), float(net), imp, clk, float(f["ctr"] / 100),
                   float(f["cpc"]), float(f["cpm"]), conv, float(f["cpa"]), "USD"])
        ws.cell(row=ws.max_row, column=7).number_format = "0.00%"
        tot = [tot[0] + Decimal(cost), tot[1] + Decimal(net), tot[2] + imp, tot[3] + clk, tot[4] + conv]
    f = figures(tot[0], tot[2], tot[3], tot[4])
    ws.append([f"Total of {len(ROWS)} results", "-", float(tot[0]), float(tot[1]), tot[2], tot[3],
               float(f["ctr"] / 100), float(f["cpc"]), float(f["cpm"]), tot[4], float(f["cpa"]), "-"])
    ws.cell(row=ws.max_row, column=7).number_format = "0.00%"
    buf = io.BytesIO()
    wb.save(buf)
    # TikTok's quirk: the sheet's dimension says A1 whatever the sheet holds.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    strings = []
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1"/>', data)
                assert b'<dimension ref="A1"/>' in data
                data = shared(data, strings)
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                                    b"</Types>")
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdStrings" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                                    b'Target="sharedStrings.xml"/></Relationships>')
            dst.writestr(item, data)
        items = "".join(f"<si><t>{s}</t></si>" for s in strings)
        dst.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                     f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')
    whole = out.getvalue()
    (OUT / "Campaign_Acme_20260401-20260418_GMT+0.xlsx").write_bytes(whole)
    # Cut short, as an interrupted download leaves it.
    (OUT / "truncated.xlsx").write_bytes(whole[: len(whole) // 2])


def shared(sheet, strings):
    """Turns openpyxl's inline strings into shared strings (as Excel and TikTok write them), except the IDs, which
    stay inline: both kinds are read."""

    def to_shared(m):
        attrs, value = m.group(1).decode(), m.group(2).decode()
        if value.isdigit():
            return m.group(0)
        if value not in strings:
            strings.append(value)
        return f'<c{attrs} t="s"><v>{strings.index(value)}</v></c>'.encode()

    return re.sub(rb'<c([^>]*?) t="inlineStr"><is><t>([^<]*)</t></is></c>', to_shared, sheet)


def others():
    (OUT / "renamed-pdf.csv").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")


english_csv()
korean_csv()
pasted_tsv()
xlsx()
others()
print("wrote", sorted(p.name for p in OUT.iterdir()))
