#!/usr/bin/env python3
"""A Google-Forms-style export of Questionnaires/esc-usagers.survey with N rows: question texts as headers
(`Question [Item]` for the Likert blocks), labels as values ("8 - Tout à fait d'accord" at the ends of a scale),
checkbox labels joined by ", ", a French time stamp, an "Autre" typed in place of a choice. Deterministic."""
import csv, random, sys

out, rows = sys.argv[1], int(sys.argv[2])
rng = random.Random(14)
AISE = "En matière numérique, je me sens à l’aise pour : [{}]"
items = ["Utiliser mon matériel personnel (ordinateur, smartphone, console, box internet, etc…)",
         "Effectuer des démarches administratives sur internet",
         "Utiliser les réseaux sociaux numériques (comme Facebook par exemple)", "Protéger mes données personnelles",
         "Utiliser un logiciel de traitement de texte", "Envoyer et recevoir des e-mails",
         "Rechercher des informations sur internet", "Rechercher un emploi",
         "Accéder à des œuvres (films, séries, musique, jeux vidéo…)", "Me tenir au courant de l’actualité"]
EQUIP = "Chez moi, j’ai facilement accès à : [{}]"
equipment = ["Une tablette", "Un téléphone portable", "Une imprimante", "Une connexion internet", "Un ordinateur", "Un scanner"]
districts = ["Quartier Le Blosne", "Quartier Centre", "Quartier Maurepas / Bellangerais", "Quartier Sud-gare"]
header = ["Horodateur", "Sexe", "Lieu d’habitation", "Âge"] + [AISE.format(i) for i in items] + [EQUIP.format(e) for e in equipment]

def point():
    value = rng.randint(1, 8)
    if value == 1: return "1 - Pas du tout d'accord"
    if value == 8: return "8 - Tout à fait d'accord"
    return "Je ne sais pas" if rng.random() < 0.03 else str(value)

with open(out, "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(header)
    for row in range(rows):
        day, hour = 1 + row % 28, row % 12 + 1
        stamp = f"2025/03/{day:02d} {hour}:{row % 60:02d}:{(row * 7) % 60:02d} {'AM' if row % 2 else 'PM'} UTC+1"
        place = "Chantepie" if rng.random() < 0.05 else rng.choice(districts)
        age = "" if rng.random() < 0.02 else str(rng.randint(16, 90))
        writer.writerow([stamp, rng.choice(["Femme", "Homme"]), place, age] + [point() for _ in items]
                        + [rng.choice(["Oui", "Non"]) for _ in equipment])
