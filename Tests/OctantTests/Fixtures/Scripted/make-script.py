#!/usr/bin/env python3
"""Writes the scripted interview of a bundled questionnaire: drives `octant run --plain` screen by screen and
answers each with a fixed rule (scale points in rotation, some escapes, some skips, numbers in range, texts), so the
script covers every kind of screen. Its output, one typed line per screen, is committed as <questionnaire>.lines;
the test replays it in keypress mode (each line followed by Enter, as mediators type) and in line mode.

    python3 make-script.py ../../../../.build/debug/octant ../../../../Questionnaires/esc-usagers.survey > esc-usagers.lines
"""
import os, re, subprocess, sys, tempfile

octant, survey = sys.argv[1], sys.argv[2]
extra = sys.argv[3:]
data = tempfile.mkdtemp()
process = subprocess.Popen([octant, "run", survey, "--plain", "--data", data, "--seed", "7"] + extra,
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
lines, screen, count = [], b"", 0

def read_screen():
    buffer = b""
    while not buffer.endswith(b"> "):
        byte = process.stdout.read(1)
        if not byte:
            return None
        buffer += byte
    return buffer.decode()

while True:
    text = read_screen()
    if text is None:
        break
    count += 1
    if "Vague de mesure" in text and "Question" not in text:
        answer = "1"
    elif "Élément" in text:
        answer = "Marie" if "lettre" in text else "7"
    elif "Le code est-il juste" in text:
        answer = "o"
    elif "o : oui, je confirme" in text:
        answer = "o"
    elif "» : précisez, puis Entrée" in text:
        answer = "Cesson"
    elif "Toutes les questions ont été posées" in text:
        answer = ""
    else:
        keys = text.strip().split("\n")
        skippable = "s : sauter" in text
        escape = re.search(r"^  ([a-z])  ", text, re.M)
        if skippable and count % 11 == 0:
            answer = "s"
        elif escape and count % 7 == 0:
            answer = escape.group(1)
        elif "1 à " in text and ": répondre" in text:
            points = int(re.search(r"1 à (\d+) : répondre", text).group(1))
            answer = str(1 + count % points)
        elif "numéros : cocher" in text or "numéros séparés" in text:
            answer = "1 2"
        elif "numéro : choisir" in text or "tapez le numéro puis Entrée" in text:
            options = re.findall(r"^\s+(\d+)  ", text, re.M)
            answer = str(1 + count % max(1, len(options)))
        elif "tapez le nombre puis Entrée" in text:
            bounds = re.search(r"\(de (\d+) à (\d+)", text)
            answer = str(int(bounds.group(1)) + 3) if bounds else "3"
        elif "tapez la réponse puis Entrée" in text:
            answer = "Très bien, merci"
        else:
            sys.exit("unknown screen:\n" + text)
    if os.environ.get("DEBUG"): sys.stderr.write("--- %r\n%s\n" % (answer, text[-300:]))
    lines.append(answer)
    process.stdin.write((answer + "\n").encode())
    process.stdin.flush()
process.wait()
if process.returncode != 0:
    sys.exit("octant ended with %d: %s" % (process.returncode, process.stderr.read().decode()))
print("\n".join(lines))
