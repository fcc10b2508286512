"""h10-h23: written as the second blind held-out set (session 2).

Scored blind at the end of session 2 (README "Measured"), then moved into dev in session 3,
when a third held-out set (pages_heldout_*.py) was written.

Written without reading the rules (src/, tests/, benchmarks/) and never run through
pressclean. h10-h14 come from one regional-council newsroom (the same header, metadata,
related-headlines block and footer on every page, with small variations); h15-h23 come
from nine other sites, one page each.
"""
from build import B, L, P, X, Page, contact, dl, fig, org, phone, place

SET = "dev"

PAGES = []

# =========================================================================== region newsroom
REG_SITE = "presse.bretagne-region.example.bzh"
REG = org("Région Bretagne")


def reg_top(cat, date, minutes, banner=None):
    lines = []
    if banner:
        lines.append(banner)
    lines += ["Aller au contenu principal",
              "Menu",
              "Fermer",
              "RÉGION BRETAGNE",
              "Brezhoneg | English | Gallo",
              "Rechercher sur le site",
              "La Région",
              "La Région",
              "Vos aides",
              "Vos aides",
              "Territoires • Mer et littoral • Lycées • Mobilités • Économie • Environnement • International",
              "Salle de presse",
              "Salle de presse",
              f"Vous êtes ici : Accueil › Salle de presse › Communiqués › {cat}",
              "Communiqué de presse",
              f"Publié le {date}",
              f"Temps de lecture : {minutes} min"]
    return "\n".join(lines)


def reg_bottom(tags, related, pdf=None):
    lines = [f"Mots-clés : {tags}"]
    if pdf:
        lines.append(f"Télécharger le communiqué (PDF, {pdf} Ko)")
    lines += ["Partager : Facebook · LinkedIn · Bluesky · Courriel · Imprimer",
              "Sur le même sujet"]
    for head, date in related:
        lines += [head, date]
    lines += ["Voir tous les communiqués",
              "Conseil régional de Bretagne",
              "283, avenue du Général-Patton – CS 21101 – 35711 Rennes Cedex 7",
              "Nous contacter | Plan du site | Accessibilité : partiellement conforme | Mentions légales | Gestion des cookies",
              "Ce site utilise des cookies de mesure d’audience. Accepter | Refuser | Personnaliser"]
    return "\n".join(lines)


def reg_meta(defects):
    return {"site": REG_SITE, "style": "regional-council",
            "defects": ["menu", "duplicate-lines", "breadcrumb", "share-lines", "cookie-banner"] + defects}


REG_NOTE = ("Site furniture (skip link, Menu/Fermer, language line, doubled section labels, bullet list of themes, "
            "breadcrumb, 'Communiqué de presse' / 'Publié le' / reading-time lines, keywords, PDF link, share line, "
            "'Sur le même sujet' headlines with dates, footer with CS and Cedex postcode, cookie line at the bottom) "
            "is shared by h10-h14; its numbers are not figures.")

# --------------------------------------------------------------------------- h10 (furniture only)
PAGES.append(Page(
    name="h10-regionbzh-tempete-ports-pecheurs",
    meta=reg_meta([]),
    blocks=[
        B(reg_top("Mer et littoral", "12/02/2025", 3)),
        P("Tempête Karla : la Région débloque 6,5 millions d’euros pour les ports et les pêcheurs"),
        P("Rennes, le 12 février 2025"),
        P("Réunie en session extraordinaire le 10 février, l’assemblée régionale a adopté à l’unanimité un fonds d’urgence de 6,5 millions d’euros destiné aux ports, aux pêcheurs et aux conchyliculteurs touchés par la tempête Karla, qui a frappé les côtes bretonnes dans la nuit du 26 janvier."),
        P("Selon un premier bilan établi avec les comités des pêches, 312 navires ont été endommagés, dont 47 ne pourront pas reprendre la mer avant plusieurs mois. Les dégâts sur les infrastructures portuaires sont estimés entre 18 et 22 millions d’euros, notamment à Concarneau, à Douarnenez et à Roscoff."),
        P("Le fonds comprend trois volets : une aide directe de 2 000 à 15 000 euros par navire, selon sa taille ; une enveloppe de 3 millions d’euros pour la remise en état des quais et des criées ; une prise en charge à 80 % des pertes de production des conchyliculteurs, plafonnée à 40 000 euros par entreprise."),
        P("« Nos marins ont affronté des creux de plus de 12 mètres. Il fallait une réponse rapide, avant la reprise de la saison de la coquille Saint-Jacques », a déclaré Maëlle Le Goff, vice-présidente chargée de la mer et du littoral."),
        P("Les dossiers pourront être déposés en ligne jusqu’au 31 mars 2025 et les premiers versements interviendront sous 30 jours. L’Institut français de recherche pour l’exploitation de la mer (Ifremer) évaluera de son côté l’état des parcs ostréicoles de la rade de Brest."),
        L("""Contact presse
Yann Kerhervé, attaché de presse
Région Bretagne
Tél. 02 99 27 14 52 | Port. 06 45 18 77 30
presse@bretagne-region.example.bzh"""),
        B(reg_bottom("tempête, pêche, conchyliculture, ports",
                     [("Pêche : la Région soutient le renouvellement de la flotte côtière", "04/12/2024"),
                      ("Ports de Bretagne : 9 M€ pour moderniser les criées", "17/10/2024")], pdf=214)),
    ],
    gold=dict(
        title="Tempête Karla : la Région débloque 6,5 millions d’euros pour les ports et les pêcheurs",
        dateline=dl("Rennes", "2025-02-12"),
        organisations=[REG, org("Institut français de recherche pour l’exploitation de la mer", "Ifremer")],
        places=[place("Rennes"), place("Concarneau"), place("Douarnenez"), place("Roscoff"), place("Brest")],
        figures=[
            fig("6,5 millions d’euros", 6500000, "euros", "money", currency="EUR"),
            fig("le 12 février 2025", "2025-02-12", None, "date"),
            fig("le 10 février", "--02-10", None, "date"),
            fig("26 janvier", "--01-26", None, "date"),
            fig("312 navires", 312, "navires"),
            fig("47", 47, None),
            fig("18", 18000000, None, "money", currency="EUR"),
            fig("22 millions d’euros", 22000000, "euros", "money", currency="EUR"),
            fig("trois volets", 3, "volets"),
            fig("2 000", 2000, None, "money", currency="EUR"),
            fig("15 000 euros", 15000, "euros", "money", currency="EUR"),
            fig("3 millions d’euros", 3000000, "euros", "money", currency="EUR"),
            fig("80 %", 80, "%", "percent"),
            fig("40 000 euros", 40000, "euros", "money", currency="EUR"),
            fig("plus de 12 mètres", 12, "mètres", "other", qualifier="plus de"),
            fig("31 mars 2025", "2025-03-31", None, "date"),
            fig("30 jours", 30, "jours", "duration"),
        ],
        phones=[phone("+33299271452"), phone("+33645187730")],
        emails=["presse@bretagne-region.example.bzh"],
        contacts=[contact("Yann Kerhervé", "attaché de presse", "Région Bretagne", ["+33299271452", "+33645187730"],
                          ["presse@bretagne-region.example.bzh"])],
        notes=REG_NOTE + " No text damage. Dateline on its own line. Ranges '18 et 22 millions d’euros' and '2 000 à 15 000 euros' give two figures each (the first bound takes the scale and currency of the second). '47' counts ships but no noun follows. 'la rade de Brest': Brest is listed. 'Bretagne' occurs only in the organisation name and in the footer, 'bretonnes' is an adjective.",
    ),
))

# --------------------------------------------------------------------------- h11 (œ dropped, apostrophes dropped)
PAGES.append(Page(
    name="h11-regionbzh-lycees-plan-renovation",
    meta=reg_meta(["lost-oe", "lost-apostrophe"]),
    blocks=[
        B(reg_top("Lycées", "03/02/2025", 4)),
        P("Lycées : un plan de 1,2 milliard d’euros pour rénover 40 établissements d’ici 2030", apos="drop"),
        P("La Région a présenté ce lundi son plan pluriannuel d’investissement dans les lycées publics. Doté de 1,2 milliard d’euros sur six ans, il prévoit la rénovation complète de 40 établissements et la construction de deux nouveaux lycées, à Vitré et à Ploërmel, où les effectifs ne cessent de croître.", apos="drop"),
        P("Au cœur du plan, la rénovation énergétique : les bâtiments concernés, construits pour la plupart entre 1965 et 1985, devront réduire leur consommation d’énergie de 40 % d’ici 2030. Les travaux seront menés en site occupé, par tranches, afin de ne pas perturber la scolarité des quelque 27 000 élèves concernés.", apos="drop", oe="drop"),
        P("« Nos lycées doivent être à la hauteur de l’ambition que nous avons pour notre jeunesse. Ce plan, c’est aussi un soutien massif à l’économie locale : près de 80 % des marchés sont attribués à des entreprises bretonnes », a souligné Erwan Le Bihan, vice-président chargé des lycées.", apos="drop"),
        P("La Région, qui a la charge des 115 lycées publics de Bretagne, consacre déjà chaque année 210 millions d’euros à leur fonctionnement et à leur entretien. Le plan sera mis en œuvre avec l’appui de l’Agence de l’environnement et de la maîtrise de l’énergie (ADEME), qui apportera son expertise sur les chantiers les plus complexes.", apos="drop", oe="drop"),
        P("Les premiers chantiers débuteront à la rentrée 2025 au lycée Jean-Macé de Rennes et au lycée maritime d’Étel.", apos="drop"),
        L("""Contact presse
Anne-Sophie Morvan
Chargée des relations presse
Région Bretagne
Tél. : 02 99 27 10 10, poste 4417
anne-sophie.morvan@bretagne-region.example.bzh"""),
        B(reg_bottom("lycées, éducation, rénovation énergétique",
                     [("Rentrée 2024 : 5 nouveaux internats dans les lycées bretons", "02/09/2024"),
                      ("Ordinateurs portables : 32 000 élèves de seconde équipés", "27/08/2024")], pdf=187)),
    ],
    gold=dict(
        title="Lycées : un plan de 1,2 milliard d’euros pour rénover 40 établissements d’ici 2030",
        dateline=None,
        organisations=[REG, org("Agence de l’environnement et de la maîtrise de l’énergie", "ADEME")],
        places=[place("Vitré"), place("Ploërmel"), place("Bretagne"), place("Rennes"), place("Étel")],
        figures=[
            fig("1,2 milliard d’euros", 1200000000, "euros", "money", currency="EUR"),
            fig("40 établissements", 40, "établissements"),
            fig("2030", 2030, None, "year"),
            fig("six ans", 6, "ans", "duration"),
            fig("deux nouveaux lycées", 2, "lycées"),
            fig("1965", 1965, None, "year"),
            fig("1985", 1985, None, "year"),
            fig("40 %", 40, "%", "percent"),
            fig("quelque 27 000 élèves", 27000, "élèves", qualifier="quelque"),
            fig("près de 80 %", 80, "%", "percent", qualifier="près de"),
            fig("115 lycées", 115, "lycées"),
            fig("210 millions d’euros", 210000000, "euros", "money", currency="EUR"),
            fig("2025", 2025, None, "year"),
        ],
        phones=[phone("+33299271010", extension="4417")],
        emails=["anne-sophie.morvan@bretagne-region.example.bzh"],
        contacts=[contact("Anne-Sophie Morvan", "Chargée des relations presse", "Région Bretagne",
                          ["+33299271010"], ["anne-sophie.morvan@bretagne-region.example.bzh"])],
        notes=REG_NOTE + " Every ’ of the article was dropped ('deuros', 'lappui', 'cest'); œ dropped leaving a space ('Au c ur', 'mis en uvre'). The contact block kept its characters. No dateline. 'la rentrée 2025': year without 'en'. 'lycée Jean-Macé' is a school name, not an organisation of the gold.",
    ),
))

# --------------------------------------------------------------------------- h12 (cp1252 on some lines, HTML debris, hidden e-mail)
PAGES.append(Page(
    name="h12-regionbzh-ter-convention-sncf",
    meta=reg_meta(["mojibake-cp1252", "html-debris", "hidden-email"]),
    blocks=[
        B(reg_top("Mobilités", "20/06/2024", 3)),
        P("TER BreizhGo : la Région et SNCF Voyageurs signent une convention de dix ans", moji="cp1252"),
        P("Saint-Brieuc – La Région Bretagne et SNCF Voyageurs ont signé jeudi à Saint-Brieuc la nouvelle convention d’exploitation des trains express régionaux (TER), qui entrera en vigueur le 1er janvier 2026.", moji="cp1252"),
        P("La convention prévoit une hausse de 15 % de l’offre d’ici 2028, avec 1 150 trains par jour en semaine contre 1 000 aujourd’hui, et l’acquisition de 22 rames neuves pour un montant de 310 millions d’euros.[[<br />||]]"),
        P("[[&laquo;&nbsp;||«\u00a0]]Le train est la colonne vertébrale de nos mobilités. Nous voulons que 95 % des habitants vivent à moins de 15 minutes d[[&#039;||']]une gare ou d[[&#039;||']]un arrêt de car[[&nbsp;&raquo;||\u00a0»]], a déclaré Gaëlle Quéré, vice-présidente chargée des mobilités."),
        P("La ponctualité, qui s’est établie à 91,4 % en 2024, fera l’objet d’un suivi mensuel. En cas de retards répétés, SNCF Voyageurs versera des pénalités pouvant atteindre 4 millions d’euros par an.", moji="cp1252"),
        P("Les abonnés bénéficieront par ailleurs d’une baisse de 10 % du prix de l’abonnement mensuel à compter du 1er septembre."),
        L("""[[<p><strong>||]]Contacts presse[[</strong></p>||]]
Région Bretagne : Loïc Ménard – +33 (0)2 96 58 12 40 – Fax : 02 96 58 12 49
E-mail : [["mailto:loic.menard@bretagne-region.example.bzh">loic.menard@bretagne-region.example.bzh||loic.menard@bretagne-region.example.bzh]]
SNCF Voyageurs Bretagne, service de presse : [email protected]"""),
        B(reg_bottom("TER, train, mobilités",
                     [("Cars BreizhGo : 14 nouvelles lignes express à la rentrée", "13/05/2024"),
                      ("Gare de Rennes : 1,8 M€ pour le stationnement vélo", "29/03/2024")])),
    ],
    gold=dict(
        title="TER BreizhGo : la Région et SNCF Voyageurs signent une convention de dix ans",
        dateline=dl("Saint-Brieuc", None),
        organisations=[REG, org("SNCF Voyageurs")],
        places=[place("Saint-Brieuc")],
        figures=[
            fig("dix ans", 10, "ans", "duration"),
            fig("le 1er janvier 2026", "2026-01-01", None, "date"),
            fig("15 %", 15, "%", "percent"),
            fig("2028", 2028, None, "year"),
            fig("1 150 trains", 1150, "trains"),
            fig("1 000", 1000, None),
            fig("22 rames", 22, "rames"),
            fig("310 millions d’euros", 310000000, "euros", "money", currency="EUR"),
            fig("95 %", 95, "%", "percent"),
            fig("moins de 15 minutes", 15, "minutes", "duration", qualifier="moins de"),
            fig("91,4 %", 91.4, "%", "percent"),
            fig("en 2024", 2024, None, "year"),
            fig("4 millions d’euros", 4000000, "euros", "money", currency="EUR"),
            fig("10 %", 10, "%", "percent"),
            fig("1er septembre", "--09-01", None, "date"),
        ],
        phones=[phone("+33296581240"), phone("+33296581249", kind="fax")],
        emails=["loic.menard@bretagne-region.example.bzh"],
        hidden_emails=1,
        contacts=[contact("Loïc Ménard", None, "Région Bretagne", ["+33296581240", "+33296581249"],
                          ["loic.menard@bretagne-region.example.bzh"]),
                  contact(None, "service de presse", "SNCF Voyageurs Bretagne", [], [])],
        notes=REG_NOTE + " Title and two paragraphs are UTF-8 read as cp1252; the others are clean. HTML: <br />, <p><strong>, &laquo;&nbsp; / &nbsp;&raquo; (-> « and » with U+00A0), &#039; (-> a straight apostrophe), the mailto debris. The SNCF press address is hidden ([email protected]): counted, not invented. 'SNCF Voyageurs Bretagne' in the contact is the SNCF Voyageurs already listed. TER (a train service) and BreizhGo (a brand) are not organisations.",
    ),
))

# --------------------------------------------------------------------------- h13 (glued capital headings, stripped accents)
PAGES.append(Page(
    name="h13-regionbzh-cooperation-ziguinchor-eau",
    meta=reg_meta(["heading-glued", "stripped-accents", "unaccented-capitals"]),
    blocks=[
        B(reg_top("International", "21/11/2024", 5)),
        P("Coopération : la Bretagne et la région de Ziguinchor renouvellent leur partenariat pour l’eau"),
        P("RENNES — Le conseil régional a approuvé vendredi le renouvellement de l’accord de coopération qui lie la Bretagne à la région de Ziguinchor, au Sénégal, depuis 1998. Le nouveau programme, doté de 2,4 millions d’euros sur quatre ans, est cofinancé par l’Agence française de développement (AFD)."),
        P("[[PRIORITE A L’ACCES A L’EAU POTABLE||PRIORITÉ À L’ACCÈS À L’EAU POTABLE]]"),
        P("Depuis vingt-cinq ans, les deux collectivités ont réalisé 64 forages et réhabilité 120 puits en Basse-Casamance. Le nouveau programme vise à raccorder 18 villages supplémentaires au réseau d’eau potable d’ici 2029 et à former un millier d’artisans aux métiers de la maintenance.", strip=True, glue=True),
        P("[[DES ECHANGES DE JEUNES||DES ÉCHANGES DE JEUNES]]"),
        P("Le partenariat comprend aussi un volet jeunesse : chaque année, 30 jeunes Bretons et Casamançais effectuent une mission de volontariat de six mois dans l’autre région. Plus de 450 jeunes y ont participé depuis 2005.", glue=True),
        P("« L’eau reste la première préoccupation des habitants de nos villages. Ce que nous avons construit ensemble depuis 1998 a changé la vie de près de 40 000 personnes », a déclaré Aminata Sané, maire adjointe de Bignona, en visite à Rennes.", strip=True),
        L("""Contacts
Région Bretagne : Gwenaëlle Tanguy, 02 99 27 15 03, gwenaelle.tanguy@bretagne-region.example.bzh
Agence régionale de développement de Ziguinchor (ARD) : Ousmane Badji, (+221) 33 991 14 27 / +221 77 418 52 09"""),
        B(reg_bottom("international, eau, Sénégal, jeunesse",
                     [("Erasmus+ : 2 300 jeunes Bretons partis en mobilité en 2024", "08/10/2024"),
                      ("Solidarité internationale : appel à projets 2025", "16/09/2024")], pdf=256)),
    ],
    gold=dict(
        title="Coopération : la Bretagne et la région de Ziguinchor renouvellent leur partenariat pour l’eau",
        dateline=dl("RENNES", None),
        organisations=[org("Agence française de développement", "AFD"), REG,
                       org("Agence régionale de développement de Ziguinchor", "ARD")],
        places=[place("Bretagne"), place("Ziguinchor"), place("Rennes"), place("Sénégal", "SN"),
                place("Basse-Casamance"), place("Bignona")],
        figures=[
            fig("1998", 1998, None, "year"),
            fig("2,4 millions d’euros", 2400000, "euros", "money", currency="EUR"),
            fig("quatre ans", 4, "ans", "duration"),
            fig("vingt-cinq ans", 25, "ans", "duration"),
            fig("deux collectivités", 2, "collectivités"),
            fig("64 forages", 64, "forages"),
            fig("120 puits", 120, "puits"),
            fig("18 villages", 18, "villages"),
            fig("2029", 2029, None, "year"),
            fig("un millier d’artisans", 1000, "artisans"),
            fig("30 jeunes", 30, "jeunes"),
            fig("six mois", 6, "mois", "duration"),
            fig("Plus de 450 jeunes", 450, "jeunes", qualifier="plus de"),
            fig("2005", 2005, None, "year"),
            fig("près de 40 000 personnes", 40000, "personnes", qualifier="près de"),
        ],
        phones=[phone("+33299271503"), phone("+221339911427"), phone("+221774185209")],
        emails=["gwenaelle.tanguy@bretagne-region.example.bzh"],
        contacts=[contact("Gwenaëlle Tanguy", None, "Région Bretagne", ["+33299271503"],
                          ["gwenaelle.tanguy@bretagne-region.example.bzh"]),
                  contact("Ousmane Badji", None, "Agence régionale de développement de Ziguinchor (ARD)",
                          ["+221339911427", "+221774185209"], [])],
        notes=REG_NOTE + " Two section headings in unaccented capitals, each glued to the paragraph that follows it ('POTABLEDepuis', 'JEUNESLe partenariat'); restored capitals keep their accents (PRIORITÉ, ACCÈS, ÉCHANGES). Accents stripped in two paragraphs (curly apostrophes survived). The dateline 'RENNES' is not the story's place. 'le conseil régional' is generic. The Rennes number has no country code: French; '(+221) 33 ...' Senegalese.",
    ),
))

# --------------------------------------------------------------------------- h14 (title and caption twice, œ and ’ as '?')
T14 = "Éolien en mer : le parc de Bretagne Sud créera jusqu’à 1 500 emplois, selon une étude régionale"
C14 = "Les flotteurs des éoliennes seront assemblés sur le port de Lorient. © Région Bretagne / F. Le Roux"
PAGES.append(Page(
    name="h14-regionbzh-eolien-flottant-emplois",
    meta=reg_meta(["duplicate-title", "duplicate-caption", "oe-question-mark", "lost-apostrophe"]),
    blocks=[
        B(reg_top("Économie", "18/09/2024", 4,
                  banner="Info trafic : travaux sur la RN 165 entre Lorient et Vannes jusqu’au 27 septembre – En savoir plus")),
        P(T14, apos="?"),
        B(T14, apos="?"),
        P(C14),
        B(C14),
        P("Lorient, 18 septembre 2024 – Le futur parc éolien flottant de Bretagne Sud, au large de Groix et de Belle-Île-en-Mer, pourrait générer entre 1 000 et 1 500 emplois pendant sa construction, selon une étude publiée mercredi par l’Observatoire régional de l’économie maritime (OREM).", apos="?"),
        P("D’une puissance de 750 mégawatts, le parc comptera 48 éoliennes installées sur des flotteurs ancrés par 80 à 100 mètres de fond. Sa mise en service est prévue en 2031. Il produira l’équivalent de la consommation électrique de 900 000 habitants, soit environ un quart de la population bretonne."),
        P("Au cœur du projet, le port de Lorient, où seront assemblés les flotteurs. La Région y investit 220 millions d’euros pour aménager un quai de 400 mètres et 25 hectares de terre-pleins. « C’est une chance historique pour l’économie de Lorient et de toute la Bretagne Sud », a estimé Maëlle Le Goff, vice-présidente chargée de la mer.", apos="?", oe="?"),
        P("L’étude souligne cependant un besoin de formation : deux tiers des emplois créés exigeront des qualifications techniques que peu de candidats possèdent aujourd’hui. La Région prévoit d’ouvrir 300 places de formation supplémentaires dès la rentrée 2025 dans les lycées maritimes et à l’Université Bretagne Sud (UBS), et accueillera en novembre le 3e Forum des énergies marines renouvelables."),
        L("Contact presse : Morgane Riou, Région Bretagne (antenne de Lorient), 0033 2 97 84 40 12 / 06 81 22 45 97, morgane.riou@bretagne-region.example.bzh"),
        B(reg_bottom("éolien en mer, énergie, emploi, formation",
                     [("Énergies marines : la Région entre au capital de la société Bretagne Ports Énergies", "05/07/2024"),
                      ("Hydrogène vert : 12 projets lauréats de l’appel à projets régional", "14/06/2024")], pdf=302)),
    ],
    gold=dict(
        title=T14,
        dateline=dl("Lorient", "2024-09-18"),
        organisations=[org("Observatoire régional de l’économie maritime", "OREM"), REG,
                       org("Université Bretagne Sud", "UBS")],
        places=[place("Bretagne Sud"), place("Lorient"), place("Groix"), place("Belle-Île-en-Mer")],
        figures=[
            fig("jusqu’à 1 500 emplois", 1500, "emplois", qualifier="jusqu’à"),
            fig("18 septembre 2024", "2024-09-18", None, "date"),
            fig("1 000", 1000, None),
            fig("1 500 emplois", 1500, "emplois"),
            fig("750 mégawatts", 750, "mégawatts", "other"),
            fig("48 éoliennes", 48, "éoliennes"),
            fig("80", 80, None, "other"),
            fig("100 mètres", 100, "mètres", "other"),
            fig("en 2031", 2031, None, "year"),
            fig("900 000 habitants", 900000, "habitants"),
            fig("environ un quart", 0.25, None, "other", qualifier="environ"),
            fig("220 millions d’euros", 220000000, "euros", "money", currency="EUR"),
            fig("400 mètres", 400, "mètres", "other"),
            fig("25 hectares", 25, "hectares", "other"),
            fig("deux tiers", 0.6667, None, "other"),
            fig("300 places", 300, "places"),
            fig("2025", 2025, None, "year"),
            fig("3e", 3, None, "ordinal"),
        ],
        phones=[phone("+33297844012"), phone("+33681224597")],
        emails=["morgane.riou@bretagne-region.example.bzh"],
        contacts=[contact("Morgane Riou", None, "Région Bretagne", ["+33297844012", "+33681224597"],
                          ["morgane.riou@bretagne-region.example.bzh"])],
        notes=REG_NOTE + " This page also has a traffic banner line on top (boilerplate; 'RN 165' is a road name). The title and the photo caption are printed twice (second copies are boilerplate). ’ became '?' in the title, the dateline paragraph and the Lorient paragraph, which also has œ as '?' ('Au c?ur', 'l?économie'); other paragraphs kept ’. 'jusqu’à 1 500 emplois' (title) and '1 500 emplois' (range bound) are distinct texts. 'Bretagne Sud' is listed as a place because it occurs outside the university name. The photo credit stays in the caption line.",
    ),
))

# =========================================================================== nine other sites
# --------------------------------------------------------------------------- h15 UN agency country office (cp1250 lines, lost dashes, hidden e-mail)
C15 = "Une agente de santé communautaire mesure le périmètre brachial d’un enfant au centre de santé de Ménaka."
PAGES.append(Page(
    name="h15-unicefmali-malnutrition-enfants",
    meta={"site": "unicef-mali.example.org", "style": "un-country-office",
          "defects": ["mojibake-cp1250", "lost-dash", "double-space", "duplicate-caption", "hidden-email",
                      "breadcrumb", "share-lines", "foreign-ticker", "postcode-trap"]},
    blocks=[
        B("""Sauter au contenu principal
unicef | pour chaque enfant
Mali
Qui nous sommes   Ce que nous faisons   Histoires   Rapports   Médias
Faire un don
Français | English
Accueil / Médias / Communiqués de presse
Communiqué de presse
12 mars 2024
Disponible en : English | Français"""),
        P("Mali : l’UNICEF alerte sur la malnutrition aiguë sévère chez les enfants de moins de cinq ans", nodash=""),
        P(C15),
        B(C15),
        P("BAMAKO, le 12 mars 2024 – Près de 1,5 million d’enfants de moins de cinq ans souffriront de malnutrition aiguë au Mali cette année, dont 368 000 sous sa forme sévère, la plus mortelle, a averti mardi le Fonds des Nations Unies pour l’enfance (UNICEF).", moji="cp1250"),
        P("Dans les régions de Gao, de Ménaka et de Tombouctou – où l’insécurité limite l’accès des équipes mobiles – la prévalence de la malnutrition aiguë globale dépasse 15 %, le seuil d’urgence fixé par l’Organisation mondiale de la Santé (OMS).", nodash=""),
        P("Pour y faire face, l’UNICEF et ses partenaires ont prépositionné 210 000 cartons d’aliments thérapeutiques prêts à l’emploi dans 1 480 centres de santé. Mais la [[rĂ©ponse||réponse]] reste sous-financée : sur les 49,2 millions de dollars demandés pour la nutrition en 2024, seuls 11 % ont été reçus."),
        P("« Chaque carton représente un traitement complet de six à huit semaines pour un enfant. Sans financement, nos stocks seront épuisés avant le début de la période de soudure », a déclaré Pierre Ngom, représentant de l’UNICEF au Mali.", moji="cp1250"),
        P("L’UNICEF appelle également toutes les parties à protéger les structures de santé : 23 d’entre elles ont été fermées ou détruites depuis janvier dans le centre et le nord du pays."),
        L("""Pour plus d’informations, veuillez contacter :
Fatoumata Koné, UNICEF Mali, Route de Koulikoro, BP 96, Bamako, +223 20 22 41 73, +223 76 45 80 12, [email protected]
Thomas Girardin, UNICEF Afrique de l’Ouest et du Centre, Dakar, +221 78 642 19 30, tgirardin@unicef.org"""),
        B("""Partager : X | Facebook | LinkedIn | E-mail
Communiqués de presse connexes
Burkina Faso: UNICEF welcomes the release of 24 children
Niger : 430 000 enfants vaccinés contre la rougeole à Tillabéri
© UNICEF Mali 2024 | Conditions d’utilisation | Politique de confidentialité"""),
    ],
    gold=dict(
        title="Mali : l’UNICEF alerte sur la malnutrition aiguë sévère chez les enfants de moins de cinq ans",
        dateline=dl("BAMAKO", "2024-03-12"),
        organisations=[org("Fonds des Nations Unies pour l’enfance", "UNICEF"),
                       org("Organisation mondiale de la Santé", "OMS")],
        places=[place("Mali", "ML"), place("Ménaka"), place("Bamako"), place("Gao"), place("Tombouctou"),
                place("Dakar")],
        figures=[
            fig("cinq ans", 5, "ans", "age"),
            fig("le 12 mars 2024", "2024-03-12", None, "date"),
            fig("Près de 1,5 million d’enfants", 1500000, "enfants", qualifier="près de"),
            fig("368 000", 368000, None),
            fig("15 %", 15, "%", "percent"),
            fig("210 000 cartons", 210000, "cartons"),
            fig("1 480 centres", 1480, "centres"),
            fig("49,2 millions de dollars", 49200000, "dollars", "money", currency="USD"),
            fig("en 2024", 2024, None, "year"),
            fig("11 %", 11, "%", "percent"),
            fig("six", 6, None, "duration"),
            fig("huit semaines", 8, "semaines", "duration"),
            fig("23", 23, None),
        ],
        phones=[phone("+22320224173"), phone("+22376458012"), phone("+221786421930")],
        emails=["tgirardin@unicef.org"],
        hidden_emails=1,
        contacts=[contact("Fatoumata Koné", None, "UNICEF Mali", ["+22320224173", "+22376458012"], []),
                  contact("Thomas Girardin", None, "UNICEF Afrique de l’Ouest et du Centre", ["+221786421930"],
                          ["tgirardin@unicef.org"])],
        notes="The dateline paragraph and the quote are UTF-8 read as cp1250 ('Ă©', 'â€“', 'â€™', 'Â«'); one word of a clean paragraph still carries it ('rĂ©ponse', a half-done earlier repair). The en dashes were dropped in the title and in the Gao paragraph (double spaces left). The caption is printed twice. 'BP 96' is a box number. The Mali country office contact's e-mail is hidden. 'six à huit semaines' is a range: two figures. 'Afrique de l’Ouest et du Centre' occurs only in the office name.",
    ),
))

# --------------------------------------------------------------------------- h16 West-African ministry (hard wraps, split number, unaccented capitals)
PAGES.append(Page(
    name="h16-santetogo-polio-campagne-vaccination",
    meta={"site": "sante.example.gouv.tg", "style": "west-africa-ministry",
          "defects": ["hard-wrap", "wrapped-number", "unaccented-capitals", "space-before-comma", "postcode-trap"]},
    wrap=70, jitter=8,
    blocks=[
        B("""Ministère de la Santé et de l'Hygiène Publique - République Togolaise
Accueil  Ministère  Actualités  Communiqués  Documents  Contact
Lomé : 31°C
REPUBLIQUE TOGOLAISE
Travail - Liberté - Patrie
MINISTERE DE LA SANTE ET DE L'HYGIENE PUBLIQUE"""),
        P("Campagne nationale de vaccination contre la poliomyélite : 1,9 million d'enfants ciblés", nowrap=True),
        P("[[LOME||LOMÉ]], 14 mai 2024 - Le ministère de la Santé et de l'Hygiène publique informe la population qu'une campagne nationale de vaccination contre la poliomyélite se déroulera du 20 au 23 mai 2024 sur l'ensemble du territoire."),
        P("Cette campagne, organisée avec l'appui de l'Organisation mondiale de la Santé (OMS), du Fonds des Nations Unies pour l'enfance (UNICEF) et de l'Alliance du vaccin (Gavi), vise 1⏎925 430 enfants âgés de 0 à 59 mois, qui recevront deux gouttes du nouveau vaccin antipoliomyélitique oral de type 2 (nVPO2)."),
        P("Près de 9 800 équipes de vaccinateurs passeront de maison en maison dans les 39 districts sanitaires du pays. Les parents sont invités à garder leurs enfants à domicile et à réserver le meilleur accueil aux équipes."),
        P("Le ministère rappelle que ce vaccin est sûr, gratuit et déjà administré à plus de 600 millions d'enfants dans le monde depuis 2021. Deux cas de poliovirus de type 2 ont été notifiés au Togo en [[2023 ,||2023,]] dans les régions des Savanes et de la Kara."),
        P("Pour toute information, la population peut appeler gratuitement le 111 ou s'adresser à la Division de l'immunisation."),
        L("""Contact :
Division de l'immunisation
BP 386 Lomé
Tél. : (+228) 22 21 35 24 / Fax : (+228) 21 21 89 40
Cel. : 90 12 34 56
E-mail : dimmunisation@sante.example.gouv.tg"""),
        L("""Le Ministre,
Pr Kossi Amégbo"""),
        B("""Imprimer  Email
Articles similaires
Journée mondiale du paludisme : le Togo mobilise les communautés
Lancement de la distribution de moustiquaires imprégnées dans la région Maritime
Copyright © 2024 Ministère de la Santé et de l'Hygiène Publique. Tous droits réservés."""),
    ],
    gold=dict(
        title="Campagne nationale de vaccination contre la poliomyélite : 1,9 million d'enfants ciblés",
        dateline=dl("LOMÉ", "2024-05-14"),
        organisations=[org("ministère de la Santé et de l'Hygiène publique"),
                       org("Organisation mondiale de la Santé", "OMS"),
                       org("Fonds des Nations Unies pour l'enfance", "UNICEF"),
                       org("Alliance du vaccin", "Gavi"), org("Division de l'immunisation")],
        places=[place("Lomé"), place("Togo", "TG"), place("Savanes"), place("Kara")],
        figures=[
            fig("1,9 million d'enfants", 1900000, "enfants"),
            fig("14 mai 2024", "2024-05-14", None, "date"),
            fig("20", "2024-05-20", None, "date"),
            fig("23 mai 2024", "2024-05-23", None, "date"),
            fig("1 925 430 enfants", 1925430, "enfants"),
            fig("0", 0, None, "age"),
            fig("59 mois", 59, "mois", "age"),
            fig("deux gouttes", 2, "gouttes"),
            fig("Près de 9 800 équipes", 9800, "équipes", qualifier="près de"),
            fig("39 districts", 39, "districts"),
            fig("plus de 600 millions d'enfants", 600000000, "enfants", qualifier="plus de"),
            fig("2021", 2021, None, "year"),
            fig("Deux cas", 2, "cas"),
            fig("en 2023", 2023, None, "year"),
        ],
        phones=[phone("+22822213524"), phone("+22821218940", kind="fax", valid=False), phone("+22890123456")],
        emails=["dimmunisation@sante.example.gouv.tg"],
        contacts=[contact(None, None, "Division de l'immunisation",
                          ["+22822213524", "+22821218940", "+22890123456"], ["dimmunisation@sante.example.gouv.tg"])],
        notes="Old CMS: body paragraphs hard-wrapped, and '1 925 430' is split across the wrap ('vise 1' / '925 430 enfants'). The letterhead (REPUBLIQUE TOGOLAISE / motto / ministry name in capitals) is page furniture, as are the site banner, menu, weather line and footer. Dateline in unaccented capitals ('LOME' -> place 'LOMÉ'). 'du 20 au 23 mai 2024' is a range of dates: two date figures. 'type 2' / 'nVPO2' are names; '111' is a short free number (neither a phone nor a figure); 'BP 386' is a box number. The fax uses a prefix that the current plan does not allocate (possible, not valid). 'Cel. : 90 12 34 56' has no country code: Togolese from the page. The signature is article text, not a contact.",
    ),
))

# --------------------------------------------------------------------------- h17 French NGO federation (’ as space, œ as U+FFFD, lost €, obfuscated e-mail)
PAGES.append(Page(
    name="h17-ffosi-budget-aide-developpement",
    meta={"site": "ffosi.example.org", "style": "ngo-federation",
          "defects": ["lost-apostrophe", "oe-replacement-char", "lost-euro", "space-before-comma", "double-space",
                      "mixed-quotes", "obfuscated-email", "cookie-banner", "breadcrumb"]},
    blocks=[
        B("""Ce site utilise des traceurs pour mesurer sa fréquentation. [Paramétrer] [Continuer sans accepter] [Accepter]
FFOSI
La fédération
Nos membres (132)
Plaidoyer
Ressources
Presse
Adhérer
EN
Accueil » Presse » Communiqués
Communiqué · 9 octobre 2024 · Plaidoyer, Financement"""),
        P("Projet de loi de finances 2025 : la solidarité internationale, première victime des économies"),
        P("Paris, 9 octobre 2024 — La Fédération française des ONG de solidarité internationale (FFOSI) dénonce la baisse de 1,3 milliard d’euros de l’aide publique au développement (APD) prévue par le projet de loi de finances présenté jeudi par le gouvernement.", apos="space"),
        P("Les crédits de la mission « Aide publique au développement » passeraient de 5,9 Md€ à 4,6 Md€, soit une baisse de 22 % en un an. Après celle de [[2024 ,||2024,]] c’est la deuxième coupe consécutive :[[  || ]]depuis début 2023, ces crédits ont reculé d’environ un tiers.", apos="space", noeuro=""),
        P("“Derrière ces chiffres, il y a des centres de santé qui fermeront, des programmes d’éducation interrompus, des associations locales contraintes de licencier. C’est le cœur même de notre action qui est touché”, déclare Claire Vasseur, présidente de la FFOSI.", apos="space", oe="fffd"),
        P("La France s’était pourtant engagée, par la loi du 4 août 2021, à consacrer 0,7 % de son revenu national brut à l’APD en 2025. Avec ce budget, l’effort tomberait à 0,41 %, son niveau de 2016. Les 132 organisations membres de la fédération appellent les députés à rétablir ces crédits lors de l’examen du texte, qui débutera le 21 octobre à l’Assemblée nationale.", apos="space"),
        L("""Contact presse
Mathilde Leroy, chargée de communication
01 44 72 93 81 – +33 (0)6 78 21 55 40
mathilde.leroy [at] ffosi.example.org"""),
        B("""Ces articles peuvent vous intéresser
Crise au Soudan : les ONG appellent à un cessez-le-feu immédiat
Rapport annuel 2023 : la fédération en chiffres
Téléchargements : Note d’analyse PLF 2025 (PDF, 380 Ko)
FFOSI – 14, passage Dubail – 75010 Paris
Suivez-nous : LinkedIn · Mastodon · YouTube
Mentions légales · Données personnelles · Plan du site"""),
    ],
    gold=dict(
        title="Projet de loi de finances 2025 : la solidarité internationale, première victime des économies",
        dateline=dl("Paris", "2024-10-09"),
        organisations=[org("Fédération française des ONG de solidarité internationale", "FFOSI"),
                       org("Assemblée nationale")],
        places=[place("Paris"), place("France", "FR")],
        figures=[
            fig("9 octobre 2024", "2024-10-09", None, "date"),
            fig("1,3 milliard d’euros", 1300000000, "euros", "money", currency="EUR"),
            fig("5,9 Md€", 5900000000, "Md€", "money", currency="EUR"),
            fig("4,6 Md€", 4600000000, "Md€", "money", currency="EUR"),
            fig("22 %", 22, "%", "percent"),
            fig("2024", 2024, None, "year"),
            fig("2023", 2023, None, "year"),
            fig("environ un tiers", 0.3333, None, "other", qualifier="environ"),
            fig("4 août 2021", "2021-08-04", None, "date"),
            fig("0,7 %", 0.7, "%", "percent"),
            fig("en 2025", 2025, None, "year"),
            fig("0,41 %", 0.41, "%", "percent"),
            fig("2016", 2016, None, "year"),
            fig("132 organisations", 132, "organisations"),
            fig("le 21 octobre", "--10-21", None, "date"),
        ],
        phones=[phone("+33144729381"), phone("+33678215540")],
        emails=[],
        contacts=[contact("Mathilde Leroy", "chargée de communication", None, ["+33144729381", "+33678215540"], [])],
        notes="’ became a space in four paragraphs ('l aide', 'c est'); the title and the contact kept theirs. œ became U+FFFD ('le c�ur'). The euro signs were lost ('5,9 Md à 4,6 Md'). Space before a comma and a double space in the same paragraph. « » and “ ” mixed: kept. The e-mail is obfuscated ('mathilde.leroy [at] ffosi.example.org'): kept as written in clean_text and NOT listed in emails (gold e-mails are addresses as written; this one is not an address until de-obfuscated). 'Projet de loi de finances 2025' is a name (its year is not a figure); 'APD' (a policy) is not an organisation; 'ONG' inside the federation's name is part of the name. 'en un an': un is not a figure. The 132 in the menu line is furniture.",
    ),
))

# --------------------------------------------------------------------------- h18 news aggregator listing (cp1252 story, glued read-more, Spanish ticker)
PAGES.append(Page(
    name="h18-afrifil-depeches-listing",
    meta={"site": "afrifil.example.com", "style": "news-aggregator-listing", "listing": True,
          "defects": ["listing", "mojibake-cp1252", "read-more", "body-glued", "foreign-ticker", "ticker"]},
    blocks=[
        B("""AfriFil
L'info africaine agrégée en continu
À la une | Afrique de l'Ouest | Afrique centrale | Maghreb | Économie | Sport
EN DIRECT • Última hora: Guinea Ecuatorial celebra elecciones legislativas • Breaking: Kenyan shilling hits 12-month high
Trier par : Plus récents | Plus lus"""),
        B("Les dernières dépêches"),
        P("Mauritanie : plus de 90 000 réfugiés maliens enregistrés au camp de Mbera"),
        P("03/06/2024 à 14h32"),
        B("Source : Le Réveil de Nouakchott"),
        P("Nouakchott, 3 juin (AMI) – Le camp de Mbera, dans l'est de la Mauritanie, accueille désormais plus de 90 000 réfugiés maliens, selon le Haut-Commissariat des Nations Unies pour les réfugiés (HCR). Quelque 7 500 personnes y sont arrivées depuis avril. Contact : HCR Nouakchott, +222 45 25 12 36."),
        B("Lire la suite sur Le Réveil de Nouakchott ›"),
        P("Cameroun : le prix du ciment baisse de 8 % à Douala", moji="cp1252"),
        P("03/06/2024 à 11h05"),
        B("Source : Douala Business"),
        P("Le sac de 50 kg de ciment est désormais vendu 5 200 francs CFA à Douala, contre 5 650 francs CFA le mois dernier, selon le ministère du Commerce. Cette baisse intervient après la mise en service d'une nouvelle cimenterie à Édéa.", moji="cp1252"),
        B("Lire la suite sur Douala Business ›"),
        P("Niger : la rentrée scolaire repoussée au 14 octobre", glue=True),
        P("02/06/2024 à 18h47"),
        B("Source : Sahel Matin"),
        P("Le ministère de l'Éducation nationale a annoncé le report de la rentrée scolaire au 14 octobre en raison des inondations, qui ont endommagé 1 120 salles de classe et touché plus de 1,1 million de personnes depuis juin."),
        B("""Lire la suite sur Sahel Matin ›
Charger plus
Les plus lus
Sénégal : le prix du pain fixé à 175 FCFA
Côte d'Ivoire : 3 nouveaux ponts à Abidjan d'ici 2026
AfriFil agrège automatiquement des articles de 240 sources. Les contenus appartiennent à leurs éditeurs.
© 2024 AfriFil · Contact · Mentions légales"""),
    ],
    gold=dict(
        title="Mauritanie : plus de 90 000 réfugiés maliens enregistrés au camp de Mbera",
        dateline=None,
        organisations=[org(None, "AMI"), org("Haut-Commissariat des Nations Unies pour les réfugiés", "HCR"),
                       org("ministère du Commerce"), org("ministère de l'Éducation nationale")],
        places=[place("Mauritanie", "MR"), place("Mbera"), place("Nouakchott"), place("Cameroun", "CM"),
                place("Douala"), place("Édéa"), place("Niger", "NE")],
        figures=[
            fig("plus de 90 000 réfugiés", 90000, "réfugiés", qualifier="plus de"),
            fig("03/06/2024 à 14h32", "2024-06-03", None, "date"),
            fig("3 juin", "--06-03", None, "date"),
            fig("Quelque 7 500 personnes", 7500, "personnes", qualifier="quelque"),
            fig("8 %", 8, "%", "percent"),
            fig("03/06/2024 à 11h05", "2024-06-03", None, "date"),
            fig("50 kg", 50, "kg", "other"),
            fig("5 200 francs CFA", 5200, "francs CFA", "money", currency="XAF"),
            fig("5 650 francs CFA", 5650, "francs CFA", "money", currency="XAF"),
            fig("14 octobre", "--10-14", None, "date"),
            fig("02/06/2024 à 18h47", "2024-06-02", None, "date"),
            fig("1 120 salles", 1120, "salles"),
            fig("plus de 1,1 million de personnes", 1100000, "personnes", qualifier="plus de"),
        ],
        phones=[phone("+22245251236")],
        emails=[],
        contacts=[contact(None, None, "HCR Nouakchott", ["+22245251236"], [])],
        notes="Listing of three unrelated stories under the page heading; each story's headline and time stamp are article, the 'Source :' and 'Lire la suite sur ... ›' lines are boilerplate. The third headline is glued to the previous read-more line ('Lire la suite sur Douala Business ›Niger : ...'): that raw line holds article text and is not boilerplate. The Cameroon story (headline and body) is UTF-8 read as cp1252. The first story has its own agency dateline ('Nouakchott, 3 juin (AMI) –'); on a listing page the page dateline is null, the agency is an organisation and its date a date figure. Cameroon's francs CFA are XAF. Spanish and English ticker lines and 'Les plus lus' are boilerplate.",
    ),
))

# --------------------------------------------------------------------------- h19 flipbook viewer (PDF chrome, TOC, ligatures, hyphenation, wraps)
PAGES.append(Page(
    name="h19-flipdocs-entraide-luxembourg-rapport",
    meta={"site": "flipdocs.example.io", "style": "flipbook-viewer",
          "defects": ["pdf-chrome", "dot-leaders", "page-furniture", "hard-wrap", "pdf-hyphenation",
                      "stray-unicode-ligature", "postcode-trap"]},
    wrap=58, jitter=6,
    blocks=[
        B("""FlipDocs
Explorer   Publier   Se connecter
Entraide Luxembourg asbl
Rapport annuel 2023
Publié le 28 mai 2024 · 1 245 vues · 32 pages
Suivre
Partager
Télécharger
Plein écran
◀  1 / 32  ▶"""),
        P("Entraide Luxembourg : une année au service des plus fragiles", nowrap=True),
        B("""◀  2-3 / 32  ▶
SOMMAIRE
Le mot de la présidente ........................ 3
Nos chiffres clés .............................. 4
Nos épiceries sociales ......................... 6
Nos finances ................................... 12
Nous soutenir .................................. 31
ENTRAIDE LUXEMBOURG – RAPPORT ANNUEL 2023"""),
        P("Le mot de la présidente", nowrap=True),
        P("En 2023, les demandes d’aide adressées à notre [[associa-⏎tion||association]] ont augmenté de 27 %. L’inflation, la hausse des⏎loyers et celle des prix de l’énergie ont fragilisé des⏎familles qui n’avaient jamais eu besoin de nous [[aupara-⏎vant||auparavant]]. Nos 412 bénévoles et nos 38 salariés y ont fait face⏎avec une efficacité et une fidélité remarquables. Qu’ils⏎en soient ici chaleureusement remerciés.", lig=True, nowrap=True),
        L("Marie-Claire Weber, présidente"),
        B("""3
◀  4-5 / 32  ▶
ENTRAIDE LUXEMBOURG – RAPPORT ANNUEL 2023"""),
        P("Nos chiffres clés", nowrap=True),
        P("Nos quatre épiceries sociales, à Luxembourg-ville, [[Esch-⏎sur-Alzette||Esch-sur-Alzette]], [[Differ-⏎dange||Differdange]] et Ettelbruck, ont accueilli 6 815 ménages, soit⏎17 240 personnes, dont 41 % d’enfants. Les produits y⏎sont vendus à 30 % de leur prix en magasin. Nous avons par⏎ailleurs distribué 1 092 tonnes de denrées, dont un tiers de⏎produits frais issus de la lutte contre le [[gaspil-⏎lage||gaspillage]], grâce à nos partenaires de la grande distribution.", lig=True, nowrap=True),
        B("""4
◀  12-13 / 32  ▶
ENTRAIDE LUXEMBOURG – RAPPORT ANNUEL 2023"""),
        P("Nos finances", nowrap=True),
        P("Les produits de l’exercice se sont élevés à 4,87 millions⏎d’euros, dont 62 % de subventions publiques, [[principale-⏎ment||principalement]] du ministère de la Famille, des Solidarités, du [[Vivre-⏎ensemble||Vivre-ensemble]] et de l’Accueil, et 1,3 million d’euros de dons⏎privés. Les frais de fonctionnement représentent moins de⏎9 % des dépenses. Le détail des comptes, certifiés par un⏎réviseur d’entreprises agréé, figure en annexe.", lig=True, nowrap=True),
        B("""12
◀  32 / 32  ▶"""),
        L("""Entraide Luxembourg asbl
12, rue de l’Alzette · L-4011 Esch-sur-Alzette
Tél. (+352) 40 21 31 220 · Fax (+352) 40 21 31 299
info@entraide.example.lu
IBAN LU28 0019 4006 4475 0000"""),
        B("""Plus de publications de cet éditeur
Rapport annuel 2022
Guide des épiceries sociales 2024
Signaler cette publication
FlipDocs © 2024 · Conditions · Confidentialité"""),
    ],
    gold=dict(
        title="Entraide Luxembourg : une année au service des plus fragiles",
        dateline=None,
        organisations=[org("Entraide Luxembourg"),
                       org("ministère de la Famille, des Solidarités, du Vivre-ensemble et de l’Accueil")],
        places=[place("Luxembourg-ville"), place("Esch-sur-Alzette"), place("Differdange"), place("Ettelbruck")],
        figures=[
            fig("En 2023", 2023, None, "year"),
            fig("27 %", 27, "%", "percent"),
            fig("412 bénévoles", 412, "bénévoles"),
            fig("38 salariés", 38, "salariés"),
            fig("quatre épiceries", 4, "épiceries"),
            fig("6 815 ménages", 6815, "ménages"),
            fig("17 240 personnes", 17240, "personnes"),
            fig("41 %", 41, "%", "percent"),
            fig("30 %", 30, "%", "percent"),
            fig("1 092 tonnes", 1092, "tonnes", "other"),
            fig("un tiers", 0.3333, None, "other"),
            fig("4,87 millions d’euros", 4870000, "euros", "money", currency="EUR"),
            fig("62 %", 62, "%", "percent"),
            fig("1,3 million d’euros", 1300000, "euros", "money", currency="EUR"),
            fig("moins de 9 %", 9, "%", "percent", qualifier="moins de"),
        ],
        phones=[phone("+352402131220"), phone("+352402131299", kind="fax")],
        emails=["info@entraide.example.lu"],
        contacts=[contact(None, None, "Entraide Luxembourg asbl", ["+352402131220", "+352402131299"],
                          ["info@entraide.example.lu"])],
        notes="Flipbook viewer (PDF text hand-wrapped as the PDF lines run): the viewer chrome (views, page counter '◀ 4-5 / 32 ▶', follow/share/download), the report's dot-leader table of contents, running headers and page numbers are boilerplate; the report's section headings and the president's signature are article. PDF text: hard-wrapped, fi/fl ligatures (U+FB01/U+FB02, also inside 'ffi'), words hyphenated at line ends ('associa-' / 'tion', 'principale-' / 'ment'), one of them a town name ('Differ-' / 'dange'); two line ends fall on a real hyphen that must stay ('Esch-' / 'sur-Alzette', 'Vivre-' / 'ensemble'). The back-cover block (address, phone, fax, e-mail, IBAN) is the report's contact block (article). 'L-4011' is a postcode, the IBAN is not a figure. The report's year in the viewer chrome is furniture. Luxembourg numbers have no trunk prefix: the grouping '40 21 31 220' is one 9-digit number.",
    ),
))

# --------------------------------------------------------------------------- h20 press-release distribution service (HTML entities and tags, wire dateline)
PAGES.append(Page(
    name="h20-presswire-aerosante-levee-fonds",
    meta={"site": "presswire-francophonie.example.com", "style": "pr-distribution",
          "defects": ["html-debris", "breadcrumb", "share-lines", "page-furniture"]},
    blocks=[
        B("""PressWire Francophonie
Diffuser un communiqué | Tarifs | Se connecter
Accueil > Santé > Communiqués
Communiqué de presse – diffusé le 12/03/2024 à 09:00 CET
Secteurs : Santé, Logistique, Aéronautique
<img src="/logos/aerosante.png" alt="Logo AéroSanté" width="120" />"""),
        P("AéroSanté lève 18 millions d[[&rsquo;||’]]euros pour étendre la livraison de médicaments par drone en Afrique de l[[&rsquo;||’]]Est"),
        P("LYON, France--(PWF)--AéroSanté, spécialiste lyonnais de la logistique médicale par drone, annonce aujourd[[&rsquo;||’]]hui une levée de fonds de 18 millions d[[&rsquo;||’]]euros (19,6 millions de dollars) auprès de Sahel Impact Capital et de la Banque européenne d[[&rsquo;||’]]investissement (BEI)."),
        P("Ces fonds permettront de déployer 60 drones supplémentaires au Burundi et en Tanzanie d[[&rsquo;||’]]ici à la fin de 2025 et d[[&rsquo;||’]]ouvrir 4 nouveaux centres de distribution, dont le premier à Gitega dès le 1 er juillet. Depuis son lancement en 2021, AéroSanté a effectué plus de 48[[&nbsp;||\u00a0]]000 vols et livré 230 000 poches de sang, vaccins et médicaments à 310 centres de santé.[[<br><br>||]]"),
        P("« [[<em>||]]Dans les collines, une route coupée peut coûter une vie. Le drone transforme un trajet de quatre heures en un vol de 25 minutes[[</em>||]] », explique Julien Mercier, cofondateur et directeur général d[[&rsquo;||’]]AéroSanté."),
        P("[[<b>||]]À propos d[[&rsquo;||’]]AéroSanté[[</b>||]]"),
        P("Fondée en 2019 à Lyon, AéroSanté conçoit et opère des drones de livraison médicale. L[[&rsquo;||’]]entreprise emploie 140 personnes en France, au Burundi et en Tanzanie, et consacre 15 % de son chiffre d[[&rsquo;||’]]affaires à la R[[&amp;||&]]D. www.aerosante.example.com"),
        L("""Contacts presse
AéroSanté : Inès Bouchard, +33 (0)4 72 10 55 80, ines.bouchard@aerosante.example.com
Agence Relais (Londres) : Oliver Hart, +44 20 7946 0321, [[<a href="mailto:ohart@relais-pr.example.co.uk">ohart@relais-pr.example.co.uk</a>||ohart@relais-pr.example.co.uk]]
Amérique du Nord : +1 (438) 555-0172"""),
        B("""Voir la version source sur presswire-francophonie.example.com
Avertissement : le texte du communiqué issu d&rsquo;une traduction ne doit d&rsquo;aucune manière être considéré comme officiel. La seule version qui fasse foi est celle du communiqué dans sa langue d&rsquo;origine.
Partager : Twitter | LinkedIn | Facebook | E-mail
Copyright © 2024 PressWire Francophonie. Tous droits réservés."""),
    ],
    gold=dict(
        title="AéroSanté lève 18 millions d’euros pour étendre la livraison de médicaments par drone en Afrique de l’Est",
        dateline=dl("LYON", None),
        organisations=[org(None, "PWF"), org("AéroSanté"), org("Sahel Impact Capital"),
                       org("Banque européenne d’investissement", "BEI"), org("Agence Relais")],
        places=[place("Afrique de l’Est"), place("Lyon"), place("France", "FR"), place("Burundi", "BI"),
                place("Tanzanie", "TZ"), place("Gitega"), place("Londres"), place("Amérique du Nord")],
        figures=[
            fig("18 millions d’euros", 18000000, "euros", "money", currency="EUR"),
            fig("19,6 millions de dollars", 19600000, "dollars", "money", currency="USD"),
            fig("60 drones", 60, "drones"),
            fig("2025", 2025, None, "year"),
            fig("4 nouveaux centres", 4, "centres"),
            fig("1 er juillet", "--07-01", None, "date"),
            fig("en 2021", 2021, None, "year"),
            fig("plus de 48\u00a0000 vols", 48000, "vols", qualifier="plus de"),
            fig("230 000 poches", 230000, "poches"),
            fig("310 centres", 310, "centres"),
            fig("quatre heures", 4, "heures", "duration"),
            fig("25 minutes", 25, "minutes", "duration"),
            fig("en 2019", 2019, None, "year"),
            fig("140 personnes", 140, "personnes"),
            fig("15 %", 15, "%", "percent"),
        ],
        phones=[phone("+33472105580"), phone("+442079460321"), phone("+14385550172")],
        emails=["ines.bouchard@aerosante.example.com", "ohart@relais-pr.example.co.uk"],
        contacts=[contact("Inès Bouchard", None, "AéroSanté", ["+33472105580"], ["ines.bouchard@aerosante.example.com"]),
                  contact("Oliver Hart", None, "Agence Relais", ["+442079460321"], ["ohart@relais-pr.example.co.uk"]),
                  contact(None, None, None, ["+14385550172"], [])],
        notes="Distribution-service page: the service's header, dissemination time stamp, sector line, logo <img> line, source link, translation disclaimer, share line and copyright are boilerplate; the release's own 'À propos' trailer and its contact block are article. Wire dateline 'LYON, France--(PWF)--' glued to the first word, with no date: place 'LYON', the service (named only by its acronym in the article) is an organisation. HTML: &rsquo; (-> ’), &nbsp; (-> U+00A0), &amp; (-> &), <br><br>, <em>, <b>, an <a href=\"mailto:...\"> link. '1 er juillet' keeps its space. The web address is not an e-mail. 'Fondée en 2019 à Lyon': year with 'en'. The third contact line names a region, not an office or person.",
    ),
))

# --------------------------------------------------------------------------- h21 blog platform (glued caption, stripped accents, 'oeuvrer', comments)
PAGES.append(Page(
    name="h21-carnets-coxsbazar-retour-camps",
    meta={"site": "carnets.example.blog", "style": "blog-platform",
          "defects": ["body-glued", "stripped-accents", "oe-written-out", "comments-widget", "votes-widget"]},
    blocks=[
        B("""carnets
Écrire
S'inscrire
Se connecter
Carnets d'une humanitaire"""),
        P("Six ans après, retour dans les camps de Cox's Bazar"),
        B("""Lucie Fontaine
Suivre
7 min de lecture · 25 août 2023
86
12
Écouter
Partager"""),
        P("Il y a six ans, le 25 août 2017, des centaines de milliers de Rohingyas fuyaient les violences de l'armée birmane pour se réfugier au Bangladesh. J'étais alors infirmière pour une petite ONG et je n'avais jamais vu un tel afflux : plus de 700 000 personnes en quelques semaines."),
        P("Aujourd'hui, quelque 960 000 réfugiés vivent toujours dans les 33 camps du district de Cox's Bazar, sur à peine 26 kilomètres carrés. C'est l'un des endroits les plus densément peuplés de la planète.", strip=True),
        P("Des enfants devant un centre d'apprentissage du camp 14. Photo : L. Fontaine"),
        P("Les centres d'apprentissage accueillent désormais plus de 300 000 enfants, qui suivent le programme scolaire du Myanmar. C'est une vraie avancée, même si les filles de plus de 12 ans restent nombreuses à quitter l'école.", glue=True),
        P("Ce qui m'a frappée, c'est l'épuisement. Les rations du Programme alimentaire mondial (PAM) sont passées de 12 à 8 dollars par personne et par mois en 2023, et les familles que j'ai revues ont du mal à se nourrir. Les bénévoles rohingyas continuent pourtant d'oeuvrer chaque jour dans les dispensaires."),
        P("Je repars avec une question : combien de temps encore la communauté internationale acceptera-t-elle que ces familles vivent dans l'attente ? Le plan de réponse conjoint pour 2024 n'est financé qu'à 36 %.", strip=True),
        B("""Réfugiés
Bangladesh
Humanitaire
86
12
Plus d'articles de Lucie Fontaine
Soudan : ce que les chiffres ne disent pas
12 réponses
Écrire une réponse…
Karim B.
il y a 2 jours
Merci pour ce témoignage, on n'en parle plus du tout en France.
Répondre
Voir toutes les réponses"""),
    ],
    gold=dict(
        title="Six ans après, retour dans les camps de Cox's Bazar",
        dateline=None,
        organisations=[org("Programme alimentaire mondial", "PAM")],
        places=[place("Cox's Bazar"), place("Bangladesh", "BD"), place("Myanmar", "MM")],
        figures=[
            fig("Six ans", 6, "ans", "duration"),
            fig("six ans", 6, "ans", "duration"),
            fig("le 25 août 2017", "2017-08-25", None, "date"),
            fig("plus de 700 000 personnes", 700000, "personnes", qualifier="plus de"),
            fig("quelque 960 000 réfugiés", 960000, "réfugiés", qualifier="quelque"),
            fig("33 camps", 33, "camps"),
            fig("26 kilomètres carrés", 26, "kilomètres carrés", "other"),
            fig("plus de 300 000 enfants", 300000, "enfants", qualifier="plus de"),
            fig("plus de 12 ans", 12, "ans", "age", qualifier="plus de"),
            fig("12", 12, None, "money", currency="USD"),
            fig("8 dollars", 8, "dollars", "money", currency="USD"),
            fig("en 2023", 2023, None, "year"),
            fig("2024", 2024, None, "year"),
            fig("36 %", 36, "%", "percent"),
        ],
        phones=[], emails=[], contacts=[],
        notes="Blog platform: the author line, follow button, reading time and date, clap and reply counters, tags, 'more from the author' and the comment thread are boilerplate. Two paragraphs lost their accents (typed without them); the others are clean. The photo caption is glued to the next paragraph ('L. FontaineLes centres'). 'oeuvrer' is a valid spelling: kept. 'camp 14' is a camp's name, not a figure; 'des centaines de milliers' is vague. 'de 12 à 8 dollars' is a range: two figures. 'Six ans' (title) and 'six ans' (body) are two distinct texts. 'ONG' is generic; 'plan de réponse conjoint' is a plan. Straight apostrophes throughout (the platform's typography). No dateline, no contact.",
    ),
))

# --------------------------------------------------------------------------- h22 Belgian federal newsroom (no defect, no boilerplate)
PAGES.append(Page(
    name="h22-belgique-sante-maternelle-clean",
    meta={"site": "presscenter.example.belgium.be", "style": "federal-newsroom", "defects": []},
    blocks=[
        P("La Belgique consacre 25 millions d’euros à la santé maternelle en RD Congo et au Bénin"),
        P("Bruxelles, le 7 mars 2024 — À la veille de la Journée internationale des droits des femmes, la ministre de la Coopération au développement a annoncé une contribution de 25 millions d’euros sur cinq ans à des programmes de santé sexuelle et reproductive en République démocratique du Congo et au Bénin."),
        P("Ces programmes seront mis en œuvre par Enabel, l’agence belge de développement, et par le Fonds des Nations Unies pour la population (UNFPA). Ils doivent permettre de former 1 800 sages-femmes, d’équiper 240 maternités et d’offrir des soins prénatals à environ 650 000 femmes."),
        P("En RD Congo, le taux de mortalité maternelle reste l’un des plus élevés au monde, avec 547 décès pour 100 000 naissances vivantes. Au Bénin, près de 25 % des accouchements se déroulent encore sans personnel qualifié."),
        P("« Investir dans la santé des mères, c’est investir dans des sociétés entières », a déclaré la ministre, qui se rendra à Kinshasa et à Cotonou du 18 au 22 mars."),
        P("Avec cette nouvelle contribution, la Belgique porte à 112 millions d’euros son soutien à l’UNFPA depuis 2020. Elle en est le 9e donateur."),
        L("""Contact presse
Sarah Vandenberghe, porte-parole de la ministre de la Coopération au développement
+32 2 501 36 44 – +32 (0)478 52 19 63
sarah.vandenberghe@dgd.example.belgium.be
Service public fédéral Affaires étrangères, Commerce extérieur et Coopération au développement
Service de presse : 0473 44 81 02 – presse@diplomatie.example.belgium.be"""),
    ],
    gold=dict(
        title="La Belgique consacre 25 millions d’euros à la santé maternelle en RD Congo et au Bénin",
        dateline=dl("Bruxelles", "2024-03-07"),
        organisations=[org("Enabel"), org("Fonds des Nations Unies pour la population", "UNFPA"),
                       org("Service public fédéral Affaires étrangères, Commerce extérieur et Coopération au développement")],
        places=[place("Belgique", "BE"), place("RD Congo", "CD"), place("Bénin", "BJ"), place("Bruxelles"),
                place("République démocratique du Congo", "CD"), place("Kinshasa"), place("Cotonou")],
        figures=[
            fig("25 millions d’euros", 25000000, "euros", "money", currency="EUR"),
            fig("le 7 mars 2024", "2024-03-07", None, "date"),
            fig("cinq ans", 5, "ans", "duration"),
            fig("1 800 sages-femmes", 1800, "sages-femmes"),
            fig("240 maternités", 240, "maternités"),
            fig("environ 650 000 femmes", 650000, "femmes", qualifier="environ"),
            fig("547 décès", 547, "décès"),
            fig("100 000 naissances", 100000, "naissances"),
            fig("près de 25 %", 25, "%", "percent", qualifier="près de"),
            fig("18", "--03-18", None, "date"),
            fig("22 mars", "--03-22", None, "date"),
            fig("112 millions d’euros", 112000000, "euros", "money", currency="EUR"),
            fig("2020", 2020, None, "year"),
            fig("9e", 9, None, "ordinal"),
        ],
        phones=[phone("+3225013644"), phone("+32478521963"), phone("+32473448102")],
        emails=["sarah.vandenberghe@dgd.example.belgium.be", "presse@diplomatie.example.belgium.be"],
        contacts=[contact("Sarah Vandenberghe", "porte-parole de la ministre de la Coopération au développement", None,
                          ["+3225013644", "+32478521963"], ["sarah.vandenberghe@dgd.example.belgium.be"]),
                  contact(None, "Service de presse",
                          "Service public fédéral Affaires étrangères, Commerce extérieur et Coopération au développement",
                          ["+32473448102"], ["presse@diplomatie.example.belgium.be"])],
        notes="No defect and no boilerplate. The same country under two names is listed twice ('RD Congo', 'République démocratique du Congo'). 'la ministre de la Coopération au développement' is a role. 'Journée internationale des droits des femmes' is an observance, not an organisation. 'du 18 au 22 mars' is a range of dates: two figures. '0473 44 81 02' has no country code: Belgian from the page. The en dash between two phone numbers separates them. '547 décès pour 100 000 naissances' is a rate given as two counts.",
    ),
))

# --------------------------------------------------------------------------- h23 Canadian federal newsroom, wholly English (’ as '?')
PAGES.append(Page(
    name="h23-canada-sahel-food-security-en",
    meta={"site": "newsroom.example.gc.ca", "style": "federal-newsroom-en", "language": "en",
          "defects": ["english-page", "lost-apostrophe", "breadcrumb", "share-lines", "page-furniture"]},
    blocks=[
        B("""Skip to main content
Government of Canada / Gouvernement du Canada
Français
Search Canada.ca
Menu
Canada.ca > Global Affairs Canada > News
News release
From: Global Affairs Canada"""),
        P("Canada announces $42 million for food security in the Sahel"),
        P("March 8, 2024 - Ottawa, Ontario - Global Affairs Canada"),
        P("Today, Daniel Okafor, Minister of International Development, announced $42 million over three years to help more than 1.3 million people in Burkina Faso, Mali and Niger meet their basic food needs.", apos="?"),
        P("The funding will be delivered through the World Food Programme (WFP), UNICEF and Canadian non-governmental organizations. It includes $12.5 million for school meals, and about 40% of it will go to programs led by women’s organizations.", apos="?"),
        P("“Across the Sahel, families are facing their fourth consecutive lean season. Canada’s support will help them get through it and rebuild their livelihoods,” said Minister Okafor.", apos="?"),
        P("Quick facts"),
        L("""- In 2023, Canada provided more than $310 million in international humanitarian assistance to the Sahel.
- According to the United Nations, 10.6 million people in the three countries were food insecure during last year’s lean season.""", apos="?"),
        L("""Contacts
Amelia Chen
Press Secretary
Office of the Minister of International Development
343-555-0110
Media Relations Office
Global Affairs Canada
613-555-0191
media@international.example.gc.ca"""),
        B("""Share this page
Report a problem on this page
Date modified: 2024-03-08
Terms and conditions | Privacy
Canada.ca"""),
    ],
    gold=dict(
        title="Canada announces $42 million for food security in the Sahel",
        dateline=dl("Ottawa", "2024-03-08"),
        organisations=[org("Global Affairs Canada"), org("World Food Programme", "WFP"), org(None, "UNICEF"),
                       org("United Nations"), org("Office of the Minister of International Development")],
        places=[place("Canada", "CA"), place("Sahel"), place("Ottawa"), place("Ontario"), place("Burkina Faso", "BF"),
                place("Mali", "ML"), place("Niger", "NE")],
        figures=[
            fig("$42 million", 42000000, "$", "money", currency="CAD"),
            fig("March 8, 2024", "2024-03-08", None, "date"),
            fig("three years", 3, "years", "duration"),
            fig("more than 1.3 million people", 1300000, "people", qualifier="more than"),
            fig("$12.5 million", 12500000, "$", "money", currency="CAD"),
            fig("about 40%", 40, "%", "percent", qualifier="about"),
            fig("In 2023", 2023, None, "year"),
            fig("more than $310 million", 310000000, "$", "money", qualifier="more than", currency="CAD"),
            fig("10.6 million people", 10600000, "people"),
            fig("three countries", 3, "countries"),
        ],
        phones=[phone("+13435550110"), phone("+16135550191")],
        emails=["media@international.example.gc.ca"],
        contacts=[contact("Amelia Chen", "Press Secretary", "Office of the Minister of International Development",
                          ["+13435550110"], []),
                  contact(None, None, "Global Affairs Canada", ["+16135550191"], ["media@international.example.gc.ca"])],
        notes="Wholly English page from a Canadian federal newsroom. Dateline on its own line, date first ('March 8, 2024 - Ottawa, Ontario - Global Affairs Canada'): place 'Ottawa'. ’ became '?' in the body and the quick facts ('women?s', 'Canada?s', 'year?s'); the curly double quotes survived. '$' on a Canadian federal page is CAD. 'fourth consecutive lean season' is an ordinal word (not a figure). 'From: Global Affairs Canada' and 'Date modified' are page metadata. Numbers without country code: Canada from the page. The 'Media Relations Office' line is the office's unit name: the contact's organisation is the department.",
    ),
))
