#!/usr/bin/env python3
"""Generate the attendance-spreadsheet test corpus.

Usage:  python3 make-corpus.py            # (re)generate everything in this folder
        python3 make-corpus.py --verify   # round-trip the spreadsheets through LibreOffice and check them

Needs: Python 3 (standard library only), LibreOffice (`soffice` on PATH) for the
.fods -> .xlsx/.xls conversions, and the Python-UNO bridge (Debian: python3-uno,
usually /usr/bin/python3) for password.xlsx only.

All content is deterministic (fixed random seed); the bytes of LibreOffice-made
files differ between runs only in metadata such as creation timestamps.
"""

import codecs
import csv
import datetime as dt
import io
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SEED = os.path.join(REPO, "seeds", "demo")
SRC = os.path.join(HERE, "src")
EXP = os.path.join(HERE, "expected")
LO_PROFILE = "file:///tmp/lo-profile-corpus"

CLASS_NAME = "2021年新任村干部培训班第一期"
FIRST_DAY = dt.date(2021, 6, 7)
DAYS = [FIRST_DAY + dt.timedelta(days=i) for i in range(5)]
TITLES = [
    "开班式暨习近平新时代中国特色社会主义思想概论",
    "学习贯彻《中国共产党农村基层组织工作条例》",
    "村党组织书记如何抓好班子带好队伍",
    "“三会一课”与主题党日规范化建设",
    "乡村振兴战略与特色产业发展",
    "农村集体经济与“三资”管理",
    "铸牢中华民族共同体意识",
    "基层矛盾纠纷排查化解",
    "村级事务“四议两公开”工作法",
    "结业式暨学习研讨交流",
]


def course_times(course):
    """course 1..10 -> (date, start datetime, end datetime)"""
    day = DAYS[(course - 1) // 2]
    if course % 2 == 1:
        s, e = dt.time(9, 0), dt.time(11, 30)
    else:
        s, e = dt.time(15, 0), dt.time(17, 30)
    return day, dt.datetime.combine(day, s), dt.datetime.combine(day, e)


STATUS = {"出勤": "PRESENT", "迟到": "LATE", "早退": "LEFT_EARLY", "请假": "ON_LEAVE",
          "缺勤": "ABSENT", "√": "PRESENT", "✓": "PRESENT", "×": "ABSENT"}

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_char(id17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(id17, W)) % 11]


FW = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}
FW[ord("X")] = "Ｘ"


def fullwidth(s):
    return s.translate(FW)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M") if t else ""


# ---------------------------------------------------------------- seed / roster

def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


PEOPLE = read_tsv(os.path.join(SEED, "people.tsv"))
ORGS = {o["id"]: o for o in read_tsv(os.path.join(SEED, "organizations.tsv"))}
for p in PEOPLE:
    assert check_char(p["citizen_id"][:17]) == p["citizen_id"][17], p
CATEGORIZED = sorted((p for p in PEOPLE if p["categories"].strip()), key=lambda p: int(p["id"]))
ROSTER = CATEGORIZED[:40]
ROSTER_IDS = {p["id"] for p in ROSTER}
NOT_ENROLLED = CATEGORIZED[40]          # the 41st categorized person
BY_NAME = {}
for p in PEOPLE:
    BY_NAME.setdefault(p["name"], []).append(p)
ALL_IDS = {p["citizen_id"] for p in PEOPLE}


def org_name(p):
    return ORGS[p["organization"]]["name"]


def org_parent_name(p):
    o = ORGS[p["organization"]]
    return ORGS[o["parent"]]["name"] if o["parent"] else ""


# ---------------------------------------------------------------- FODS writer

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')

STYLES = """<office:automatic-styles>
<number:date-style style:name="N_DT"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:date-style>
<style:style style:name="ce_dt" style:family="table-cell" style:data-style-name="N_DT"/>
<style:style style:name="ce_head" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="ta_show" style:family="table"><style:table-properties table:display="true"/></style:style>
<style:style style:name="ta_hide" style:family="table"><style:table-properties table:display="false"/></style:style>
<style:style style:name="co_n" style:family="table-column"><style:table-column-properties style:column-width="1.5cm"/></style:style>
<style:style style:name="co_m" style:family="table-column"><style:table-column-properties style:column-width="2.5cm"/></style:style>
<style:style style:name="co_w" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>
<style:style style:name="co_x" style:family="table-column"><style:table-column-properties style:column-width="7cm"/></style:style>
</office:automatic-styles>"""


def c_str(v, rs=1, cs=1, style=None):
    a = ""
    if style:
        a += ' table:style-name="%s"' % style
    if rs > 1:
        a += ' table:number-rows-spanned="%d"' % rs
    if cs > 1:
        a += ' table:number-columns-spanned="%d"' % cs
    if v is None or v == "":
        if a:
            return "<table:table-cell%s/>" % a
        return "<table:table-cell/>"
    return ('<table:table-cell%s office:value-type="string" calcext:value-type="string"><text:p>%s</text:p>'
            '</table:table-cell>' % (a, escape(v)))


def c_num(v):
    return ('<table:table-cell office:value-type="float" office:value="%s" calcext:value-type="float">'
            '<text:p>%s</text:p></table:table-cell>' % (v, v))


def c_formula(f, v):
    return ('<table:table-cell table:formula="%s" office:value-type="float" office:value="%s" '
            'calcext:value-type="float"><text:p>%s</text:p></table:table-cell>' % (escape(f), v, v))


def c_date(t):
    if t is None:
        return "<table:table-cell/>"
    return ('<table:table-cell table:style-name="ce_dt" office:value-type="date" office:date-value="%s" '
            'calcext:value-type="date"><text:p>%s</text:p></table:table-cell>'
            % (t.strftime("%Y-%m-%dT%H:%M:%S"), t.strftime("%Y-%m-%d %H:%M:%S")))


def c_cov(n=1):
    return "<table:covered-table-cell/>" * n


def table(name, cols, rows, hidden=False):
    out = ['<table:table table:name="%s" table:style-name="%s">' % (escape(name), "ta_hide" if hidden else "ta_show")]
    for c in cols:
        out.append('<table:table-column table:style-name="%s"/>' % c)
    for r in rows:
        out.append("<table:table-row>" + "".join(r) + "</table:table-row>")
    out.append("</table:table>")
    return "\n".join(out)


def write_fods(path, tables):
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
           'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n%s\n'
           '<office:body><office:spreadsheet>\n%s\n</office:spreadsheet></office:body></office:document>\n'
           % (NS, STYLES, "\n".join(tables)))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


# ---------------------------------------------------------------- expected rows

EXP_HEADER = ["sheet", "row_number", "name", "citizen_id", "course", "sign_in", "sign_out",
              "status", "expected", "reason"]


def exp_row(sheet, row, name, cid, course, tin, tout, status, expected="accepted", reason=""):
    return [sheet, str(row), name, cid, str(course) if course else "", iso(tin), iso(tout),
            status, expected, reason]


def write_tsv(path, header, rows):
    """Plain TSV: no quoting at all (fields never contain tabs or line breaks)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        for r in [header] + list(rows):
            assert not any(("\t" in x or "\n" in x or "\r" in x) for x in r), r
            f.write("\t".join(r) + "\n")


# ---------------------------------------------------------------- 1. sign-in machine

MACHINE_HEADER = ["序号", "姓名", "身份证号", "单位", "课程名称", "签到时间", "签退时间", "状态"]
MACHINE_COLS = ["co_n", "co_m", "co_w", "co_x", "co_x", "co_w", "co_w", "co_n"]


def machine_times(rng, course, word):
    _, start, end = course_times(course)
    m = dt.timedelta(minutes=1)
    if word == "出勤":
        return start - rng.randint(3, 35) * m, end + rng.randint(0, 12) * m
    if word == "迟到":
        return start + rng.randint(3, 40) * m, end + rng.randint(0, 10) * m
    if word == "早退":
        return start - rng.randint(3, 30) * m, end - rng.randint(15, 70) * m
    return None, None


def machine_row(seq, name, cid_cell, unit, course, tin, tout, word):
    return [c_num(seq), c_str(name), cid_cell, c_str(unit), c_str(TITLES[course - 1] if course else ""),
            c_date(tin), c_date(tout), c_str(word)]


def make_signin_machine():
    rng = random.Random(20210607)
    words = []
    for _ in range(160):
        r = rng.random()
        words.append("出勤" if r < 0.85 else "迟到" if r < 0.90 else "早退" if r < 0.94
                     else "请假" if r < 0.97 else "缺勤")
    for i, w in zip((17, 58, 101, 139), ("迟到", "早退", "请假", "缺勤")):   # make sure each word occurs
        if w not in words:
            words[i] = w
    rows = [[c_str("2021年新任村干部培训班第一期签到表", cs=8, style="ce_head"), c_cov(7)],
            [c_str("导出时间：2021-06-11 18:00")],
            [c_str(h, style="ce_head") for h in MACHINE_HEADER]]
    exp = []
    k = 0
    for course in range(1, 5):
        for p in ROSTER:
            w = words[k]
            tin, tout = machine_times(rng, course, w)
            k += 1
            rows.append(machine_row(k, p["name"], c_str(p["citizen_id"]), org_name(p), course, tin, tout, w))
            exp.append(exp_row("签到记录", len(rows), p["name"], p["citizen_id"], course, tin, tout, STATUS[w]))
    write_fods(os.path.join(SRC, "signin-machine.fods"), [table("签到记录", MACHINE_COLS, rows)])
    counts = {w: words.count(w) for w in ("出勤", "迟到", "早退", "请假", "缺勤")}
    return exp, counts


# ---------------------------------------------------------------- 2. class head

CH_FULLWIDTH = {3: "all", 10: "all", 20: "prefix", 29: "all"}   # roster index -> how the ID is typed
CH_SPACE_INDEX = 6                                                # 王杰 -> 王　杰


def ch_header(title):
    return [
        [c_str(title, cs=8, style="ce_head"), c_cov(7)],
        [c_str("序号", rs=2, style="ce_head"), c_str("姓名", rs=2, style="ce_head"),
         c_str("身份证号码", rs=2, style="ce_head"), c_str("工作单位", rs=2, style="ce_head"),
         c_str("上午", cs=2, style="ce_head"), c_cov(), c_str("下午", cs=2, style="ce_head"), c_cov()],
        [c_cov(4), c_str("签到", style="ce_head"), c_str("状态", style="ce_head"),
         c_str("签到", style="ce_head"), c_str("状态", style="ce_head")],
    ]


def ch_mark(rng, course):
    _, start, _ = course_times(course)
    r = rng.random()
    if r < 0.86:
        t = start - dt.timedelta(minutes=rng.randint(1, 28))
        return ("✓" if rng.random() < 0.25 else "√"), t
    if r < 0.90:
        return "迟到", start + dt.timedelta(minutes=rng.randint(3, 30))
    if r < 0.95:
        return "请假", None
    return "×", None


def make_class_head():
    rng = random.Random(611)
    tables, exp = [], []
    cols = ["co_n", "co_m", "co_w", "co_x", "co_m", "co_n", "co_m", "co_n"]
    for d, day in enumerate(DAYS):
        sheet = "%d月%d日" % (day.month, day.day)
        rows = ch_header("新任村干部培训班第一期 %s签到表" % sheet)
        for i, p in enumerate(ROSTER):
            rowno = len(rows) + 1
            name = p["name"]
            if i == CH_SPACE_INDEX:
                assert len(name) == 2
                name = name[0] + "\u3000" + name[1]
            cid = p["citizen_id"]
            how = CH_FULLWIDTH.get(i)
            if how == "all":
                cid = fullwidth(cid)
            elif how == "prefix":
                cid = fullwidth(cid[:4]) + cid[4:]
            if i == 33 and d == 2:
                cid = cid + " "                       # trailing blank typed by hand
            cells = [c_formula("of:=ROW()-3", rowno - 3), c_str(name), c_str(cid), c_str(org_name(p))]
            for course in (2 * d + 1, 2 * d + 2):
                mark, t = ch_mark(rng, course)
                cells += [c_str("%d:%02d" % (t.hour, t.minute) if t else ""), c_str(mark)]
                exp.append(exp_row(sheet, rowno, p["name"], p["citizen_id"], course, t, None, STATUS[mark]))
            rows.append(cells)
        tables.append(table(sheet, cols, rows))
    # hidden leftover sheet from last year's template: must not be read by default
    rows = ch_header("2020年第三期学员名单（作废）")
    junk = CATEGORIZED[41:53]
    for i, p in enumerate(junk):
        rows.append([c_formula("of:=ROW()-3", i + 1), c_str(p["name"]), c_str(p["citizen_id"]),
                     c_str(org_name(p)), c_str("8:4%d" % (i % 10)), c_str("√"), c_str("14:5%d" % (i % 10)), c_str("√")])
    rows.append([c_str(""), c_str("合计"), c_str("%d人" % len(junk))])
    rows.append([c_str(""), c_str("以下空白")])
    tables.append(table("旧名单", cols, rows, hidden=True))
    write_fods(os.path.join(SRC, "class-head.fods"), tables)
    return exp


# ---------------------------------------------------------------- 3/4. WeChat form

WX_HEADER = ["提交时间", "名字", "公民身份号码", "所在党组织", "签到时间", "出勤情况"]


def make_wechat():
    rng = random.Random(69)
    recs = []
    for course in (5, 6):
        _, start, _ = course_times(course)
        missing = set(rng.sample(range(40), 4))
        for i, p in enumerate(ROSTER):
            if i in missing:
                continue
            if rng.random() < 0.9:
                t = start - dt.timedelta(minutes=rng.randint(1, 30))
                word = "出勤"
            else:
                t = start + dt.timedelta(minutes=rng.randint(2, 25))
                word = "迟到"
            sub = t + dt.timedelta(seconds=rng.randint(3, 59))
            recs.append((sub, i, p, course, t, word))
    recs.sort(key=lambda r: (r[0], r[1]))
    rows, exp = [], []
    fmts = [lambda t: "%d/%d/%d %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute),
            lambda t: "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute),
            lambda t: "%d.%d.%d %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)]
    quoted_done = False
    for n, (sub, i, p, course, t, word) in enumerate(recs):
        name = p["name"]
        if i == 1 and course == 5:
            name = " " + name + " "              # stray blanks typed into the form
        cid = p["citizen_id"]
        if cid.endswith("X") and course == 6:
            cid = cid[:-1] + "x"                 # lower-case x
        org = org_name(p)
        if n % 3 == 0 and org_parent_name(p):
            org = org_parent_name(p) + "," + org   # comma inside a field -> quoted
        if not quoted_done and n >= 10:
            org = org + '"党员之家"'             # double quotes inside a field
            quoted_done = True
        rows.append([sub.strftime("%Y-%m-%d %H:%M:%S"), name, cid, org, fmts[n % 3](t), word])
        exp.append(exp_row("", n + 2, p["name"], p["citizen_id"], course, t, None, STATUS[word]))
    return rows, exp


def write_csv(path, rows, encoding, delimiter, bom, lineterminator):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator, quoting=csv.QUOTE_MINIMAL)
    w.writerow(WX_HEADER)
    w.writerows(rows)
    data = buf.getvalue().encode(encoding)
    with open(path, "wb") as f:
        if bom:
            f.write(codecs.BOM_UTF8)
        f.write(data)


# ---------------------------------------------------------------- 5. problems

def unknown_person_id():
    base = "65230219920315221"
    for last3 in range(221, 999):
        id17 = base[:14] + "%03d" % last3
        cid = id17 + check_char(id17)
        if cid not in ALL_IDS:
            return cid
    raise SystemExit("no free id")


def make_problems():
    rng = random.Random(1106)
    sheet = "Sheet1"
    normal = []
    for course in (9, 10):
        for p in ROSTER[11:21]:
            w = "迟到" if (course == 10 and p is ROSTER[15]) else "出勤"
            tin, tout = machine_times(rng, course, w)
            normal.append(dict(p=p, name=p["name"], cid=p["citizen_id"], cell=c_str(p["citizen_id"]),
                               unit=org_name(p), course=course, tin=tin, tout=tout, word=w,
                               exp=("accepted", ""), ecid=p["citizen_id"], ecourse=course))
    def special(p, name, cid, cell, unit, course, tin, tout, word, exp, ecid, ecourse, status=None):
        return dict(p=p, name=name, cid=cid, cell=cell, unit=unit, course=course, tin=tin, tout=tout,
                    word=word, exp=exp, ecid=ecid, ecourse=ecourse, status=status)
    m = dt.timedelta(minutes=1)
    # bad check digit
    pb = ROSTER[1]
    good = pb["citizen_id"]
    bad = good[:17] + next(c for c in "0123456789X" if c != good[17])
    t = machine_times(rng, 9, "出勤")
    s_bad = special(pb, pb["name"], bad, c_str(bad), org_name(pb), 9, *t, "出勤",
                    ("rejected", "bad_checksum"), bad, 9)
    # unknown person with a valid ID
    uid = unknown_person_id()
    assert "李明远" not in BY_NAME
    t = machine_times(rng, 9, "出勤")
    s_unknown = special(None, "李明远", uid, c_str(uid), org_name(ROSTER[5]), 9, *t, "出勤",
                        ("rejected", "unknown_person"), uid, 9)
    # seed person not in the roster
    pn = NOT_ENROLLED
    assert len(BY_NAME[pn["name"]]) == 1
    t = machine_times(rng, 10, "出勤")
    s_notenr = special(pn, pn["name"], pn["citizen_id"], c_str(pn["citizen_id"]), org_name(pn), 10, *t, "出勤",
                       ("rejected", "not_enrolled"), pn["citizen_id"], 10)
    # sign-in outside the class dates
    po = ROSTER[2]
    tin, tout = dt.datetime(2021, 6, 20, 8, 51), dt.datetime(2021, 6, 20, 11, 34)
    s_outside = special(po, po["name"], po["citizen_id"], c_str(po["citizen_id"]), org_name(po), 9, tin, tout,
                        "出勤", ("rejected", "outside_class_dates"), po["citizen_id"], None)
    # unknown status word
    pu = ROSTER[3]
    s_status = special(pu, pu["name"], pu["citizen_id"], c_str(pu["citizen_id"]), org_name(pu), 10, None, None,
                       "公出", ("warning", "unknown_status"), pu["citizen_id"], 10, status="?")
    # ID typed as a number: 15 significant digits kept, the rest lost
    pd = ROSTER[0]
    assert len(BY_NAME[pd["name"]]) == 1
    num = pd["citizen_id"][:15] + "000"
    t = machine_times(rng, 9, "出勤")
    s_damaged = special(pd, pd["name"], num, c_num(num), org_name(pd), 9, *t, "出勤",
                        ("warning", "damaged_id"), "", 9)
    # name only, shared by two seed people
    used = {pb["name"], po["name"], pu["name"], pd["name"]} | {p["name"] for p in ROSTER[11:21]}
    amb = [n for n in (p["name"] for p in ROSTER) if len(BY_NAME[n]) == 2 and n not in used]
    amb_name = "张伟" if "张伟" in amb else (amb[0] if amb else None)
    s_amb = []
    if amb_name:
        for course in (9, 10):
            _, start, end = course_times(course)
            s_amb.append(special(None, amb_name, "", c_str(""), "", course, start - 7 * m, end + 2 * m, "出勤",
                                 ("rejected", "ambiguous_name"), "", course))
    # assemble: specials inserted between normal rows; the duplicate follows its original
    seq = []
    order = normal[:]
    inserts = [(4, s_bad), (9, s_unknown), (12, s_notenr), (14, s_outside), (17, s_status), (19, s_damaged)]
    if s_amb:
        inserts += [(22, s_amb[0]), (26, s_amb[1])]
    for pos, s in inserts:
        order.insert(pos, s)
    dup_of = 7
    dup = dict(order[dup_of])
    dup["exp"] = ("warning", "duplicate_row")
    dup["dup"] = True
    order.insert(dup_of + 1, dup)
    rows = [[c_str(h, style="ce_head") for h in MACHINE_HEADER]]
    exp = []
    n = 0
    for r in order:
        if not r.get("dup"):
            n += 1
        rows.append(machine_row(n, r["name"], r["cell"], r["unit"], r["course"], r["tin"], r["tout"], r["word"]))
        status = r.get("status") or STATUS[r["word"]]
        exp.append(exp_row(sheet, len(rows), r["name"], r["ecid"], r["ecourse"], r["tin"], r["tout"], status,
                           *r["exp"]))
    write_fods(os.path.join(SRC, "problems.fods"), [table(sheet, MACHINE_COLS, rows)])
    info = dict(bad=(pb, bad), unknown=("李明远", uid), not_enrolled=pn, outside=po, status=pu,
                damaged=(pd, num), ambiguous=amb_name, dup_rows=(dup_of + 2, dup_of + 3))
    return exp, info


# ---------------------------------------------------------------- broken-ish sources

def make_small_sources():
    rows = [[c_str(h, style="ce_head") for h in MACHINE_HEADER]]
    write_fods(os.path.join(SRC, "header-only.fods"), [table("Sheet1", MACHINE_COLS, rows)])
    rng = random.Random(710)
    exp = []
    for k, p in enumerate(ROSTER[:10]):
        tin, tout = machine_times(rng, 7, "出勤")
        rows.append(machine_row(k + 1, p["name"], c_str(p["citizen_id"]), org_name(p), 7, tin, tout, "出勤"))
        exp.append(exp_row("Sheet1", len(rows), p["name"], p["citizen_id"], 7, tin, tout, "PRESENT"))
    write_fods(os.path.join(SRC, "trailing-empty.fods"), [table("Sheet1", MACHINE_COLS, rows)])
    return exp


# ---------------------------------------------------------------- LibreOffice

def soffice(fmt, outdir, files):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--norestore",
           "--convert-to", fmt, "--outdir", outdir] + files
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for f in files:
        base = os.path.splitext(os.path.basename(f))[0]
        out = os.path.join(outdir, base + "." + fmt.split(":")[0])
        if not os.path.exists(out):
            raise SystemExit("LibreOffice did not write " + out)


UNO_ENCRYPT = r'''
import os, subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue, NamedValue
def pv(n, v):
    p = PropertyValue(); p.Name = n; p.Value = v; return p
def nv(n, v):
    p = NamedValue(); p.Name = n; p.Value = v; return p
src, dst, pw, profile, mode = sys.argv[1:6]
pipe = "corpus_enc_%d" % os.getpid()
proc = subprocess.Popen(["soffice", "-env:UserInstallation=" + profile, "--headless", "--invisible", "--norestore",
                         "--accept=pipe,name=%s;urp;" % pipe],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(120):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.5)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    if mode == "encrypt":
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (pv("Hidden", True),))
        # ECMA-376 "Standard" encryption (AES-128, as Excel 2007)
        ed = uno.Any("[]com.sun.star.beans.NamedValue", (nv("CryptoType", "Standard"), nv("OOXPassword", pw)))
        props = (pv("FilterName", "Calc MS Excel 2007 XML"), pv("EncryptionData", ed))
    else:   # decrypt to CSV (verification)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0,
                                           (pv("Hidden", True), pv("Password", pw)))
        props = (pv("FilterName", "Text - txt - csv (StarCalc)"), pv("FilterOptions", "44,34,76"))
    uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(dst), props))
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
'''


def uno_python():
    for py in (sys.executable, "/usr/bin/python3", "python3"):
        try:
            if subprocess.run([py, "-c", "import uno"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode == 0:
                return py
        except OSError:
            pass
    return None


def run_uno(src, dst, pw, mode):
    """Run the UNO helper; returns None on success or a message."""
    py = uno_python()
    if not py:
        return "no Python with the LibreOffice UNO bridge found (install python3-uno)"
    with tempfile.TemporaryDirectory() as td:
        helper = os.path.join(td, "enc.py")
        with open(helper, "w") as f:
            f.write(UNO_ENCRYPT)
        try:
            subprocess.run([py, helper, os.path.abspath(src), os.path.abspath(dst), pw, "file://" + td + "/profile", mode],
                           check=True, timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except Exception as e:
            return "UNO %s failed: %s" % (mode, e)
    return None


def make_password(src_fods, dst):
    with tempfile.TemporaryDirectory() as td:
        tmp = os.path.join(td, "password.xlsx")
        problem = run_uno(src_fods, tmp, "secret", "encrypt")
        if problem:
            return problem
        with open(tmp, "rb") as f:
            if f.read(8) != bytes.fromhex("d0cf11e0a1b11ae1"):
                return "LibreOffice wrote an unencrypted file"
        shutil.copyfile(tmp, dst)
    return None


# ---------------------------------------------------------------- synthesized broken files

def make_trailing_empty(src_xlsx, dst, extra_rows=1_000_000):
    with zipfile.ZipFile(src_xlsx) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode("utf-8")
                last = max(int(r) for r in re.findall(r'<row r="(\d+)"', xml))
                empty = "".join('<row r="%d" spans="1:8" ht="14.25" customHeight="1"/>' % r
                                for r in range(last + 1, last + 1 + extra_rows))
                assert xml.count("</sheetData>") == 1
                xml = xml.replace("</sheetData>", empty + "</sheetData>")
                xml = re.sub(r'<dimension ref="A1:([A-Z]+)\d+"/>',
                             lambda mo: '<dimension ref="A1:%s%d"/>' % (mo.group(1), last + extra_rows), xml)
                data = xml.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


BOMB_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '</Relationships>',
}
BOMB_CHUNK = 1 << 20
BOMB_CHUNKS = 2304          # 2304 MiB = 2.25 GiB of 'A'


def make_bomb(dst):
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>').encode("utf-8")
    tail = b"</t></is></c></row></sheetData></worksheet>"
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, text in BOMB_PARTS.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2021, 6, 11, 18, 0, 0)), text,
                       compress_type=zipfile.ZIP_DEFLATED)
        zi = zipfile.ZipInfo("xl/worksheets/sheet1.xml", date_time=(2021, 6, 11, 18, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        chunk = b"A" * BOMB_CHUNK
        with z.open(zi, "w", force_zip64=True) as f:
            f.write(head)
            for _ in range(BOMB_CHUNKS):
                f.write(chunk)
            f.write(tail)
    return len(head) + BOMB_CHUNK * BOMB_CHUNKS + len(tail)


def png_bytes(w=32, h=32):
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"".join(bytes(((x * 8) % 256, (y * 8) % 256, 128)) for x in range(w))
                   for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- main

def main():
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(EXP, exist_ok=True)
    out = HERE
    manifest = []

    # roster / class
    write_tsv(os.path.join(out, "roster.tsv"), ["person_id", "name", "citizen_id", "organization_name"],
              [[p["id"], p["name"], p["citizen_id"], org_name(p)] for p in ROSTER])
    write_tsv(os.path.join(out, "class.tsv"), ["course", "date", "start", "end", "title"],
              [[str(c), course_times(c)[0].isoformat(), course_times(c)[1].strftime("%H:%M"),
                course_times(c)[2].strftime("%H:%M"), TITLES[c - 1]] for c in range(1, 11)])

    # sources
    exp_machine, counts = make_signin_machine()
    exp_ch = make_class_head()
    exp_prob, info = make_problems()
    exp_trailing = make_small_sources()

    with tempfile.TemporaryDirectory() as td:
        fods = [os.path.join(SRC, f) for f in ("signin-machine.fods", "class-head.fods", "problems.fods",
                                                 "header-only.fods", "trailing-empty.fods")]
        soffice("xlsx:Calc MS Excel 2007 XML", td, fods)
        xls_dir = os.path.join(td, "xls")
        os.makedirs(xls_dir)
        soffice("xls:MS Excel 97", xls_dir, [os.path.join(SRC, "class-head.fods")])
        for f in ("signin-machine", "class-head", "problems", "header-only"):
            shutil.copyfile(os.path.join(td, f + ".xlsx"), os.path.join(out, f + ".xlsx"))
        shutil.copyfile(os.path.join(xls_dir, "class-head.xls"), os.path.join(out, "class-head.xls"))
        make_trailing_empty(os.path.join(td, "trailing-empty.xlsx"), os.path.join(out, "trailing-empty.xlsx"))

    pw_problem = make_password(os.path.join(SRC, "signin-machine.fods"), os.path.join(out, "password.xlsx"))
    if pw_problem:
        print("password.xlsx NOT made:", pw_problem, file=sys.stderr)
        if os.path.exists(os.path.join(out, "password.xlsx")):
            os.remove(os.path.join(out, "password.xlsx"))

    wx_rows, exp_wx = make_wechat()
    write_csv(os.path.join(out, "wechat-form.csv"), wx_rows, "utf-8", ",", True, "\r\n")
    write_csv(os.path.join(out, "wechat-form-gb18030.csv"), wx_rows, "gb18030", ";", False, "\r\n")
    write_csv(os.path.join(out, "tab-separated.txt"), wx_rows, "utf-8", "\t", False, "\n")

    # broken
    with open(os.path.join(out, "signin-machine.xlsx"), "rb") as f:
        whole = f.read()
    with open(os.path.join(out, "corrupt.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    bomb_size = make_bomb(os.path.join(out, "bomb.xlsx"))
    with open(os.path.join(out, "not-a-spreadsheet.xlsx"), "wb") as f:
        f.write(png_bytes())
    open(os.path.join(out, "empty.csv"), "wb").close()
    with open(os.path.join(out, "long-cell.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["序号", "姓名", "身份证号", "单位", "签到时间", "状态"])
        p = ROSTER[4]
        long = ("阜康市" * 3334)[:10000]
        w.writerow(["1", p["name"], p["citizen_id"], long, "2021/6/7 8:50", "出勤"])
    with open(os.path.join(out, "wrong-columns.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows([["商品", "价格", "数量"], ["笔记本", "12.50", "40"], ["签字笔", "2.00", "80"],
                     ["文件袋", "1.20", "40"]])

    # expected
    for name, rows in (("signin-machine.xlsx", exp_machine), ("class-head.xls", exp_ch), ("class-head.xlsx", exp_ch),
                       ("wechat-form.csv", exp_wx), ("wechat-form-gb18030.csv", exp_wx),
                       ("tab-separated.txt", exp_wx), ("problems.xlsx", exp_prob),
                       ("trailing-empty.xlsx", exp_trailing)):
        write_tsv(os.path.join(EXP, name + ".tsv"), EXP_HEADER, rows)

    c = counts
    amb = info["ambiguous"]
    amb_people = ", ".join("%s %s" % (p["id"], p["citizen_id"]) for p in BY_NAME[amb]) if amb else ""
    manifest = [
        ("signin-machine.xlsx", "good", "1", "160",
         "sign-in machine export: 2 title rows, header on row 3, courses 1-4 x 40 people, real date-time cells; "
         "extra column 课程名称 (course title from class.tsv) so 请假/缺勤 rows without times still map to a course; "
         "statuses 出勤 %d 迟到 %d 早退 %d 请假 %d 缺勤 %d" % (c["出勤"], c["迟到"], c["早退"], c["请假"], c["缺勤"])),
        ("class-head.xls", "good", "6 (1 hidden)", "200",
         "class head's BIFF8 workbook: sheets 6月7日..6月11日 + hidden 旧名单 (14 junk rows, not in expected); title row, "
         "2-row merged header (上午/下午 x 签到/状态), data from row 4, 序号 =ROW()-3 formulas, times as text H:MM, "
         "ticks √ ✓ × and 迟到/请假; year only from the class; each sheet row gives 2 expected lines (am/pm course); "
         "full-width digits in 4 IDs (one with Ｘ), U+3000 inside 王　杰, trailing blank after one ID on 6月9日"),
        ("class-head.xlsx", "good", "6 (1 hidden)", "200", "same content as class-head.xls, OOXML"),
        ("wechat-form.csv", "good", "1", str(len(wx_rows)),
         "WeChat form export, UTF-8 with BOM, comma, CRLF; courses 5-6 (4 people missing per course); "
         "times as text 2021/6/9 8:30 | 2021年6月9日 14:58 | 2021.6.9 9:02; fields with commas and one with double quotes; "
         "one name with surrounding blanks, lower-case x in an ID; row_number counts the header as row 1"),
        ("wechat-form-gb18030.csv", "good", "1", str(len(wx_rows)),
         "same rows as wechat-form.csv, GB18030 without BOM, semicolon separated, CRLF"),
        ("tab-separated.txt", "good", "1", str(len(wx_rows)),
         "same rows as wechat-form.csv, UTF-8 without BOM, tab separated, LF"),
        ("problems.xlsx", "problem", "1", str(len(exp_prob)),
         "machine-style header on row 1, courses 9-10; bad check digit, unknown person (valid ID), exact duplicate "
         "(row %d repeats row %d), seed person not enrolled" % (info["dup_rows"][1], info["dup_rows"][0]) + ", sign-in on 2021-06-20, status 公出, ID as number cell "
         "(15 digits kept), " + ("two name-only rows '%s' shared by seed people %s (only %s is enrolled)"
                                 % (amb, amb_people, next(p["id"] for p in BY_NAME[amb] if p["id"] in ROSTER_IDS))
                                 if amb else "no duplicated name in the seed: no ambiguous-name rows")),
        ("corrupt.xlsx", "broken", "", "", "first half of signin-machine.xlsx (truncated zip, no central directory)"),
        ("bomb.xlsx", "broken", "1", "",
         "zip bomb: valid OOXML parts, xl/worksheets/sheet1.xml inflates to %d bytes (%.2f GiB, one cell of 'A's), "
         "zip64 entry" % (bomb_size, bomb_size / 2 ** 30)),
        ("not-a-spreadsheet.xlsx", "broken", "", "", "a 32x32 PNG image renamed to .xlsx"),
        ("password.xlsx", "broken", "1", "160",
         "encrypted OOXML (ECMA-376 Standard encryption, AES-128, password 'secret'), content = signin-machine"
         if not pw_problem else "NOT PRODUCED: " + pw_problem),
        ("empty.csv", "broken", "", "0", "0 bytes"),
        ("header-only.xlsx", "broken", "1", "0", "machine header on row 1, no data rows"),
        ("trailing-empty.xlsx", "broken", "1", "10",
         "10 valid rows (course 7) then 1,000,000 empty <row> elements (rows 12..1000011), dimension A1:H1000011; "
         "should import the 10 rows: expected/trailing-empty.xlsx.tsv"),
        ("long-cell.csv", "broken", "1", "1", "UTF-8 without BOM; 单位 cell of 10,000 characters"),
        ("wrong-columns.csv", "broken", "1", "3", "valid CSV with none of the expected columns (商品/价格/数量)"),
    ]
    write_tsv(os.path.join(out, "corpus.tsv"), ["file", "kind", "sheets", "data_rows", "notes"], manifest)

    print("roster:", ", ".join("%s %s" % (p["id"], p["name"]) for p in ROSTER))
    for k, v in info.items():
        if isinstance(v, dict):
            v = "%s %s %s" % (v["id"], v["name"], v["citizen_id"])
        elif isinstance(v, tuple) and isinstance(v[0], dict):
            v = "%s %s %s -> %s" % (v[0]["id"], v[0]["name"], v[0]["citizen_id"], v[1])
        print("problems.%s: %s" % (k, v))
    print("machine status counts:", counts)


# ---------------------------------------------------------------- verification

def norm(s):
    s = s.translate({0xFF10 + d: str(d) for d in range(10)}).replace("Ｘ", "X").replace("\u3000", "")
    return s.strip().replace(" ", "").upper()


def verify():
    files = ["signin-machine.xlsx", "class-head.xls", "class-head.xlsx", "problems.xlsx", "header-only.xlsx",
             "trailing-empty.xlsx"]
    ok = True
    # -1 in the 12th token: export every sheet to <name>-<sheet>.csv (LibreOffice >= 7.2)
    opts = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
    with tempfile.TemporaryDirectory() as td:
        for f in files:
            d = os.path.join(td, f)
            os.makedirs(d)
            subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--norestore",
                            "--convert-to", opts, "--outdir", d, os.path.join(HERE, f)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            base = os.path.splitext(f)[0]
            sheets = {}
            for p in sorted(os.listdir(d)):
                sheets[p[len(base) + 1:-4] if p.startswith(base + "-") else ""] = os.path.join(d, p)
            sizes = {k: sum(1 for _ in open(v, encoding="utf-8")) for k, v in sheets.items()}
            print("%s: LibreOffice exported sheets (lines): %s" % (f, sizes))
            expf = os.path.join(EXP, f + ".tsv")
            if not os.path.exists(expf):
                continue
            cache = {}
            n = 0
            for e in read_tsv(expf):
                fn = sheets.get(e["sheet"]) or sheets.get("")
                if fn not in cache:
                    with open(fn, encoding="utf-8", newline="") as fh:
                        cache[fn] = list(csv.reader(fh))
                row = cache[fn][int(e["row_number"]) - 1]
                cells = [norm(x) for x in row]
                bad = norm(e["name"]) not in cells or (e["citizen_id"] and e["citizen_id"] not in cells)
                for key in ("sign_in", "sign_out"):
                    if e[key]:
                        hm = e[key][11:]
                        if not any(x.endswith(hm) or x.endswith(hm + ":00") or x == hm.lstrip("0") for x in row):
                            bad = True
                words = [STATUS.get(x.strip(), "?") for x in row[-4:] if x.strip() in STATUS or x.strip() == "公出"]
                if e["status"] not in words:
                    bad = True
                if bad:
                    print("  MISMATCH", e, row)
                    ok = False
                n += 1
            print("  %d expected lines agree with the LibreOffice CSV export" % n)

        # delimited text files, read back with the csv module
        for f, enc, delim in (("wechat-form.csv", "utf-8-sig", ","), ("wechat-form-gb18030.csv", "gb18030", ";"),
                              ("tab-separated.txt", "utf-8", "\t")):
            with open(os.path.join(HERE, f), encoding=enc, newline="") as fh:
                rows = list(csv.reader(fh, delimiter=delim))
            n = 0
            for e in read_tsv(os.path.join(EXP, f + ".tsv")):
                row = rows[int(e["row_number"]) - 1]
                t = e["sign_in"]
                y, mo, d, hm = t[:4], str(int(t[5:7])), str(int(t[8:10])), t[11:]
                hm2 = str(int(hm[:2])) + hm[2:]
                if (norm(row[1]) != e["name"] or norm(row[2]) != e["citizen_id"]
                        or row[4] not in ("%s/%s/%s %s" % (y, mo, d, hm2), "%s年%s月%s日 %s" % (y, mo, d, hm2),
                                          "%s.%s.%s %s" % (y, mo, d, hm2))
                        or STATUS[row[5]] != e["status"]):
                    print("  MISMATCH", f, e, row)
                    ok = False
                n += 1
            print("%s: %d records, %d expected lines agree" % (f, len(rows) - 1, n))

        # password.xlsx must open with 'secret' only
        pw = os.path.join(HERE, "password.xlsx")
        if os.path.exists(pw):
            out = os.path.join(td, "password.csv")
            problem = run_uno(pw, out, "secret", "decrypt")
            lines = open(out, encoding="utf-8").read().splitlines() if not problem else []
            print("password.xlsx: decrypted with 'secret' -> %d lines%s" % (len(lines), " (" + problem + ")" if problem else ""))
            ok = ok and len(lines) == 163
            d = os.path.join(td, "nopw")
            subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--norestore",
                            "--convert-to", "csv", "--outdir", d, pw], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=120)
            opened = os.path.exists(d) and os.listdir(d)
            print("password.xlsx: opened without password: %s" % bool(opened))
            ok = ok and not opened
        else:
            print("password.xlsx: missing")

    with zipfile.ZipFile(os.path.join(HERE, "bomb.xlsx")) as z:
        i = z.getinfo("xl/worksheets/sheet1.xml")
        print("bomb.xlsx: sheet1.xml %d bytes compressed -> %d bytes inflated" % (i.compress_size, i.file_size))
    with zipfile.ZipFile(os.path.join(HERE, "trailing-empty.xlsx")) as z:
        x = z.read("xl/worksheets/sheet1.xml")
        print("trailing-empty.xlsx: %d <row> elements, sheet1.xml %d bytes" % (x.count(b"<row "), len(x)))
    try:
        zipfile.ZipFile(os.path.join(HERE, "corrupt.xlsx"))
        print("corrupt.xlsx: unexpectedly opens as a zip")
        ok = False
    except zipfile.BadZipFile as e:
        print("corrupt.xlsx: BadZipFile (%s)" % e)

    print("\nfile sizes:")
    total = 0
    for root, _, names in sorted(os.walk(HERE)):
        for nme in sorted(names):
            path = os.path.join(root, nme)
            size = os.path.getsize(path)
            total += size
            print("%10d  %s" % (size, os.path.relpath(path, HERE)))
    print("%10d  total (%.1f MB)" % (total, total / 1e6))
    ok = ok and total < 15e6
    print("verification", "OK" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    if "--verify" in sys.argv:
        sys.exit(0 if verify() else 1)
    main()
