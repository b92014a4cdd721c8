#!/usr/bin/env python3
"""Writes the interop import fixtures of this folder from one table of respondents per questionnaire.

Run from anywhere: `python3 Tests/ResponsesTests/Fixtures/interop/make_fixtures.py`. The output is byte for byte
the same on every run (no clock, no random generator): the committed files are what this script writes, and a
change to a fixture is made here, then the script is run again.

Each respondent is written once as Octant values (option codes, scale points, escapes, numbers, texts, None for
"no answer"); each tool's writer below turns those values into that tool's documented export layout, and the
`*.expected.json` files are computed from the same values. The LimeSurvey "codes" and "full text" files therefore
hold the same people, and every expected value is the one the source file means.

Only the Python standard library is used (zoneinfo needs the system time zone database).
"""

import datetime
import hashlib
import json
import os
import re
import unicodedata
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
PARIS = ZoneInfo("Europe/Paris")

ESC_SURVEY = "Questionnaires/esc-usagers.survey"
IMPACT_SURVEY = "Questionnaires/accompagnement-impact.survey"


# --- The questionnaires: variable ids (Codebook naming) and texts, read from the .survey files ---------------------

QUESTION_KINDS = ("single", "multiple", "likert", "grid", "number", "text", "yesno")


def read_survey(path):
    """Variables in codebook order (as `Codebook.variables(of:)` names them) and the French texts of questions and
    of their items/options, from the two-space-indented layout of the bundled questionnaires."""
    variables, texts, questions = [], {}, {}
    current = None

    def flush():
        if not current:
            return
        kind, qid, items, others, retro = current
        questions[qid] = (kind, list(items))
        if kind == "likert":
            if not items:
                variables.append(qid)
            for item in items:
                variables.extend([f"{qid}.{item}.before", f"{qid}.{item}.now"] if retro else [f"{qid}.{item}"])
        elif kind in ("single", "yesno"):
            variables.append(qid)
            variables.extend(f"{qid}.{o}.text" for o in others)
        elif kind == "multiple":
            variables.extend(f"{qid}.{i}" for i in items)
            variables.extend(f"{qid}.{o}.text" for o in others)
        elif kind == "grid":
            variables.extend(f"{qid}.{i}" for i in items)
        else:
            variables.append(qid)

    for raw in open(os.path.join(ROOT, path), encoding="utf-8").read().split("\n"):
        match = re.match(r"^(\s*)(\S+)\s+(\S+)", raw)
        if not match:
            continue
        indent, word = len(match.group(1)), match.group(2)
        quoted = re.search(r'"([^"]*)"', raw)
        if indent == 2 and word in QUESTION_KINDS:
            flush()
            current = [word, match.group(3), [], [], "retrospective" in raw]
            if quoted:
                texts[match.group(3)] = quoted.group(1)
            continue
        if indent <= 2:
            flush()
            current = None
            continue
        if current and indent == 4 and re.match(r'^\s{4}[a-z][a-z0-9_-]*\s+"', raw):
            current[2].append(word)
            texts[f"{current[1]}.{word}"] = quoted.group(1)
            if re.search(r'"\s+other\b', raw):
                current[3].append(word)
    flush()
    return variables, texts, questions


ESC_VARS, ESC_TEXT, ESC_QUESTIONS = read_survey(ESC_SURVEY)
IMPACT_VARS, IMPACT_TEXT, IMPACT_QUESTIONS = read_survey(IMPACT_SURVEY)


def items(questions, qid):
    return questions[qid][1]


AISE = items(ESC_QUESTIONS, "aise")
EQUIP = items(ESC_QUESTIONS, "equipement")
ESC = items(ESC_QUESTIONS, "esc")
SERVICES = items(ESC_QUESTIONS, "services")
SATIS = items(ESC_QUESTIONS, "satisfaction")
QUARTIERS = [o for o in items(ESC_QUESTIONS, "quartier") if o != "autre"]
assert AISE[0] == "materiel" and len(AISE) == 10 and len(SATIS) == 8 and len(ESC) == 6 and len(QUARTIERS) == 12

# Conditions of the two questionnaires (`when`), as Octant evaluates them: an unanswered reference is false.
ESC_CONDITIONS = {q: (lambda v, w: v.get("visite") == "oui") for q in ("visites", "motifs", "satisfaction", "effets")}
IMPACT_CONDITIONS = {q: (lambda v, w: w == "apres") for q in ("seances", "progres", "retro")}


# --- Small helpers ----------------------------------------------------------------------------------------------

def paris_to_utc(local):
    """'2025-03-11 14:02:37' (Europe/Paris wall clock) -> '2025-03-11T13:02:37Z'."""
    moment = datetime.datetime.strptime(local, "%Y-%m-%d %H:%M:%S").replace(tzinfo=PARIS)
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def offset_to_utc(text):
    """'2025-02-03T10:12:45.123+01:00' -> '2025-02-03T09:12:45.123Z'."""
    moment = datetime.datetime.fromisoformat(text)
    utc = moment.astimezone(datetime.timezone.utc)
    millis = f".{utc.microsecond // 1000:03d}" if utc.microsecond else ""
    return utc.strftime("%Y-%m-%dT%H:%M:%S") + millis + "Z"


def fake_uuid(seed):
    digest = hashlib.sha256(seed.encode()).hexdigest()
    return f"{digest[0:8]}-{digest[8:12]}-4{digest[13:16]}-a{digest[17:20]}-{digest[20:32]}"


def write_bytes(name, data):
    with open(os.path.join(HERE, name), "wb") as handle:
        handle.write(data)


def write_json(name, value, ascii_only=False):
    text = json.dumps(value, ensure_ascii=ascii_only, indent=1) + "\n"
    write_bytes(name, text.encode("utf-8"))


# --- Expected rows: values, and the kind of missing Octant gives each empty variable ------------------------------

def expected_row(values, present, all_vars, questions, conditions, wave, partial, escapes_for):
    """`values`: variable -> Octant value or None, for the `present` variables (codebook order). Returns the JSON
    `values` (escapes wrapped) and `missing` (reason of each None), following the rules of `CSVDatasetLoader`:
    an empty option of a multiple choice beside answered ones is 0; an "autre" text is not asked unless its option
    was chosen (skipped when chosen and empty, and missing like its choice when that is missing); a variable whose
    condition is false is not asked; in a partial row, an empty variable after the last answered one is not reached;
    any other empty variable is skipped."""
    resolved = dict(values)
    for qid, (kind, opts) in questions.items():
        if kind != "multiple":
            continue
        names = [f"{qid}.{o}" for o in opts if f"{qid}.{o}" in present]
        if any(resolved.get(n) is not None for n in names):
            for n in names:
                if resolved.get(n) is None:
                    resolved[n] = 0
    order = [v for v in all_vars if v in present]
    answered_positions = [i for i, v in enumerate(order) if resolved.get(v) is not None]
    last_answered = answered_positions[-1] if answered_positions else -1
    missing = {}
    for index, variable in enumerate(order):
        if resolved.get(variable) is not None:
            continue
        qid = variable.split(".")[0]
        if variable.endswith(".text") and variable.count(".") == 2:
            option = variable.split(".")[1]
            control = resolved.get(qid)
            if control == option:
                missing[variable] = "skipped"
            elif control is None:
                missing[variable] = missing.get(qid, "skipped")
            else:
                missing[variable] = "notAsked"
            continue
        condition = conditions.get(qid)
        if condition and not condition(resolved, wave):
            missing[variable] = "notAsked"
        elif partial and index > last_answered:
            missing[variable] = "notReached"
        else:
            missing[variable] = "skipped"
    json_values = {}
    for variable in order:
        value = resolved.get(variable)
        if isinstance(value, str) and variable in escapes_for and value in escapes_for[variable]:
            json_values[variable] = {"escape": value}
        else:
            json_values[variable] = value
    return json_values, missing


def escapes_map(all_vars, rules):
    """variable -> set of escape ids it accepts, from (prefix, escapes) rules."""
    result = {}
    for variable in all_vars:
        for prefix, allowed in rules:
            if variable == prefix or variable.startswith(prefix + "."):
                result[variable] = set(allowed)
    return result


ESC_ESCAPES = escapes_map(ESC_VARS, [("aise", ["nsp", "nc"]), ("besoins", ["nsp"]), ("ressenti", ["nsp"]),
                                     ("difficulte", ["nc", "nsp"]), ("souhait", ["nsp"]), ("renonce", ["nsp"]),
                                     ("visites", ["nsp"]), ("motifs", ["nsp"]), ("connu", ["nsp"]),
                                     ("satisfaction", ["nsp", "nc"]), ("effets", ["nsp"])])
IMPACT_ESCAPES = escapes_map(IMPACT_VARS, [("diplome", ["nsp"]), ("seances", ["nsp"]), ("aise", ["nsp"]),
                                           ("autonomie", ["nsp", "nc"]), ("confiance", ["nsp"]),
                                           ("droits", ["nsp", "nc"]), ("progres", ["nsp"]), ("retro", ["nsp"])])


def expected_document(fixture, questionnaire, all_vars, present, fmt, rows, extra=None):
    document = {
        "fixture": fixture,
        "questionnaire": questionnaire,
        "format": fmt,
        "absent_variables": [v for v in all_vars if v not in present],
        "rows": rows,
    }
    if extra:
        document.update(extra)
    return document


# =================================================================================================================
# esc-usagers respondents of the LimeSurvey survey (one table, two exports)
# =================================================================================================================
# aise: 10 items in questionnaire order; equipement: 6 grid rows ("oui"/"non"); esc: 6 indicators (None: the
# question was never shown); satisfaction: 8 items. Scale points are ints, escapes "nsp"/"nc", None = no answer.

LIME_PEOPLE = [
    dict(id=3, start="2025-03-11 14:02:37", submit="2025-03-11 14:11:02", lang="fr", seed="1573628745",
         sexe="femme", quartier="blosne", autre=None, age=34,
         aise=[6, 4, 7, 3, 5, 6, 7, 2, 8, 5], equipement=["non", "oui", "non", "oui", "oui", "non"],
         esc=[0, 0, 0, 1, 0, 0], visite="oui", visites=12, satisfaction=[7, 8, 7, 6, 8, 7, 8, 8]),
    dict(id=4, start="2025-03-12 09:47:05", submit="2025-03-12 10:03:51", lang="fr", seed="884120457",
         sexe="homme", quartier="maurepas", autre=None, age=67,
         aise=[2, 1, 1, "nsp", 1, 3, 2, "nc", 1, 4], equipement=["non", "oui", "non", "non", "non", "non"],
         esc=[0, 1, 0, 0, 0, 0], visite="oui", visites=30, satisfaction=[8, 8, 8, 7, "nsp", 6, 8, 8]),
    dict(id=5, start="2025-03-14 16:20:11", submit="2025-03-14 16:29:48", lang="fr", seed="2019384756",
         sexe="femme", quartier="autre", autre="Chantepie\n(près du métro)", age=45,
         aise=[8, 7, 8, 6, 7, 8, 8, 5, 8, 7], equipement=["oui", "oui", "oui", "oui", "oui", "non"],
         esc=[1, 0, 0, 0, 0, 0], visite="non", visites=None, satisfaction=[None] * 8),
    dict(id=7, start="2025-03-18 11:05:59", submit="2025-03-18 11:14:30", lang="fr", seed="739201846",
         sexe="homme", quartier="villejean", autre=None, age=23,
         aise=[7, 5, 8, 4, 6, 7, 8, 6, 8, 6], equipement=["oui", "oui", "non", "oui", "oui", "non"],
         esc=[0, 0, 0, 0, 0, 1], visite="oui", visites=2, satisfaction=[5, 6, 4, "nc", 3, 5, 6, 7]),
    dict(id=8, start="2025-03-20 15:40:26", submit="2025-03-20 15:52:13", lang="fr", seed="1302958467",
         sexe="femme", quartier="brequigny", autre=None, age=52,
         aise=[3, 2, 4, 2, None, 4, 5, "nc", 3, 4], equipement=["non", "oui", "oui", "oui", "oui", "non"],
         esc=[0, 0, 1, 1, 0, 0], visite="oui", visites=None, satisfaction=[6, 7, None, 6, 6, "nsp", 7, 7]),
    dict(id=9, start="2025-03-27 10:12:44", submit="2025-03-27 10:25:09", lang="fr", seed="465839201",
         sexe="femme", quartier="cleunay", autre=None, age=71,
         aise=[1, 1, 1, 1, 1, 2, 1, "nc", 1, 1], equipement=["non", "non", "non", "non", "non", "non"],
         esc=[0, 0, 0, 0, 1, 0], visite="non", visites=None, satisfaction=[None] * 8),
    dict(id=11, start="2025-04-01 13:31:02", submit="2025-04-01 13:39:57", lang="en", seed="1948372615",
         sexe="homme", quartier="autre", autre='Saint-Jacques-de-la-Lande, "La Morinais"', age=38,
         aise=[5, 5, 6, 5, 4, 7, 6, 5, 7, 6], equipement=["oui"] * 6,
         esc=[1, 0, 0, 1, 0, 0], visite="oui", visites=5, satisfaction=[6, 6, 7, 7, 6, 7, 6, 5]),
    # Stopped after the first page: no submit date, last page 1; the second group was never shown (NULL).
    dict(id=12, start="2025-04-02 17:58:40", submit=None, datestamp="2025-04-02 18:03:12", lastpage="1", lang="fr", seed="602947183",
         sexe="femme", quartier="centre", autre=None, age=29,
         aise=[6, 6, 8, 5, 7, 7, 8, 7, 8, 7], equipement=["oui", "oui", "non", "oui", "non", "non"],
         esc=None, visite=None, visites=None, satisfaction=[None] * 8, partial=True),
    dict(id=13, start="2025-04-04 09:03:15", submit="2025-04-04 09:10:42", lang="fr", seed="1129384756",
         sexe="homme", quartier="thabor", autre=None, age=19,
         aise=[8, 8, 8, 7, 6, 8, 8, 8, 8, 8], equipement=["oui", "oui", "non", "oui", "oui", "non"],
         esc=[1, 1, 0, 0, 0, 0], visite="oui", visites=1, satisfaction=[8, 7, 8, "nc", "nc", 8, 7, 8]),
    # Did not answer the (non-mandatory) yes/no question: codes export "" and full-answer export "N/A".
    dict(id=14, start="2025-04-08 14:26:33", submit="2025-04-08 14:37:20", lang="fr", seed="384756120",
         sexe="femme", quartier="sud_gare", autre=None, age=58,
         aise=[4, 3, 5, 2, 3, 5, 6, 1, 4, 5], equipement=["non", "oui", "oui", "oui", "non", "non"],
         esc=[0, 0, 0, 0, 0, 1], visite=None, visites=None, satisfaction=[None] * 8),
]


def esc_octant_values(person):
    """Octant values of one esc-usagers respondent (only the variables the table knows)."""
    values = {"sexe": person.get("sexe"), "quartier": person.get("quartier"),
              "quartier.autre.text": person.get("autre"), "age": person.get("age")}
    for item, value in zip(AISE, person["aise"]):
        values[f"aise.{item}"] = value
    for row, value in zip(EQUIP, person["equipement"]):
        values[f"equipement.{row}"] = value
    for option, value in zip(ESC, person["esc"] or [None] * 6):
        values[f"esc.{option}"] = value
    if "services" in person:
        for row, value in zip(SERVICES, person["services"]):
            values[f"services.{row}"] = value
    values["visite"] = person.get("visite")
    values["visites"] = person.get("visites")
    for item, value in zip(SATIS, person["satisfaction"]):
        values[f"satisfaction.{item}"] = value
    return values


# --- LimeSurvey ---------------------------------------------------------------------------------------------------
# Survey structure in LimeSurvey (question codes as LimeSurvey 5/6 names new questions; answer codes as it numbers
# new answer options, except the satisfaction array, which reuses an older label set with numeric codes).

LIME_QUARTIER_CODE = {q: f"AO{i + 1:02d}" for i, q in enumerate(QUARTIERS)}
LIME_AISE_CODE = {p: f"AO{p:02d}" for p in range(1, 9)} | {"nsp": "AO09", "nc": "AO10"}
LIME_SATIS_CODE = {p: str(p) for p in range(1, 9)} | {"nsp": "99", "nc": "98"}
LIME_SEXE_CODE = {"femme": "AO01", "homme": "AO02"}
LIME_YN = {"oui": "Y", "non": "N"}

# Answer texts typed by the LimeSurvey author (what "Full answers" writes). Not always Octant's labels: the ends
# of the scale in capitals with a typographic apostrophe, ASCII apostrophes in place names.
LIME_AISE_TEXT = {1: "Pas du tout d’accord", 2: "2", 3: "3", 4: "4", 5: "5", 6: "6", 7: "7",
                  8: "TOUT À FAIT D’ACCORD", "nsp": "Je ne sais pas", "nc": "Non concerné"}
LIME_SATIS_TEXT = {1: "1 - pas du tout satisfait", 2: "2", 3: "3", 4: "4", 5: "5", 6: "6", 7: "7",
                   8: "8 - tout à fait satisfait", "nsp": "NSP", "nc": "Non concerné"}
LIME_QUARTIER_TEXT = {q: ESC_TEXT[f"quartier.{q}"].replace("’", "'") for q in QUARTIERS}

LIME_FIXED = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp"]
LIME_FIXED_FR = ["ID de la réponse", "Date de soumission", "Dernière page", "Langue de départ", "Graine",
                 "Date de début", "Date de la dernière action"]


def lime_columns():
    """(code heading, full-text heading, octant variable or role) in export order."""
    columns = [(code, text, "row:" + code) for code, text in zip(LIME_FIXED, LIME_FIXED_FR)]
    columns.append(("G01Q01", "Sexe", "sexe"))
    columns.append(("G01Q02", "Lieu d'habitation", "quartier"))
    columns.append(("G01Q02[other]", "Lieu d'habitation [Autre]", "quartier.autre.text"))
    columns.append(("G01Q03", "Âge", "age"))
    for index, item in enumerate(AISE):
        columns.append((f"G01Q04[SQ{index + 1:03d}]", f"{ESC_TEXT['aise']} [{ESC_TEXT['aise.' + item]}]", f"aise.{item}"))
    equip_question = ESC_TEXT["equipement"].replace(" :", "\u00a0:")  # NBSP before the colon, as typed in the editor
    for index, row in enumerate(EQUIP):
        columns.append((f"G01Q05[SQ{index + 1:03d}]", f"{equip_question} [{ESC_TEXT['equipement.' + row]}]", f"equipement.{row}"))
    for index, option in enumerate(ESC):
        columns.append((f"G02Q01[SQ{index + 1:03d}]", f"{ESC_TEXT['esc']} [{ESC_TEXT['esc.' + option]}]", f"esc.{option}"))
    columns.append(("G02Q02", ESC_TEXT["visite"], "visite"))
    columns.append(("G02Q03", ESC_TEXT["visites"], "visites"))
    for index, item in enumerate(SATIS):
        columns.append((f"G02Q04[SQ{index + 1:03d}]", f"{ESC_TEXT['satisfaction']} [{ESC_TEXT['satisfaction.' + item]}]", f"satisfaction.{item}"))
    return columns


NULL = object()  # a database NULL (never shown, or hidden by relevance): LimeSurvey writes an unquoted empty cell


def lime_raw(person):
    """The stored LimeSurvey values of one response: strings, '' (shown, not answered) or NULL."""
    partial = person.get("partial", False)
    raw = {"id": str(person["id"]), "submitdate": person["submit"] or NULL,
           "lastpage": person.get("lastpage", "2"), "startlanguage": person["lang"], "seed": person["seed"],
           "startdate": person["start"], "datestamp": person.get("datestamp", person["submit"])}
    raw["sexe"] = LIME_SEXE_CODE[person["sexe"]]
    raw["quartier"] = "-oth-" if person["quartier"] == "autre" else LIME_QUARTIER_CODE[person["quartier"]]
    raw["quartier.autre.text"] = person["autre"] if person["autre"] is not None else ""
    raw["age"] = str(person["age"])
    for item, value in zip(AISE, person["aise"]):
        raw[f"aise.{item}"] = "" if value is None else LIME_AISE_CODE[value]
    for row, value in zip(EQUIP, person["equipement"]):
        raw[f"equipement.{row}"] = LIME_YN[value]
    for index, option in enumerate(ESC):
        raw[f"esc.{option}"] = NULL if partial else ("Y" if person["esc"][index] == 1 else "")
    raw["visite"] = NULL if partial else ("" if person["visite"] is None else LIME_YN[person["visite"]])
    shown = person["visite"] == "oui"
    raw["visites"] = NULL if (partial or not shown or person["visites"] is None) else str(person["visites"])
    for item, value in zip(SATIS, person["satisfaction"]):
        raw[f"satisfaction.{item}"] = NULL if (partial or not shown) else ("" if value is None else LIME_SATIS_CODE[value])
    return raw


def lime_full(variable, value):
    """What "Full answers" writes for a stored value (SurveyObj::getFullAnswer, French export language)."""
    if variable.startswith("esc."):
        return "Oui" if value == "Y" else ("Non" if value == "" else "N/A")
    if variable == "visite":
        return {"Y": "Oui", "N": "Non"}.get(value, "N/A")
    if value is NULL:
        return "" if variable.startswith("satisfaction.") else NULL
    if variable == "sexe":
        return {"AO01": "Femme", "AO02": "Homme"}[value]
    if variable == "quartier":
        return "Autre" if value == "-oth-" else LIME_QUARTIER_TEXT[QUARTIERS[int(value[2:]) - 1]]
    if variable.startswith("aise."):
        return "" if value == "" else LIME_AISE_TEXT[{v: k for k, v in LIME_AISE_CODE.items()}[value]]
    if variable.startswith("satisfaction."):
        return "" if value == "" else LIME_SATIS_TEXT[{v: k for k, v in LIME_SATIS_CODE.items()}[value]]
    if variable.startswith("equipement."):
        return {"Y": "Oui", "N": "Non"}.get(value, NULL)
    return value


def lime_cell(value):
    """CsvWriter::csvEscape: NULL unquoted and empty; anything else quoted, quotes doubled, line breaks as LF."""
    if value is NULL:
        return ""
    text = re.sub(r"\r\n|\r", "\n", value)
    return '"' + text.replace('"', '""') + '"'


def write_limesurvey():
    columns = lime_columns()
    code_lines, text_lines = [], []
    code_lines.append(",".join(lime_cell(c[0]) for c in columns))
    text_lines.append(",".join(lime_cell(c[1]) for c in columns))
    for person in LIME_PEOPLE:
        raw = lime_raw(person)
        cells, full = [], []
        for code, _, role in columns:
            key = role[4:] if role.startswith("row:") else role
            value = raw[key]
            cells.append(lime_cell(value))
            full.append(lime_cell(value if role.startswith("row:") or key in ("quartier.autre.text", "age")
                                  else lime_full(key, value)))
        code_lines.append(",".join(cells))
        text_lines.append(",".join(full))
    bom = b"\xef\xbb\xbf"
    # Every record ends with CRLF; the writer's close() adds one more CRLF: the file ends with an empty line.
    write_bytes("limesurvey-codes.csv", bom + ("\r\n".join(code_lines) + "\r\n\r\n").encode("utf-8"))
    write_bytes("limesurvey-fulltext.csv", bom + ("\r\n".join(text_lines) + "\r\n\r\n").encode("utf-8"))

    present = [c[2] for c in columns if not c[2].startswith("row:")]
    rows = []
    line = 2
    for number, person in enumerate(LIME_PEOPLE, start=1):
        partial = person.get("partial", False)
        values, missing = expected_row(esc_octant_values(person), set(present), ESC_VARS, ESC_QUESTIONS,
                                       ESC_CONDITIONS, None, partial, ESC_ESCAPES)
        rows.append({"source_row": number, "line": line, "source_id": str(person["id"]),
                     "status": "partial" if partial else "complete", "started": paris_to_utc(person["start"]),
                     "wave": None, "participant_code": None, "values": values, "missing": missing})
        line += 1 + (person["autre"] or "").count("\n")
    for name, kind in (("limesurvey-codes", "code"), ("limesurvey-fulltext", "full")):
        fmt = {"encoding": "UTF-8", "bom": True, "separator": ",", "quote": "\"", "quoting": "every non-NULL cell",
               "line_end": "CRLF", "newline_in_cells": "LF", "header_lines": 1, "records": len(LIME_PEOPLE),
               "trailing_empty_line": True, "time_zone": "Europe/Paris"}
        ignored = [c[0] if kind == "code" else c[1] for c in columns
                   if c[2].startswith("row:") and c[2][4:] not in ("submitdate", "startdate")]
        write_json(f"{name}.expected.json", expected_document(
            f"{name}.csv", ESC_SURVEY, ESC_VARS, present, fmt, rows,
            {"ignored_columns": ignored,
             "row_fields": {"status": "submitdate (empty: partial)", "started": "startdate, Europe/Paris wall clock"}}))
    return columns


# =================================================================================================================
# esc-usagers respondents of the Google Form (self-administered; a different group of people)
# =================================================================================================================

GOOGLE_PEOPLE = [
    dict(when=(2025, 3, 24, 9, 41, 12), sexe="femme", quartier="blosne", autre=None, age=41,
         aise=[5, 4, 6, 4, 5, 6, 7, 3, 6, 5], equipement=["non", "oui", "non", "oui", "oui", "non"],
         esc=[0, 0, 0, 1, 0, 0], services=["oui", "non", "non", "oui", "non"], visite="oui", visites=4, visites_raw="4",
         satisfaction=[6, 7, 7, 6, 6, 7, 7, 8], remarques1="", remarques2="Très bon accueil, merci !"),
    dict(when=(2025, 3, 24, 14, 5, 47), sexe="homme", quartier="maurepas", autre=None, age=63,
         aise=[2, 2, 1, "nsp", 1, 2, 2, "nc", 1, 3], equipement=["non", "oui", "non", "non", "non", "non"],
         esc=[0, 1, 0, 0, 0, 0], services=["oui", "nsp", "oui", "oui", "non"], visite="oui", visites=None, visites_raw=".",
         satisfaction=[8, 8, 7, 7, 8, "nsp", 8, 8], remarques1="", remarques2=""),
    dict(when=(2025, 3, 27, 11, 18, 3), sexe="femme", quartier="autre", autre="Chantepie", age=36,
         aise=[7, 6, 8, 5, 7, 8, 8, 6, 8, 7], equipement=["oui", "oui", "oui", "oui", "oui", "non"],
         esc=[1, 0, 0, 1, 0, 0], services=["non", "non", "non", "oui", "non"], visite="non", visites=None, visites_raw="",
         satisfaction=[None] * 8, remarques1="", remarques2=""),
    dict(when=(2025, 3, 29, 18, 52, 30), sexe="homme", quartier="villejean", autre=None, age=24,
         aise=[8, 7, 8, 6, 6, 8, 8, 7, 8, 6], equipement=["oui", "oui", "non", "oui", "oui", "non"],
         esc=[0, 0, 0, 0, 0, 1], services=["non", "non", "non", "non", "oui"], visite="oui", visites=2, visites_raw="2",
         satisfaction=[5, 6, 5, "nc", 4, 6, 5, 6], remarques1="", remarques2=""),
    # After the change to summer time (30 March 2025): UTC+2.
    dict(when=(2025, 3, 31, 10, 7, 55), sexe="femme", quartier="autre", autre="cesson-sévigné", age=55,
         aise=[3, 3, 4, 2, None, 4, 5, "nc", 3, 4], equipement=["non", "oui", "oui", "oui", "non", "non"],
         esc=[0, 0, 0, 0, 1, 1], services=["oui", "oui", "non", "non", "non"], visite="oui", visites=15, visites_raw="15",
         satisfaction=[7, 7, None, 6, 7, 7, 8, 7], remarques1="", remarques2=""),
    dict(when=(2025, 4, 2, 15, 33, 19), sexe="femme", quartier="cleunay", autre=None, age=70,
         aise=[1, 1, 1, 1, 1, 1, 2, "nc", 1, 1], equipement=["non"] * 6,
         esc=[0, 0, 0, 0, 1, 0], services=["oui", "oui", "nsp", "nsp", "non"], visite="non", visites=None, visites_raw="",
         satisfaction=[None] * 8, remarques1="Je viens surtout pour la CAF", remarques2=""),
    dict(when=(2025, 4, 3, 12, 15, 40), sexe="homme", quartier="centre", autre=None, age=31,
         aise=[6, 5, 7, 5, 6, 7, 7, 6, 7, 7], equipement=["oui", "oui", "non", "oui", "oui", "non"],
         esc=[1, 1, 1, 0, 0, 0], services=["non", "non", "oui", "oui", "non"], visite="oui", visites=7, visites_raw="7",
         satisfaction=[7, 6, 6, 7, 7, 6, 6, 7], remarques1="", remarques2=""),
    dict(when=(2025, 4, 7, 8, 58, 2), sexe="femme", quartier="ferrer", autre=None, age=47,
         aise=[4, 3, 5, 3, 4, 5, 6, 2, 5, 5], equipement=["non", "oui", "oui", "oui", "oui", "non"],
         esc=[0, 0, 1, 0, 0, 0], services=["oui", "oui", "non", "oui", "non"], visite="oui", visites=20, visites_raw="20",
         satisfaction=[8, 8, 7, 8, 7, 8, 8, 8], remarques1="",
         remarques2="Réponse remplie avec l’aide de ma fille.\nMerci pour les ateliers du jeudi."),
    # Optional questions left empty: sex, age, one grid row.
    dict(when=(2025, 4, 8, 17, 20, 11), sexe=None, quartier="jeanne_darc", autre=None, age=None,
         aise=[7, 7, 8, 6, 5, 7, 8, 6, 8, 7], equipement=["non", "oui", "non", "oui", "oui", "non"],
         esc=[1, 0, 0, 0, 0, 0], services=["non", None, "non", "non", "non"], visite="non", visites=None, visites_raw="",
         satisfaction=[None] * 8, remarques1="", remarques2=""),
]

GOOGLE_SCALE = {1: "1 - Pas du tout d'accord", **{p: str(p) for p in range(2, 8)}, 8: "8 - Tout à fait d'accord",
                "nsp": "Je ne sais pas", "nc": "Non concerné"}
GOOGLE_OUINON = {"oui": "Oui", "non": "Non", "nsp": "Je ne sais pas"}


def google_columns():
    """(heading, octant variable or role)."""
    t = ESC_TEXT
    columns = [("Horodateur", "row:started"), (t["sexe"], "sexe"), (t["quartier"], "quartier"), (t["age"], "age")]
    columns += [(f"{t['aise']} [{t['aise.' + i]}]", f"aise.{i}") for i in AISE]
    columns += [(f"{t['equipement']} [{t['equipement.' + r]}]", f"equipement.{r}") for r in EQUIP]
    columns.append(("Remarques", "ignore"))
    columns.append((t["esc"], "esc"))
    columns += [(f"{t['services']} [{t['services.' + r]}]", f"services.{r}") for r in SERVICES]
    columns.append((t["visite"], "visite"))
    columns.append((t["visites"], "visites"))
    columns += [(f"{t['satisfaction']} [{t['satisfaction.' + i]}]", f"satisfaction.{i}") for i in SATIS]
    columns.append(("Remarques", "ignore"))
    return columns


def google_cells(person):
    cells = {}
    cells["sexe"] = {"femme": "Femme", "homme": "Homme", None: ""}[person["sexe"]]
    cells["quartier"] = person["autre"] if person["quartier"] == "autre" else ESC_TEXT["quartier." + person["quartier"]]
    cells["age"] = "" if person["age"] is None else str(person["age"])
    for item, value in zip(AISE, person["aise"]):
        cells[f"aise.{item}"] = "" if value is None else GOOGLE_SCALE[value]
    for row, value in zip(EQUIP, person["equipement"]):
        cells[f"equipement.{row}"] = GOOGLE_OUINON[value]
    cells["esc"] = ", ".join(ESC_TEXT["esc." + o] for o, chosen in zip(ESC, person["esc"]) if chosen)
    for row, value in zip(SERVICES, person["services"]):
        cells[f"services.{row}"] = "" if value is None else GOOGLE_OUINON[value]
    cells["visite"] = GOOGLE_OUINON[person["visite"]]
    cells["visites"] = person["visites_raw"]
    for item, value in zip(SATIS, person["satisfaction"]):
        cells[f"satisfaction.{item}"] = "" if value is None else GOOGLE_SCALE[value]
    return cells


def google_timestamp(when):
    local = datetime.datetime(*when, tzinfo=PARIS)
    hour = local.hour % 12 or 12
    offset = int(local.utcoffset().total_seconds() // 3600)
    return f"{local:%Y/%m/%d} {hour}:{local:%M:%S} {'AM' if local.hour < 12 else 'PM'} UTC+{offset}"


def excel_cell(text):
    """French Excel, "CSV (séparateur : point-virgule)": quotes only cells holding ; " or a line break."""
    if any(c in text for c in ';"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_google():
    columns = google_columns()
    direct, excel = [], []
    direct.append(",".join('"' + h + '"' for h, _ in columns))
    excel.append(";".join(excel_cell(h) for h, _ in columns))
    rows_direct, rows_excel = [], []
    line_direct = line_excel = 2
    present = [r for _, r in columns if not r.startswith("row:") and r not in ("ignore", "esc")]
    present += [f"esc.{o}" for o in ESC]
    for number, person in enumerate(GOOGLE_PEOPLE, start=1):
        cells = google_cells(person)
        remarks = iter([person["remarques1"], person["remarques2"]])
        out_direct, out_excel = [], []
        for heading, role in columns:
            if role == "row:started":
                local = datetime.datetime(*person["when"], tzinfo=PARIS)
                out_direct.append('"' + google_timestamp(person["when"]) + '"')
                out_excel.append(excel_cell(f"{local:%d/%m/%Y %H:%M}"))
                continue
            value = next(remarks) if role == "ignore" else cells[role]
            out_direct.append('"' + value.replace('"', '""') + '"')
            out_excel.append(excel_cell(value))
        direct.append(",".join(out_direct))
        excel.append(";".join(out_excel))
        local = datetime.datetime(*person["when"], tzinfo=PARIS)
        values, missing = expected_row(esc_octant_values(person), set(present), ESC_VARS, ESC_QUESTIONS,
                                       ESC_CONDITIONS, None, False, ESC_ESCAPES)
        newlines = person["remarques2"].count("\n") + person["remarques1"].count("\n")
        common = {"source_row": number, "source_id": None, "status": "complete", "wave": None, "participant_code": None}
        rows_direct.append({**common, "line": line_direct, "source_id": google_timestamp(person["when"]),
                            "started": local.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                            "values": values, "missing": missing})
        rows_excel.append({**common, "line": line_excel, "source_id": f"{local:%d/%m/%Y %H:%M}",
                           "started": local.replace(second=0).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                           "values": values, "missing": missing})
        line_direct += 1 + newlines
        line_excel += 1 + newlines
    write_bytes("google-forms.csv", ("\n".join(direct) + "\n").encode("utf-8"))
    write_bytes("google-forms-cp1252.csv", ("\r\n".join(excel) + "\r\n").encode("cp1252"))
    ignored = [f"{h} (column {i})" for i, (h, r) in enumerate(columns, start=1) if r == "ignore"]
    write_json("google-forms.expected.json", expected_document(
        "google-forms.csv", ESC_SURVEY, ESC_VARS, present,
        {"encoding": "UTF-8", "bom": False, "separator": ",", "quote": "\"", "quoting": "every cell", "line_end": "LF",
         "newline_in_cells": "LF", "header_lines": 1, "records": len(GOOGLE_PEOPLE),
         "timestamp_format": "yyyy/MM/dd h:mm:ss AM|PM UTC+H (the offset of that moment)"},
        rows_direct, {"ignored_columns": ignored, "row_fields": {"started": "Horodateur (the time the form was sent)"}}))
    write_json("google-forms-cp1252.expected.json", expected_document(
        "google-forms-cp1252.csv", ESC_SURVEY, ESC_VARS, present,
        {"encoding": "Windows-1252", "bom": False, "separator": ";", "quote": "\"",
         "quoting": "only cells holding ; \" or a line break", "line_end": "CRLF", "newline_in_cells": "LF",
         "header_lines": 1, "records": len(GOOGLE_PEOPLE), "timestamp_format": "dd/MM/yyyy HH:mm, Europe/Paris wall clock",
         "time_zone": "Europe/Paris"},
        rows_excel, {"ignored_columns": ignored, "expected_warnings": ["encoding: Windows-1252 converted to UTF-8"],
                     "row_fields": {"started": "Horodateur, Europe/Paris wall clock, seconds lost"}}))
    return columns


# =================================================================================================================
# accompagnement-impact: KoboToolbox submissions (6 people before the support, 5 of them again after, 1 more before)
# =================================================================================================================

AGE_CODES = {"moins25": "1", "a25_39": "2", "a40_59": "3", "a60_74": "4", "plus75": "5"}
IMPACT_AISE = items(IMPACT_QUESTIONS, "aise")
IMPACT_AUTO = items(IMPACT_QUESTIONS, "autonomie")
IMPACT_CONF = items(IMPACT_QUESTIONS, "confiance")
IMPACT_DROITS = items(IMPACT_QUESTIONS, "droits")
IMPACT_PROGRES = items(IMPACT_QUESTIONS, "progres")
IMPACT_RETRO = items(IMPACT_QUESTIONS, "retro")
IMPACT_EQUIP = items(IMPACT_QUESTIONS, "equipement")


def impact_values(profile, answers, wave):
    """Octant values of one accompagnement-impact session."""
    values = {"age_tranche": profile.get("age_tranche"), "site": profile.get("site"),
              "site.autre.text": profile.get("site_autre"), "type": profile.get("type"),
              "type.autre.text": profile.get("type_autre"), "diplome": profile.get("diplome"),
              "formation": profile.get("formation")}
    equipement = profile.get("equipement")
    for option in IMPACT_EQUIP:
        values[f"equipement.{option}"] = None if equipement is None else int(option in equipement)
    values["seances"] = answers.get("seances")
    for prefix, names in (("aise", IMPACT_AISE), ("autonomie", IMPACT_AUTO), ("confiance", IMPACT_CONF),
                          ("droits", IMPACT_DROITS), ("progres", IMPACT_PROGRES)):
        for name, value in zip(names, answers.get(prefix, [None] * len(names))):
            values[f"{prefix}.{name}"] = value
    retro = answers.get("retro", [None] * 6)
    for index, name in enumerate(IMPACT_RETRO):
        values[f"retro.{name}.before"] = retro[2 * index]
        values[f"retro.{name}.now"] = retro[2 * index + 1]
    return values


KOBO_PEOPLE = {
    "K1": dict(code=("Ma", "7", "1"), code_after=("MA", "7", "1"), age_tranche="a40_59", site="esc", type="individuel",
               diplome="brevet", equipement=["smartphone"], formation="non"),
    "K2": dict(code=("Élise", "23", "0"), code_after=("el", "23", "0"), age_tranche="a25_39", site="autre",
               site_autre="Centre social Carrefour 18", type="atelier", diplome="bac", equipement=["smartphone", "internet"],
               formation="oui"),
    "K3": dict(code=("nsp", "12", "2"), code_after=("NSP", "12", "2"), age_tranche="a60_74", site="mediatheque",
               type="ponctuel", diplome="nsp", equipement=["aucun"], formation="non"),
    "K4": dict(code=("Jo", "1", "0"), code_after=("Jo", "1", "0"), age_tranche="moins25", site="france_services",
               type="autre", type_autre='Aide pour le dossier "MDPH"\net la carte mobilité inclusion', diplome="aucun",
               equipement=["smartphone", "ordinateur", "internet"], formation="non"),
    "K5": dict(code=("Fa", "30", "3"), code_after=("fa", "30", "3"), age_tranche="plus75", site="mairie", type="individuel",
               diplome="superieur", equipement=["ordinateur", "tablette", "internet"], formation="oui"),
    "K6": dict(code=("Lu", "15", "1"), age_tranche="a40_59", site="association", type="atelier", diplome="bac",
               equipement=["smartphone", "tablette"], formation="oui"),
    "K7": dict(code=("Ké", "9", "0"), age_tranche="a25_39", site="esc", type="ponctuel", diplome=None, equipement=None,
               formation=None),
}

# (person, wave, start local time, answers). Before: aise, autonomie, confiance; after: those, seances, progres, retro.
KOBO_SUBMISSIONS = [
    ("K1", "avant", "2025-02-03T10:12:45.123+01:00", dict(aise=[3, 2, 4, 3], autonomie=[2, 1, "nc"], confiance=[7, 8, 4])),
    ("K2", "avant", "2025-02-03T14:31:09.870+01:00", dict(aise=[5, 6, 7, 6], autonomie=[4, 3, 5], confiance=[5, 6, 7])),
    ("K3", "avant", "2025-02-05T09:05:51.402+01:00", dict(aise=[1, 1, 2, 1], autonomie=["nc", "nc", 2], confiance=[8, 8, "nsp"])),
    ("K4", "avant", "2025-02-06T16:44:20.015+01:00", dict(aise=[6, 5, 7, 7], autonomie=[3, 2, 5], confiance=[5, 7, 6])),
    ("K5", "avant", "2025-02-10T11:20:33.660+01:00", dict(aise=[4, 3, 5, 4], autonomie=[2, "nc", 4], confiance=[6, 7, 5])),
    ("K6", "avant", "2025-02-11T10:02:17.239+01:00", dict(aise=[5, 4, 6, 5], autonomie=[4, 4, 5], confiance=[5, 6, 6])),
    ("K7", "avant", "2025-02-12T15:37:48.901+01:00", dict(aise=[7, "nsp", 8, 7], autonomie=[6, 6, 7], confiance=[2, 3, 7])),
    ("K1", "apres", "2025-05-19T10:08:12.554+02:00", dict(seances=8, aise=[5, 5, 6, 6], autonomie=[5, 4, 6], confiance=[4, 5, 6],
                                                          progres=[7, 6, 7, 6], retro=[3, 6, 2, 5, 7, 4])),
    ("K2", "apres", "2025-05-20T14:15:40.003+02:00", dict(seances=12, aise=[7, 7, 8, 8], autonomie=[7, 6, 8], confiance=[3, 3, 8],
                                                          progres=[8, 8, 7, 7], retro=[5, 8, 4, 7, 5, 2])),
    ("K3", "apres", "2025-05-22T09:30:27.118+02:00", dict(seances="nsp", aise=[2, 2, 3, 2], autonomie=[1, 1, 3], confiance=[7, 8, 3],
                                                          progres=[5, 4, 5, 4], retro=[1, 3, "nsp", 1, 8, 7])),
    ("K4", "apres", "2025-06-02T16:50:03.777+02:00", dict(seances=3, aise=[7, 6, 8, 8], autonomie=[6, 5, 7], confiance=[4, 5, 7],
                                                          progres=[6, 6, 6, 5], retro=[6, 7, 3, 6, 5, 4])),
    ("K5", "apres", "2025-06-03T11:12:58.240+02:00", dict(seances=20, aise=[6, 5, 6, 6], autonomie=[5, "nc", 6], confiance=[4, 5, 6],
                                                          progres=[7, 7, 6, None], retro=[4, 6, 2, 5, 6, 4])),
]

KOBO_WAVE = {"avant": "t0", "apres": "t1"}
KOBO_SCALE = {**{p: str(p) for p in range(1, 9)}, "nsp": "99", "nc": "98"}
KOBO_SITE = {"esc": "esc", "france_services": "france_services", "mediatheque": "mediatheque",
             "association": "association", "mairie": "mairie", "autre": "other"}


def normalise_code(mere, jour, aines):
    """What ParticipantCodeNormaliser makes of the three answers (letters 2, digits 2, digits 1)."""
    unknown = {"", "x", "xx", "xxx", "nsp", "ne sait pas", "je ne sais pas", "sais pas", "dk", "don't know",
               "dont know", "i don't know", "unknown"}
    def fold(text):
        return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").strip()

    def letters(text, n):
        if fold(text).lower() in unknown:
            return "X" * n
        kept = [c for c in fold(text).upper() if "A" <= c <= "Z"][:n]
        return "".join(kept) + "X" * (n - len(kept))

    def digits(text, n):
        if fold(text).lower() in unknown:
            return "X" * n
        return text.zfill(n)

    return letters(mere, 2) + digits(jour, 2) + digits(aines, 1)


def kobo_columns():
    columns = [("start", "row:started"), ("end", "ignore"), ("today", "ignore"),
               ("identification/vague", "row:wave"), ("identification/code_mere", "code:mere"),
               ("identification/code_jour", "code:jour"), ("identification/code_aines", "code:aines"),
               ("profil/age_tranche", "age_tranche"), ("profil/site", "site"), ("profil/site_other", "site.autre.text"),
               ("profil/type", "type"), ("profil/type_autre", "type.autre.text"), ("profil/diplome", "diplome"),
               ("profil/equipement", "equipement")]
    columns += [(f"profil/equipement/{o}", f"equipement.{o}") for o in IMPACT_EQUIP]
    columns += [("profil/formation", "formation"), ("profil/seances", "seances")]
    columns += [(f"effets/aise_{i}", f"aise.{i}") for i in IMPACT_AISE]
    columns += [(f"effets/autonomie_{i}", f"autonomie.{i}") for i in IMPACT_AUTO]
    columns += [(f"effets/confiance_{i}", f"confiance.{i}") for i in IMPACT_CONF]
    columns += [(f"bilan/progres_{i}", f"progres.{i}") for i in IMPACT_PROGRES]
    for item in IMPACT_RETRO:
        columns += [(f"bilan/retro_{item}_avant", f"retro.{item}.before"), (f"bilan/retro_{item}_auj", f"retro.{item}.now")]
    columns += [(name, "ignore") for name in ("_id", "_uuid", "_submission_time", "_validation_status", "_notes",
                                               "_status", "_submitted_by", "__version__", "_tags", "_index")]
    return columns


def write_kobo():
    columns = kobo_columns()
    lines = [";".join(f'"{h}"' for h, _ in columns)]
    rows = []
    line = 2
    present = [r for _, r in columns if not r.startswith(("row:", "code:")) and r not in ("ignore", "equipement")]
    for index, (key, wave, start, answers) in enumerate(KOBO_SUBMISSIONS, start=1):
        person = KOBO_PEOPLE[key]
        code = person["code_after"] if wave == "apres" else person["code"]
        values = impact_values(person, answers, wave)
        start_moment = datetime.datetime.fromisoformat(start)
        end_moment = start_moment + datetime.timedelta(minutes=11, seconds=27 + 3 * index)
        submitted = (end_moment + datetime.timedelta(minutes=4, seconds=index)).astimezone(datetime.timezone.utc)
        cells = {"start": start, "end": end_moment.isoformat(timespec="milliseconds"), "today": start[:10],
                 "identification/vague": KOBO_WAVE[wave], "identification/code_mere": code[0],
                 "identification/code_jour": code[1], "identification/code_aines": code[2]}

        def put(column, value):
            cells[column] = value

        put("profil/age_tranche", "" if values["age_tranche"] is None else AGE_CODES[values["age_tranche"]])
        put("profil/site", "" if values["site"] is None else KOBO_SITE[values["site"]])
        put("profil/site_other", values["site.autre.text"] or "")
        put("profil/type", values["type"] or "")
        put("profil/type_autre", values["type.autre.text"] or "")
        put("profil/diplome", values["diplome"] or "")
        chosen = person["equipement"]
        put("profil/equipement", "" if chosen is None else " ".join(chosen))
        for option in IMPACT_EQUIP:
            put(f"profil/equipement/{option}", "" if chosen is None else ("1" if option in chosen else "0"))
        put("profil/formation", {"oui": "yes", "non": "no", None: ""}[values["formation"]])
        seances = values["seances"]
        put("profil/seances", "" if seances is None else ("-99" if seances == "nsp" else str(seances)))
        for heading, role in columns:
            if heading.startswith(("effets/", "bilan/")):
                value = values[role]
                cells[heading] = "" if value is None else KOBO_SCALE[value]
        serial = 301245000 + 17 * index
        cells.update({"_id": str(serial), "_uuid": fake_uuid(f"kobo-{index}"),
                      "_submission_time": submitted.strftime("%Y-%m-%dT%H:%M:%S"), "_validation_status": "",
                      "_notes": "", "_status": "submitted_via_web", "_submitted_by": "mediateur_rennes",
                      "__version__": "vQ7dWm3xT2bR9kL4pN8sYc", "_tags": "", "_index": str(index)})
        lines.append(";".join('"' + cells[h].replace('"', '""') + '"' for h, _ in columns))
        json_values, missing = expected_row(values, set(present), IMPACT_VARS, IMPACT_QUESTIONS, IMPACT_CONDITIONS,
                                            wave, False, IMPACT_ESCAPES)
        rows.append({"source_row": index, "line": line, "source_id": cells["_uuid"], "status": "complete",
                     "started": offset_to_utc(start), "wave": wave, "participant_code": normalise_code(*code),
                     "values": json_values, "missing": missing})
        line += 1 + (values["type.autre.text"] or "").count("\n")
    write_bytes("kobotoolbox.csv", ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    write_json("kobotoolbox.expected.json", expected_document(
        "kobotoolbox.csv", IMPACT_SURVEY, IMPACT_VARS, present,
        {"encoding": "UTF-8", "bom": False, "separator": ";", "quote": "\"", "quoting": "every cell", "line_end": "CRLF",
         "newline_in_cells": "LF", "header_lines": 1, "records": len(KOBO_SUBMISSIONS)},
        rows, {"ignored_columns": [h for h, r in columns if r == "ignore"] + ["profil/equipement"],
               "row_fields": {"started": "start (ISO 8601 with offset)", "wave": "identification/vague (t0 avant, t1 apres)",
                              "participant_code": "identification/code_mere + code_jour + code_aines, normalised"}}))
    return columns


# =================================================================================================================
# accompagnement-impact: a data frame written by R's write.csv (6 people, before and after)
# =================================================================================================================

R_PEOPLE = {
    "BE140": dict(age=2, site="Espace numérique d'un ESC", site_autre=None, type="ACCOMPAGNEMENT INDIVIDUEL SUR PLUSIEURS RENDEZ-VOUS",
                  diplome=3, eq=[1, 0, 0, 1, 0], formation=False),
    "SA051": dict(age=4, site="Médiathèque, bibliothèque", site_autre=None, type="ATELIER COLLECTIF", diplome=2,
                  eq=[1, 0, 1, 1, 0], formation=True),
    "XX090": dict(age=5, site="Autre lieu", site_autre='Permanence "numérique" du CCAS\nquartier Sud-Gare',
                  type="AIDE PONCTUELLE (UNE DÉMARCHE, UNE QUESTION)", diplome=9, eq=[0, 0, 0, 0, 1], formation=None),
    "NO221": dict(age=1, site="France services", site_autre=None, type="ACCOMPAGNEMENT INDIVIDUEL SUR PLUSIEURS RENDEZ-VOUS",
                  diplome=1, eq=[1, 1, 0, 1, 0], formation=False),
    "fa303": dict(age=3, site="Mairie, CCAS", site_autre=None, type="ATELIER COLLECTIF", diplome=4, eq=[1, 1, 1, 1, 0],
                  formation=True),
    "LI310": dict(age=2, site="Association", site_autre=None, type="ACCOMPAGNEMENT INDIVIDUEL SUR PLUSIEURS RENDEZ-VOUS",
                  diplome=None, eq=[None] * 5, formation=True),
}
R_SITE = {"Espace numérique d'un ESC": "esc", "France services": "france_services", "Médiathèque, bibliothèque": "mediatheque",
          "Association": "association", "Mairie, CCAS": "mairie", "Autre lieu": "autre"}
R_TYPE = {"AIDE PONCTUELLE (UNE DÉMARCHE, UNE QUESTION)": "ponctuel",
          "ACCOMPAGNEMENT INDIVIDUEL SUR PLUSIEURS RENDEZ-VOUS": "individuel", "ATELIER COLLECTIF": "atelier"}
R_DIPLOME = {1: "aucun", 2: "brevet", 3: "bac", 4: "superieur", 9: "nsp"}
R_AGE = {1: "moins25", 2: "a25_39", 3: "a40_59", 4: "a60_74", 5: "plus75"}
R_NUMERIC = {99: "nsp", 98: "nc"}

# (row name, code, wave, complete, interview date, answers); Likert values as R holds them (99 ne sait pas,
# 98 non concerné, None = NA); seances -99 = missing marker; progres only after.
R_ROWS = [
    ("1", "BE140", "Avant", True, "2025-01-13", dict(aise=[4, 3, 5, 4], autonomie=[3, 2, 4], confiance=[6, 7, 5], droits=[3, 6])),
    ("2", "SA051", "Avant", True, "2025-01-14", dict(aise=[5, 5, 6, 5], autonomie=[4, 3, 98], confiance=[5, 5, 6], droits=[4, 5])),
    ("3", "XX090", "Avant", True, "2025-01-14", dict(aise=[1, 1, 2, 99], autonomie=[98, 98, 1], confiance=[8, 8, 99], droits=[None, 7])),
    ("5", "NO221", "Avant", True, "2025-01-20", dict(aise=[6, 6, 7, 7], autonomie=[4, 4, 6], confiance=[4, 6, 6], droits=[5, 4])),
    ("6", "fa303", "Avant", True, "2025-01-21", dict(aise=[5, 4, 6, 6], autonomie=[5, 4, 5], confiance=[5, 6, 6], droits=[6, 4])),
    ("7", "LI310", "Avant", True, "2025-01-23", dict(aise=[3, None, 4, 4], autonomie=[2, 2, 3], confiance=[7, 7, 5], droits=[3, 6])),
    ("8", "BE140", "Après", True, "2025-04-14", dict(seances=6, aise=[6, 6, 7, 6], autonomie=[6, 5, 6], confiance=[4, 4, 7],
                                                     droits=[6, 3], progres=[7, 7, 6, 6])),
    ("9", "SA051", "Après", True, "2025-04-15", dict(seances=10, aise=[6, 7, 7, 6], autonomie=[6, 5, 98], confiance=[3, 4, 7],
                                                     droits=[6, 3], progres=[6, 7, 7, 6])),
    ("11", "XX090", "Après", True, "2025-04-15", dict(seances=-99, aise=[2, 2, 3, 2], autonomie=[1, 2, 3], confiance=[7, 7, 4],
                                                      droits=[2, 6], progres=[5, 5, 4, 4])),
    ("12", "NO221", "Après", False, "2025-04-22", dict(seances=4, aise=[7, 7, 8, 8], autonomie=[6, 6, 7], confiance=[3, 4, 8],
                                                       droits=[7, 2], progres=[8, 7, None, None])),
    ("13", "fa303", "Après", True, "2025-04-23", dict(seances=15, aise=[7, 6, 7, 7], autonomie=[7, 6, 7], confiance=[3, 4, 7],
                                                      droits=[7, 2], progres=[7, 7, 8, 7])),
    ("14", "LI310", "Après", True, "2025-04-24", dict(seances=9, aise=[5, 5, 6, 6], autonomie=[5, 4, 5], confiance=[5, 5, 6],
                                                      droits=[5, 4], progres=[6, 99, 6, 5])),
]

R_EQ = ["eq_smartphone", "eq_ordinateur", "eq_tablette", "eq_internet", "eq_aucun"]


def r_double(value):
    """R prints doubles with 15 significant digits."""
    return f"{value:.15g}"


def r_columns():
    columns = [("", "row:name"), ("vague", "row:wave"), ("code", "row:participant_code"), ("complet", "row:status"),
               ("age_tranche", "age_tranche"), ("site", "site"), ("site_autre", "site.autre.text"), ("type", "type"),
               ("diplome", "diplome")]
    columns += [(name, f"equipement.{o}") for name, o in zip(R_EQ, IMPACT_EQUIP)]
    columns += [("formation", "formation"), ("seances", "seances")]
    columns += [(f"aise_{i}", f"aise.{i}") for i in IMPACT_AISE]
    columns += [(f"autonomie_{i}", f"autonomie.{i}") for i in IMPACT_AUTO]
    columns += [(f"confiance_{i}", f"confiance.{i}") for i in IMPACT_CONF]
    columns += [(f"droits_{i}", f"droits.{i}") for i in IMPACT_DROITS]
    columns += [(f"progres_{i}", f"progres.{i}") for i in IMPACT_PROGRES]
    columns += [("score_aise", "ignore"), ("date_entretien", "ignore")]
    return columns


def write_r():
    columns = r_columns()
    lines = [",".join(f'"{h}"' for h, _ in columns)]
    rows = []
    line = 2
    present = [r for _, r in columns if not r.startswith("row:") and r != "ignore"]
    for number, (name, code, wave_label, complete, date, answers) in enumerate(R_ROWS, start=1):
        person = R_PEOPLE[code]
        wave = "avant" if wave_label == "Avant" else "apres"

        def quoted(text):
            return "NA" if text is None else '"' + text.replace('"', '""') + '"'

        def number_cell(value):
            return "NA" if value is None else str(value)

        cells = [quoted(name), quoted(wave_label), quoted(code), "TRUE" if complete else "FALSE",
                 number_cell(person["age"]), quoted(person["site"]), quoted(person["site_autre"]), quoted(person["type"]),
                 number_cell(person["diplome"])]
        cells += [number_cell(v) for v in person["eq"]]
        cells.append({True: "TRUE", False: "FALSE", None: "NA"}[person["formation"]])
        cells.append(number_cell(answers.get("seances")))
        for key, count in (("aise", 4), ("autonomie", 3), ("confiance", 3), ("droits", 2), ("progres", 4)):
            cells += [number_cell(v) for v in answers.get(key, [None] * count)]
        aise_points = [v for v in answers["aise"] if v is not None and v < 90]
        cells.append(r_double(sum(aise_points) / len(aise_points)) if aise_points else "NA")
        cells.append(date)
        lines.append(",".join(cells))

        def octant(value):
            return R_NUMERIC.get(value, value) if isinstance(value, int) else value

        profile = {"age_tranche": R_AGE.get(person["age"]), "site": R_SITE[person["site"]], "site_autre": person["site_autre"],
                   "type": R_TYPE[person["type"]], "diplome": R_DIPLOME.get(person["diplome"]),
                   "formation": {True: "oui", False: "non", None: None}[person["formation"]],
                   "equipement": None if person["eq"][0] is None else [o for o, v in zip(IMPACT_EQUIP, person["eq"]) if v == 1]}
        octant_answers = {k: [octant(v) for v in vs] for k, vs in answers.items() if k != "seances"}
        seances = answers.get("seances")
        octant_answers["seances"] = None if seances in (None, -99) else seances
        values = impact_values(profile, octant_answers, wave)
        json_values, missing = expected_row(values, set(present), IMPACT_VARS, IMPACT_QUESTIONS, IMPACT_CONDITIONS,
                                            wave, not complete, IMPACT_ESCAPES)
        rows.append({"source_row": number, "line": line, "source_id": name, "status": "complete" if complete else "partial",
                     "started": None, "wave": wave, "participant_code": code.upper(), "values": json_values,
                     "missing": missing})
        line += 1 + (person["site_autre"] or "").count("\n")
    write_bytes("r-write-csv.csv", ("\n".join(lines) + "\n").encode("utf-8"))
    write_json("r-write-csv.expected.json", expected_document(
        "r-write-csv.csv", IMPACT_SURVEY, IMPACT_VARS, present,
        {"encoding": "UTF-8", "bom": False, "separator": ",", "quote": "\"",
         "quoting": "character and factor columns, row names and header (NA never quoted)", "line_end": "LF",
         "newline_in_cells": "LF", "header_lines": 1, "records": len(R_ROWS), "decimal": ".", "na": "NA"},
        rows, {"ignored_columns": ["\"\" (row names, column 1)", "score_aise", "date_entretien"],
               "row_fields": {"wave": "vague (Avant, Après)", "participant_code": "code (already joined, upper-cased)",
                              "status": "complet (TRUE complete, FALSE partial)"}}))
    return columns


# =================================================================================================================
# Hostile files (Octant's own column names, so that only the hostile part is new)
# =================================================================================================================

def write_hostile():
    esc, csi, rlo = "\x1b", "\x1b[2J", "\u202e"
    hostile_header = f"note{csi}{esc}[31m{rlo}txt.exe"
    header = ["status", "started", "sexe", "age", "quartier", "quartier.autre.text", hostile_header]
    records = [
        ["complete", "2025-03-11T13:02:37Z", "femme", "34", "blosne", "", "a"],
        ["complete", "2025-03-12T08:47:05Z", f"{csi}femme{rlo}", "67", "maurepas", "", "b"],
        ["complete", "2025-03-14T15:20:11Z", "homme", "45", "autre", f"Rennes{csi}{rlo}ecnerolF", "c"],
    ]

    def cell(text):
        return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n\r') else text

    lines = [",".join(cell(h) for h in header)] + [",".join(cell(v) for v in r) for r in records]
    write_bytes("hostile-terminal.csv", ("\n".join(lines) + "\n").encode("utf-8"))
    write_json("hostile-terminal.expected.json", {
        "fixture": "hostile-terminal.csv",
        "questionnaire": ESC_SURVEY,
        "format": {"encoding": "UTF-8", "bom": False, "separator": ",", "line_end": "LF", "header_lines": 1, "records": 3},
        "raw": {
            "header_column_7": hostile_header,
            "line_3_sexe": records[1][2],
            "line_4_quartier.autre.text": records[2][5],
        },
        "expected_issues": [
            {"line": 1, "column_index": 7, "column": hostile_header, "kind": "unknownColumn",
             "printed_column": "note\ufffd[2J\ufffd[31m\ufffdtxt.exe"},
            {"line": 3, "column_index": 3, "column": "sexe", "kind": "unknownOption", "value": records[1][2],
             "printed_value": "\ufffd[2Jfemme\ufffd"},
        ],
        "expected_text_value": {"line": 4, "source_row": 3, "variable": "quartier.autre.text", "value": records[2][5],
                                "printed": "Rennes\ufffd[2J\ufffdecnerolF"},
        "rule": "No byte 0x1B and no U+202A-U+202E / U+2066-U+2069 reaches the terminal, a report, an .sps or an .R file: "
                "TerminalText.printable replaces each with U+FFFD. The stored text answer keeps its characters.",
    }, ascii_only=True)

    # Invalid UTF-8: valid multi-byte text elsewhere in the file (so it is not Windows-1252), two bad sequences.
    head = b"status,sexe,age,quartier,quartier.autre.text\n"
    body = [
        b"complete,femme,34,autre,Cesson-S\xc3\xa9vign\xc3\xa9\n",
        b"complete,homme,52,autre,Saint-Gr\xc3goire\n",
        b"complete,femme,41,blosne,\n",
        b"complete,homme,27,autre,Acign\xff\n",
    ]
    data = head + b"".join(body)
    write_bytes("invalid-utf8.csv", data)
    first = data.index(b"\xc3goire")
    second = data.index(b"\xff")

    def position(offset):
        line_start = data.rfind(b"\n", 0, offset) + 1
        line = data.count(b"\n", 0, offset) + 1
        field_start = data.rfind(b",", line_start, offset) + 1
        return {"line": line, "source_row": line - 1, "column_index": 5, "column": "quartier.autre.text",
                "file_byte_offset": offset, "byte_in_cell": offset - field_start + 1,
                "bytes": data[offset:offset + 1].hex()}

    write_json("invalid-utf8.expected.json", {
        "fixture": "invalid-utf8.csv",
        "questionnaire": ESC_SURVEY,
        "format": {"encoding": "UTF-8 with two invalid sequences", "bom": False, "separator": ",", "line_end": "LF",
                   "header_lines": 1, "records": 4},
        "expected_outcome": "error: nothing is imported, both positions are reported in one run",
        "expected_errors": [
            {**position(first), "kind": "invalidUTF8",
             "detail": "0xC3 starts a two-byte sequence but is followed by 0x67 ('g'), not a continuation byte"},
            {**position(second), "kind": "invalidUTF8", "detail": "0xFF never occurs in UTF-8"},
        ],
        "why_not_windows_1252": "line 2 holds valid UTF-8 sequences (C3 A9 = é); a file that mixes valid multi-byte "
                                "UTF-8 with invalid bytes is broken UTF-8, not Windows-1252",
    })



# =================================================================================================================
# Mapping descriptions (*.mapping.md): which outside column feeds which variable, which outside value means what
# =================================================================================================================

def md_table(header, rows):
    def esc(text):
        return str(text).replace("|", "\\|").replace("\n", "\\n")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def md_value_table(pairs):
    return md_table(["outside value", "Octant value"], pairs)


def show(text):
    """A header or value as it is in the file, in backquotes, with invisible characters named."""
    shown = text.replace("\u00a0", "⍽NBSP⍽").replace("\n", "⏎LF⏎")
    return "`" + shown + "`" if "`" not in shown else shown


def absent_section(all_vars, present):
    absent = [v for v in all_vars if v not in present]
    return ("## Variables that no column feeds\n\n"
            "The import must name each of these in a warning (they load as \"not reached\"), not pass over them "
            f"in silence ({len(absent)}):\n\n" + ", ".join(f"`{v}`" for v in absent) + "\n")


def write_mapping(name, text):
    write_bytes(name, (text.strip() + "\n").encode("utf-8"))


def lime_mapping(columns, fulltext):
    heading = 1 if fulltext else 0
    title = "limesurvey-fulltext.csv" if fulltext else "limesurvey-codes.csv"
    rows = []
    sets = {}
    for index, column in enumerate(columns, start=1):
        header, role = column[heading], column[2]
        if role.startswith("row:"):
            field = role[4:]
            target = {"submitdate": "row status", "startdate": "row start time"}.get(field, "ignored")
            rule = {"submitdate": "non-empty: complete; empty: partial",
                    "startdate": "Europe/Paris wall clock → UTC",
                    "id": "LimeSurvey response id: the row's outside id (idempotent re-import, duplicates)"}.get(field, "")
            rows.append((index, show(header), target, rule))
            continue
        qid = role.split(".")[0]
        value_set = {"sexe": "sexe", "quartier": "quartier", "age": "whole number", "visites": "whole number",
                     "aise": "aise", "equipement": "yes/no", "esc": "checkbox", "visite": "yes/no",
                     "satisfaction": "satisfaction"}.get(qid, "free text")
        if role == "quartier.autre.text":
            value_set = "free text (the \"Other\" text)"
        rows.append((index, show(header), f"`{role}`", value_set))
    if fulltext:
        sets["sexe"] = [("`Femme`", "`femme`"), ("`Homme`", "`homme`")]
        sets["quartier"] = [(show(LIME_QUARTIER_TEXT[q]), f"`{q}`") for q in QUARTIERS] + [("`Autre`", "`autre` (text in the next column)")]
        sets["aise"] = [(show(LIME_AISE_TEXT[k]), f"escape `{k}`" if isinstance(k, str) else str(k)) for k in LIME_AISE_TEXT] + [("`\"\"` (shown, not answered)", "not answered")]
        sets["satisfaction"] = [(show(LIME_SATIS_TEXT[k]), f"escape `{k}`" if isinstance(k, str) else str(k)) for k in LIME_SATIS_TEXT] + [("`\"\"` (not answered, or hidden by relevance)", "not answered")]
        sets["yes/no"] = [("`Oui`", "`oui`"), ("`Non`", "`non`"), ("`N/A` (visite: not answered or never shown)", "not answered")]
        sets["checkbox"] = [("`Oui`", "1"), ("`Non`", "0"), ("`N/A` (the question was never shown: NULL)", "not answered")]
    else:
        sets["sexe"] = [("`AO01`", "`femme`"), ("`AO02`", "`homme`")]
        sets["quartier"] = [(f"`{LIME_QUARTIER_CODE[q]}`", f"`{q}`") for q in QUARTIERS] + [("`-oth-`", "`autre` (text in `G01Q02[other]`)")]
        sets["aise"] = [(f"`{LIME_AISE_CODE[k]}`", f"escape `{k}`" if isinstance(k, str) else str(k)) for k in LIME_AISE_CODE] + [("`\"\"` (shown, \"No answer\")", "not answered")]
        sets["satisfaction"] = [(f"`{LIME_SATIS_CODE[k]}`", f"escape `{k}`" if isinstance(k, str) else str(k)) for k in LIME_SATIS_CODE] + [("`\"\"` / unquoted empty", "not answered")]
        sets["yes/no"] = [("`Y`", "`oui`"), ("`N`", "`non`"), ("`\"\"` / unquoted empty", "not answered")]
        sets["checkbox"] = [("`Y`", "1"), ("`\"\"` (shown, box not ticked)", "0"), ("unquoted empty (NULL: never shown)", "not answered")]
    sets["whole number"] = [("`34`", "34 (LimeSurvey trims the `.0000000000` of its DECIMAL column)"), ("unquoted empty", "not answered")]
    present = [c[2] for c in columns if not c[2].startswith("row:")]
    heading_kind = "Full question text" if fulltext else "Question code"
    answer_kind = "Full answers" if fulltext else "Answer codes"
    text = f"""
# Mapping: `{title}` → `Questionnaires/esc-usagers.survey`

## The file

LimeSurvey 6, *Responses → Export → Export results*: format **CSV**, completion state **All responses**, export
language **French**, headings **{heading_kind}**, responses **{answer_kind}**, CSV field separator **comma**, all
columns. Written by `CsvWriter` (see the README for the source): UTF-8 **with BOM**, `,`, every cell quoted except
database NULLs (written as nothing at all), `""` doubled, CRLF after each record, a line break inside a cell
normalised to LF, and one more CRLF after the last record (an empty last line).

Ten responses (ids 3 to 14; deleted test responses leave gaps). Response 12 stopped after the first page: no
submit date, last page 1, the second group never shown (NULL). The survey's server clock is Europe/Paris; the
responses straddle the change to summer time on 30 March 2025.

## Row fields

The file has no `session`, `wave`, `status` or `started` column: the mapping derives them.

- status: `submitdate` non-empty → complete, empty → partial (answers after the last one are then "not reached");
- started: `startdate` read as Europe/Paris wall-clock time (the file carries no offset), stored in UTC;
- outside id: `id` (a re-import must recognise its rows; two rows with one id are duplicates).

## Columns

{md_table(["#", "column", "feeds", "values"], rows)}

## Values

""" + "\n\n".join(f"### {name}\n\n{md_value_table(pairs)}" for name, pairs in sets.items()) + "\n\n" + absent_section(ESC_VARS, present)
    if fulltext:
        text += """
## Matching by text instead of this table

A mapping that finds columns and options by their text, rather than listing them, meets these differences
between the file and the questionnaire:

- question texts copied by hand: `Lieu d'habitation` (ASCII apostrophe) for Octant's `Lieu d’habitation`;
  `Chez moi, j’ai facilement accès à⍽NBSP⍽:` (a no-break space before the colon, as French typing or the
  HTML editor's `&nbsp;` leaves it) for Octant's ordinary space;
- the grid headers are `question [item]`, with a single space before `[`;
- the "Other" option is written `Autre` (LimeSurvey's own word, in the export language), Octant's label is
  `Autre commune, précisez`; its text column is `question [Autre]`;
- `TOUT À FAIT D’ACCORD` (capitals, typographic apostrophe) and `Pas du tout d’accord` for Octant's
  `Tout à fait d'accord` and `Pas du tout d'accord`: equal only when case and apostrophes are folded;
- the satisfaction array uses another label set (`1 - pas du tout satisfait` … `8 - tout à fait satisfait`,
  `NSP`): no folding makes these equal to Octant's labels; only an explicit value table maps them;
- `Oui`/`Non` mean 1/0 in the checkbox columns but the option codes `oui`/`non` in the yes/no columns;
- `N/A` is LimeSurvey's word for a yes/no or checkbox never answered (a missing marker, not an option).
"""
    return text



def google_mapping(columns, excel):
    title = "google-forms-cp1252.csv" if excel else "google-forms.csv"
    rows = []
    for index, (header, role) in enumerate(columns, start=1):
        shown_header = header
        if role == "row:started":
            rule = ("row start time: `dd/MM/yyyy HH:mm`, Europe/Paris wall clock → UTC (seconds lost)" if excel else
                    "row start time: `yyyy/MM/dd h:mm:ss AM|PM UTC+H` → UTC")
            rows.append((index, show(shown_header), rule, "also the row's outside id"))
            continue
        if role == "ignore":
            rows.append((index, show(shown_header), "ignored", "free comments (two columns with this same header)"))
            continue
        qid = role.split(".")[0]
        value_set = {"sexe": "sexe", "quartier": "quartier (choice with \"Autre :\")", "age": "whole number",
                     "aise": "grid 1-8", "satisfaction": "grid 1-8", "equipement": "grid Oui/Non",
                     "services": "grid Oui/Non/Je ne sais pas", "visite": "Oui/Non", "visites": "whole number",
                     "esc": "checkboxes"}[qid]
        target = "`esc.*` (one indicator per option)" if role == "esc" else f"`{role}`"
        rows.append((index, show(shown_header), target, value_set))
    scale = [(show(GOOGLE_SCALE[k]), f"escape `{k}`" if isinstance(k, str) else str(k)) for k in GOOGLE_SCALE]
    sets = {
        "sexe": [("`Femme`", "`femme`"), ("`Homme`", "`homme`"), ("empty", "not answered")],
        "quartier (choice with \"Autre :\")": [(show(ESC_TEXT['quartier.' + q]), f"`{q}`") for q in QUARTIERS]
        + [("any other text (what the person typed after \"Autre :\")", "`autre`, and the text itself → `quartier.autre.text`")],
        "grid 1-8 (aise, satisfaction)": scale + [("empty", "not answered (or not asked: satisfaction is in the section shown only after \"Oui\")")],
        "grid Oui/Non (equipement)": [("`Oui`", "`oui`"), ("`Non`", "`non`")],
        "grid Oui/Non/Je ne sais pas (services)": [("`Oui`", "`oui`"), ("`Non`", "`non`"),
                                                   ("`Je ne sais pas`", "option `nsp` (an option of `ouinonnsp`, not an escape)"),
                                                   ("empty", "not answered")],
        "Oui/Non (visite)": [("`Oui`", "`oui`"), ("`Non`", "`non`")],
        "whole number (age, visites)": [("`41`", "41"), ("`.`", "not answered (typed to get past a required field)"),
                                        ("empty", "not answered / not asked")],
        "checkboxes (esc)": [(show(ESC_TEXT['esc.' + o]), f"`esc.{o}` = 1") for o in ESC]
        + [("labels joined by `, `", "each listed option 1, every other option 0")],
    }
    present = [r for _, r in columns if not r.startswith("row:") and r not in ("ignore", "esc")] + [f"esc.{o}" for o in ESC]
    if excel:
        intro = """
The same nine responses as `google-forms.csv`, as they come out of the usual detour: the form's linked Google Sheet
(spreadsheet locale France) downloaded as CSV, opened in French Excel on Windows, saved as **CSV (séparateur :
point-virgule)**. Excel writes **Windows-1252** (no BOM), `;`, CRLF, and quotes a cell only when it holds `;`, `"` or
a line break; it re-reads the Sheet's `24/03/2025 09:41:12` as a date and writes it back in its display format,
`24/03/2025 09:41`, without the seconds. Headers and answers are otherwise those of `google-forms.csv`: the
mapping below is the same, only the dialect and the time stamp differ.
"""
    else:
        intro = """
Google Forms, *Responses → ⋮ → Download responses (.csv)* of a French form (the download is a zip holding this
file). Every cell quoted, `,`, no BOM, LF. The first column is the time the response was sent, headed `Horodateur`
(`Timestamp` in English); then one column per question headed with the question's title, and for a grid
one column per row headed `Question [Row]`. Choice answers are written as their labels; checkbox answers as the
chosen labels joined by `, `; an "Autre :" answer as the text typed; an unanswered question (or one in a section
that was skipped) as an empty cell.
"""
    return f"""
# Mapping: `{title}` → `Questionnaires/esc-usagers.survey`

## The file
{intro}
Nine responses, 24 March to 8 April 2025 (before and after the change to summer time on 30 March).

## Row fields

- status: every row is complete (Google Forms keeps only sent responses);
- started: `Horodateur` (the moment the form was *sent*: the only time Google Forms records);
- no wave, no participant code; the time stamp is the only outside id.

## Columns

{md_table(["#", "column", "feeds", "values"], rows)}

Columns {" and ".join(str(i) for i, (h, r) in enumerate(columns, start=1) if r == "ignore")} have the same header, `Remarques`: a mapping that names a column by its header must either
ignore both or say which one (by position).

## Values

""" + "\n\n".join(f"### {name}\n\n{md_value_table(pairs)}" for name, pairs in sets.items()) + "\n\n" + absent_section(ESC_VARS, present)


def kobo_mapping(columns):
    rows = []
    for index, (header, role) in enumerate(columns, start=1):
        if role.startswith("row:"):
            rows.append((index, show(header), {"row:started": "row start time", "row:wave": "row wave"}[role],
                         {"row:started": "ISO 8601 with offset → UTC", "row:wave": "`t0` → `avant`, `t1` → `apres`"}[role]))
        elif role.startswith("code:"):
            element = role[5:]
            rows.append((index, show(header), f"participant code, element `{element}`",
                         {"mere": "letters 2", "jour": "digits 2", "aines": "digits 1"}[element] + ", normalised"))
        elif role == "ignore":
            rows.append((index, show(header), "ignored", "`_uuid`: the row's outside id" if header == "_uuid" else ""))
        elif role == "equipement":
            rows.append((index, show(header), "ignored", "space-separated choice names; the 0/1 columns after it are used"))
        else:
            qid = role.split(".")[0]
            value_set = {"age_tranche": "age_tranche", "site": "site", "type": "type (same names)", "diplome": "diplome",
                         "formation": "yes_no", "seances": "seances", "equipement": "0/1",
                         "aise": "accord8", "autonomie": "accord8", "confiance": "accord8", "progres": "accord8",
                         "retro": "accord8"}.get(qid, "free text")
            if role.endswith(".text"):
                value_set = "free text (when the option is `other` / `autre`)"
            rows.append((index, show(header), f"`{role}`", value_set))
    sets = {
        "age_tranche": [(f"`{code}`", f"`{name}`") for name, code in AGE_CODES.items()],
        "site": [(f"`{k}`", f"`{v}`") for v, k in KOBO_SITE.items()] + [("`other`", "`autre`; its text is `profil/site_other`")],
        "diplome": [("`aucun`", "`aucun`"), ("`brevet`", "`brevet`"), ("`bac`", "`bac`"), ("`superieur`", "`superieur`"),
                    ("`nsp`", "escape `nsp` (a choice in the form, an escape answer in Octant)"), ("`\"\"`", "not answered")],
        "yes_no": [("`yes`", "`oui`"), ("`no`", "`non`"), ("`\"\"`", "not answered")],
        "seances": [("`8`", "8"), ("`-99`", "escape `nsp` (the form's hint: \"-99 si la personne ne sait pas\")"),
                    ("`\"\"`", "not asked at `t0` (relevant only at `t1`)")],
        "0/1": [("`1`", "1"), ("`0`", "0"), ("`\"\"` (question not answered)", "not answered")],
        "accord8": [(f"`{v}`", f"escape `{k}`" if isinstance(k, str) else str(k)) for k, v in KOBO_SCALE.items()]
        + [("`\"\"`", "not answered, or not asked (group `bilan` is relevant only at `t1`)")],
    }
    present = [r for _, r in columns if not r.startswith(("row:", "code:")) and r not in ("ignore", "equipement")]
    return f"""
# Mapping: `kobotoolbox.csv` → `Questionnaires/accompagnement-impact.survey`

## The file

KoboToolbox, *DATA → Downloads*: export type **CSV**, value and header format **XML values and headers**, *Export
Select Many questions as* **Single and separate columns** (the default), **Include groups in headers** ticked
(group separator `/`). Written by formpack's `to_csv` and kpi's export task (see the README): every cell quoted,
`;`, no BOM, each line ended by CRLF, a line break inside an answer kept as LF.

The XLSForm behind it: a `start` and `end` metadata pair, `today`; group `identification` (the wave as a
select_one `vague` with choices `t0`/`t1`, and the three answers of the participant code); group `profil`;
group `effets` (Likert items as select_one from a list `accord8` named `1`…`8`, `98` non concerné, `99` ne sait
pas); group `bilan`, relevant only at `t1`. Then kpi's own columns `_id` … `_index`.

Twelve submissions: seven people before the support (`t0`, February 2025, UTC+1), five of them again after (`t1`,
May–June 2025, UTC+2).

## Row fields

- wave: `identification/vague`, `t0` → `avant`, `t1` → `apres`;
- participant code: `identification/code_mere` (letters, 2) + `identification/code_jour` (digits, 2) +
  `identification/code_aines` (digits, 1), each normalised as `octant run` does (`ParticipantCodeNormaliser`:
  upper case, accents removed, first letters kept, digits left-padded with 0, "nsp" and the like → `X`s). Typed
  `Élise`/`23`/`0` and `el`/`23`/`0` are both `EL230`; `nsp`/`12`/`2` is `XX122`; `Ma`/`7`/`1` is `MA071`;
- started: `start` (the device's clock, with its offset), stored in UTC;
- status: complete (Kobo keeps only submitted forms);
- outside id: `_uuid`.

## Columns

{md_table(["#", "column", "feeds", "values"], rows)}

## Values

""" + "\n\n".join(f"### {name}\n\n{md_value_table(pairs)}" for name, pairs in sets.items()) + "\n\n" + absent_section(IMPACT_VARS, present)


def r_mapping(columns):
    rows = []
    for index, (header, role) in enumerate(columns, start=1):
        if role.startswith("row:"):
            what = {"row:name": ("ignored", "row names (R writes them with an empty header `\"\"`); the row's outside id"),
                    "row:wave": ("row wave", "`Avant` → `avant`, `Après` → `apres`"),
                    "row:participant_code": ("participant code", "already joined; upper-case it (`fa303` → `FA303`)"),
                    "row:status": ("row status", "`TRUE` → complete, `FALSE` → partial")}[role]
            rows.append((index, show(header) if header else "`\"\"` (empty header)", what[0], what[1]))
        elif role == "ignore":
            rows.append((index, show(header), "ignored",
                         "the evaluator's own mean (decimal point)" if header == "score_aise" else "a date (unquoted: R quotes only character and factor columns)"))
        else:
            qid = role.split(".")[0]
            value_set = {"age_tranche": "age_tranche (numeric codes)", "site": "site (factor labels)", "type": "type (upper-case labels)",
                         "diplome": "diplome (numeric codes)", "equipement": "0/1", "formation": "logical",
                         "seances": "seances", "aise": "Likert", "autonomie": "Likert", "confiance": "Likert",
                         "droits": "Likert", "progres": "Likert"}.get(qid, "free text")
            if role == "site.autre.text":
                value_set = "free text"
            rows.append((index, show(header), f"`{role}`", value_set))
    sets = {
        "age_tranche (numeric codes)": [(str(k), f"`{v}`") for k, v in R_AGE.items()] + [("`NA`", "not answered")],
        "site (factor labels)": [(show(k), f"`{v}`") for k, v in R_SITE.items()],
        "type (upper-case labels)": [(show(k), f"`{v}`") for k, v in R_TYPE.items()],
        "diplome (numeric codes)": [(str(k), f"`{v}`" if v != "nsp" else "escape `nsp`") for k, v in R_DIPLOME.items()] + [("`NA`", "not answered")],
        "0/1": [("`1`", "1"), ("`0`", "0"), ("`NA`", "not answered")],
        "logical": [("`TRUE`", "`oui`"), ("`FALSE`", "`non`"), ("`NA`", "not answered")],
        "seances": [("`6`", "6"), ("`-99`", "not answered (missing marker)"), ("`NA`", "not answered / not asked before")],
        "Likert": [("`1`…`8`", "scale point"), ("`99`", "escape `nsp`"), ("`98`", "escape `nc`"), ("`NA`", "not answered / not asked")],
        "free text": [("`\"…\"`", "the text, `\"\"` undone, line breaks kept"), ("`NA`", "not answered / not asked")],
    }
    present = [r for _, r in columns if not r.startswith("row:") and r != "ignore"]
    return f"""
# Mapping: `r-write-csv.csv` → `Questionnaires/accompagnement-impact.survey`

## The file

A data frame of the evaluator's, written with `write.csv(df, "r-write-csv.csv", fileEncoding = "UTF-8")` (R ≥ 4,
defaults otherwise): `sep = ","`, `dec = "."`, `qmethod = "double"`, `na = "NA"`, `row.names = TRUE`, hence
`col.names = NA`: a first column of row names with an empty header `""`. The header and the row names are quoted;
in the body only character and factor columns are quoted; numbers, logicals, dates and every `NA` are not. LF line
ends, no BOM.

The data frame was filtered (two test interviews removed) before being written: its row names are `1`–`3`, `5`–`9`,
`11`–`14`, not the row numbers.

Six people, each before (`Avant`, January 2025) and after (`Après`, April 2025).

## Row fields

- wave: `vague`: `Avant` → `avant`, `Après` → `apres`;
- participant code: `code`, upper-cased;
- status: `complet`;
- started: none in the file (`date_entretien` is a date without a time; it is ignored here);
- outside id: the row name.

## Columns

{md_table(["#", "column", "feeds", "values"], rows)}

## Values

""" + "\n\n".join(f"### {name}\n\n{md_value_table(pairs)}" for name, pairs in sets.items()) + "\n\n" + absent_section(IMPACT_VARS, present) + """
`-99` is a missing marker in this file (a code the evaluator used for "refused"), while `-99` in `seances` of
`kobotoolbox.csv` means "ne sait pas": markers are declared per file (or per column), never globally.
"""


if __name__ == "__main__":
    lime = write_limesurvey()
    write_mapping("limesurvey-codes.mapping.md", lime_mapping(lime, fulltext=False))
    write_mapping("limesurvey-fulltext.mapping.md", lime_mapping(lime, fulltext=True))
    google = write_google()
    write_mapping("google-forms.mapping.md", google_mapping(google, excel=False))
    write_mapping("google-forms-cp1252.mapping.md", google_mapping(google, excel=True))
    write_mapping("kobotoolbox.mapping.md", kobo_mapping(write_kobo()))
    write_mapping("r-write-csv.mapping.md", r_mapping(write_r()))
    write_hostile()
