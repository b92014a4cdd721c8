#!/usr/bin/env python3
"""Writes a large questionnaire: N Likert items in blocks of 10, with sections, conditions,
translations and choice questions, like a real instrument grown very large."""
import sys

items = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
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
print("\n".join(out))
