#!/usr/bin/env python3
"""Writes a questionnaire for the benchmarks.

generate.py N                 a large valid questionnaire: N Likert items in blocks of 10, with sections,
                              conditions, translations and choice questions, like a real instrument grown very large.
generate.py junk KIND BYTES   a hostile file of about BYTES bytes that `octant check` must get through in linear
                              time, printing at most 100 diagnostics. KIND is one of:
                                random       random bytes (mostly invalid UTF-8), seeded
                                huge-line    one line of random printable ASCII, no line break
                                short-lines  many short lines of punctuation and words that are no keywords
                                backslashes  lines of 80 backslashes
                                indentation  junk lines indented ever deeper (0 to 4,000 spaces, then again)
                                misspellings a valid header, then questions each conditioned on a misspelled name
                                             of an earlier one (the checks' suggestions and lookups)
                                modifiers    questions whose lines go on with hundreds of unknown modifiers
"""
import random
import sys


def valid(items):
    out = ["survey bench version 1 language fr", 'title: "Questionnaire de test de charge"', '  en: "Load test questionnaire"',
           "languages: fr en", 'escape nsp "Je ne sais pas"', '  en: "I don\'t know"', ""]
    out += ['section profil "Profil"', '  en: "Profile"', '  single groupe "Groupe" required', '    en: "Group"']
    for code in ("a", "b", "c"):
        out += [f'    {code} "Groupe {code}"', f'      en: "Group {code}"']
    out += ['  number age "Âge" 15..110', '    en: "Age"', '    expect: age <= 99 "Plus de 99 ans ?"', '      en: "Over 99?"']
    blocks = items // 10
    for b in range(blocks):
        if b % 20 == 0:
            out += [f'section s{b} "Section {b}" when age >= 18 or groupe in (a, b)', f'  en: "Section {b}"']
        out += [f'  likert bloc{b} "Je me sens à l\'aise pour les tâches du bloc {b} :" escape nsp shuffle',
                f'    en: "I feel at ease with the tasks of block {b}:"']
        for i in range(10):
            cond = f" when bloc{b}.i0 >= 4" if i == 9 else ""
            rev = " reverse" if i == 5 else ""
            out += [f'    i{i} "Effectuer la démarche administrative numéro {i} du bloc {b} sur internet"{rev}{cond}',
                    f'      en: "Carry out administrative task number {i} of block {b} online"']
    out += ["", 'score total "Score" mean bloc0 bloc1 bloc2 minimum 5', '  en: "Score"', "analysis", "  by groupe letters"]
    return "\n".join(out) + "\n"


def junk(kind, size):
    rng = random.Random(1)
    if kind == "random":
        return rng.randbytes(size)
    if kind == "huge-line":
        return bytes(rng.randrange(0x21, 0x7F) for _ in range(size))
    if kind == "short-lines":
        pieces = ["%%", ";;", "\\\\", "$", "?!", "@", "&", "~~", "^", "`", "[", "]", "{", "}", "|", "*"]
        words = ["zork", "blah", "quux", "foo", "bar"]
        lines, total = [], 0
        while total < size:
            line = " ".join(rng.choice(pieces + words) for _ in range(rng.randrange(2, 8)))
            lines.append(line)
            total += len(line) + 1
        return ("\n".join(lines) + "\n").encode()
    if kind == "backslashes":
        line = "\\" * 80 + "\n"
        return (line * (size // len(line))).encode()
    if kind == "indentation":
        lines, total, depth = [], 0, 0
        while total < size:
            line = " " * depth + rng.choice(["zork ;", "\\ x", "blah % y", "quux"])
            lines.append(line)
            total += len(line) + 1
            depth = (depth + 1) % 4000
        return ("\n".join(lines) + "\n").encode()
    if kind == "misspellings":
        lines, total, n = ["survey s version 1 language fr"], 0, 0
        while total < size:
            # q<n> exists; r<n> does not, and is one letter away from q<n>.
            line = f'yesno q{n} "Q{n}" when r{max(0, n - 1)} = oui'
            lines.append(line)
            total += len(line) + 1
            n += 1
        return ("\n".join(lines) + "\n").encode()
    if kind == "modifiers":
        lines, total, n = ["survey s version 1 language fr"], 0, 0
        while total < size:
            line = f'yesno q{n} "Q"' + " zz" * 300
            lines.append(line)
            total += len(line) + 1
            n += 1
        return ("\n".join(lines) + "\n").encode()
    sys.exit(f"unknown junk kind: {kind}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "junk":
        sys.stdout.buffer.write(junk(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 10_000_000))
    else:
        sys.stdout.write(valid(int(sys.argv[1]) if len(sys.argv) > 1 else 5000))
