"""L'Écho des Causses -- journal indépendant (fictif) du Sud-Aveyron et des Grands Causses."""
from common import expand, insert_after

SITE, LANG, HOST = "fr", "fr", "echodescausses.fr"

SERIES = {
    "BG1": ("Depuis le 1er juillet, les accouchements sont suspendus à la maternité du centre hospitalier "
            "de Sauveterre, faute d'anesthésistes et de pédiatres en nombre suffisant pour assurer les gardes. "
            "L'Agence régionale de santé (ARS) Occitanie parle d'une mesure « temporaire » ; syndicats et élus "
            "y voient une fermeture qui ne dit pas son nom."),
    "BG2": ("Environ 300 bébés naissaient chaque année à Sauveterre. Les futures mères doivent désormais se "
            "rendre à Rodez ou à Millau, à plus d'une heure de route pour une partie du sud du département, "
            "davantage quand la neige tient sur les causses."),
    "FACT": ("Repères : 312 naissances à Sauveterre en 2023 ; 58 minutes de trajet moyen vers la maternité "
             "de Rodez depuis Saint-Rome-de-Tarn ; 14 sages-femmes en poste au 1er juillet."),
}
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def A(section, label, slug, headline, author, date, body, tags, minutes, chapo=None, series=False, abo=False):
    d, m = date
    dd = "1er" if d == 1 else str(d)
    head = [headline]
    if chapo:
        head.append(chapo)
    return dict(section=section, label=label, slug=slug, headline=headline, head=head,
                byline=f"Par {author} — {dd} {MONTHS[m - 1]} 2024", body=body, tags=tags,
                min=minutes, series=series, abo=abo)


ARTICLES = [
    A("environnement", "Environnement", "tarn-niveau-bas-restrictions-eau-crise",
      "Le Tarn au plus bas depuis 2003 : la préfecture durcit les restrictions d'eau",
      "Camille Vidal", (18, 7),
      ["Le débit du Tarn mesuré à Millau est tombé lundi à 3,1 m³/s, le niveau le plus bas relevé à cette date depuis l'été 2003, selon les données de la station hydrométrique.",
       "La préfète de l'Aveyron a donc placé mardi l'ensemble du bassin versant en situation de crise. L'arrosage des jardins, le lavage des voitures et le remplissage des piscines privées sont interdits jusqu'à nouvel ordre.",
       "Pour les agriculteurs, l'irrigation n'est plus autorisée que trois nuits par semaine, de 20 heures à 8 heures. « Sur le maïs, ça veut dire qu'on perd la moitié de la récolte », résume un irrigant de Saint-Rome-de-Tarn.",
       "Les pêcheurs, eux, s'inquiètent de la température de l'eau, qui a dépassé 26 °C à plusieurs endroits. La fédération départementale a demandé la fermeture temporaire de la pêche sur certains tronçons."],
      ["sécheresse", "Tarn", "arrêté préfectoral", "irrigation"], 3,
      chapo="Arrosage interdit, irrigation limitée : tout le bassin du Tarn passe en « crise » dans l'Aveyron."),
    A("agriculture", "Agriculture", "larzac-fievre-catarrhale-brebis-vaccins",
      "Sur le Larzac, la fièvre catarrhale frappe les troupeaux de brebis",
      "Thomas Bousquet", (23, 7),
      ["Chez Mathieu Calmels, à La Cavalerie, les premières brebis sont tombées malades début juillet : fièvre, langue gonflée, boiteries. En trois semaines, il en a perdu onze sur un troupeau de 450 laitières.",
       "« On les retrouve couchées le matin, elles ne mangent plus. Et les autres ne donnent presque plus de lait », raconte-t-il.",
       "La fièvre catarrhale ovine, transmise par un moucheron, n'est pas dangereuse pour l'homme et n'affecte ni le lait ni la viande. Mais elle peut tuer une part importante des animaux d'un troupeau non vacciné.",
       "Selon la chambre d'agriculture, 22 élevages du Sud-Aveyron ont déclaré des cas depuis le début de l'été. Les doses de vaccin promises par l'État n'arriveront pas avant la fin du mois.",
       "Pour les producteurs qui livrent à Roquefort, la période tombe mal : la collecte se termine, et les brebis doivent être remises en état avant la lutte de l'automne."],
      ["Larzac", "brebis", "fièvre catarrhale", "élevage"], 4,
      chapo="Une vingtaine d'élevages touchés en trois semaines. Les éleveurs attendent des vaccins qui tardent.", abo=True),
    A("sante", "Santé", "maternite-sauveterre-accouchements-suspendus",
      "Maternité de Sauveterre : les accouchements suspendus « jusqu'à nouvel ordre »",
      "Élise Fabre", (2, 7),
      ["Ce lundi matin, la porte du bloc obstétrical était fermée et un panneau plastifié renvoyait les patientes vers les urgences de Rodez. Dans le hall, deux sages-femmes distribuaient une feuille d'information rédigée pendant le week-end.",
       "« On nous a prévenues vendredi à 18 heures. Des patientes qui devaient accoucher ce mois-ci l'ont appris sur Facebook », dénonce une sage-femme, qui souhaite rester anonyme.",
       "@BG1", "@BG2",
       "Le maire de Sauveterre, Jean-Luc Marty, réunira un conseil municipal extraordinaire jeudi. « Nous ne laisserons pas fermer la maternité par un courrier envoyé un vendredi soir », a-t-il déclaré.",
       "@FACT"],
      ["maternité", "Sauveterre", "ARS Occitanie", "Naître loin"], 4,
      chapo="La décision est tombée vendredi soir, par un courrier de l'ARS. Les femmes enceintes du secteur l'ont apprise par la presse.",
      series=True),
    A("culture", "Culture", "conques-festival-musique-sacree-jeunes-ensembles",
      "À Conques, le festival de musique sacrée fait le pari des jeunes ensembles",
      "Marion Delmas", (30, 7),
      ["Pour sa 40e édition, le festival de l'abbatiale Sainte-Foy a invité six ensembles dont aucun membre n'a plus de 35 ans. Un choix assumé par la nouvelle directrice artistique, la claveciniste Anne Roux.",
       "« Le public de Conques vieillit avec nous. Si on veut qu'il se renouvelle, il faut que la scène se renouvelle d'abord », explique-t-elle.",
       "Le programme va du chant grégorien aux polyphonies corses, en passant par une création pour voix et vielle à roue commandée à un compositeur toulousain.",
       "Les concerts du soir, à 21 heures dans l'abbatiale, affichent déjà presque complet. Des répétitions publiques gratuites ont lieu chaque après-midi dans le cloître.",
       "Du 9 au 18 août. Billets de 12 à 28 euros, gratuit pour les moins de 18 ans."],
      ["Conques", "festival", "musique sacrée"], 3),
    A("territoires", "Territoires", "nasbinals-epicerie-reprise-couple-lyonnais",
      "Nasbinals : l'épicerie du village reprise par un couple venu de Lyon",
      "Thomas Bousquet", (6, 8),
      ["Fermée depuis janvier, l'unique épicerie de Nasbinals, en Lozère, a rouvert samedi. Aux commandes : Claire et Yanis Benali, 34 et 37 ans, qui ont quitté Lyon et leurs emplois dans l'informatique.",
       "« On venait en vacances sur l'Aubrac depuis dix ans. On s'est dit : c'est maintenant ou jamais », raconte Claire, derrière un comptoir où s'alignent aligot sous vide, fouaces et tomes de la coopérative.",
       "La commune, propriétaire des murs, leur loue le local 250 euros par mois. Le département a financé une partie de la nouvelle chambre froide.",
       "En saison, l'épicerie profite du passage des pèlerins de Saint-Jacques. L'hiver, quand le village retombe à 500 habitants, ce sera une autre histoire. « On le sait. On a fait nos calculs, avec une marge d'erreur », sourit Yanis."],
      ["Lozère", "Aubrac", "commerce rural", "Nasbinals"], 3),
    A("sante", "Santé", "maternite-sauveterre-accouchement-parking-rodez",
      "« J'ai accouché dans la voiture, sur le parking de l'hôpital de Rodez »",
      "Élise Fabre", (13, 8),
      ["Les contractions ont commencé vers 2 heures du matin. Avant, Léa aurait mis vingt minutes pour rejoindre la maternité de Sauveterre. Cette nuit-là, son compagnon a pris la route de Rodez : 75 kilomètres, dont une partie sur le causse, dans le brouillard.",
       "« À Salles-Curan, j'ai su qu'on n'y arriverait pas. Il roulait, je criais, j'avais le Samu au téléphone sur haut-parleur », raconte-t-elle.",
       "Sa fille, Jeanne, est née sur le siège passager à 3 h 52, sur le parking du centre hospitalier, avant que l'équipe de garde n'arrive avec un brancard. La mère et l'enfant se portent bien.",
       "@BG1", "@BG2",
       "« Je ne veux pas qu'on dise que ça s'est bien terminé, donc qu'il n'y a pas de problème. On a eu de la chance, c'est tout », insiste Léa.",
       "@FACT"],
      ["maternité", "Sauveterre", "témoignage", "Naître loin"], 5,
      chapo="Léa, 29 ans, habite Saint-Rome-de-Tarn. Le 4 août, son deuxième enfant est né avant qu'elle ait pu franchir la porte des urgences.",
      series=True),
    A("economie", "Économie", "roquefort-fromagerie-affinage-cave",
      "Roquefort : une petite fromagerie relance l'affinage dans une cave oubliée",
      "Marion Delmas", (20, 8),
      ["À Roquefort-sur-Soulzon, sept entreprises se partagent l'appellation. Depuis ce printemps, une huitième affine ses pains dans une cave du XIXe siècle restée fermée près de cinquante ans.",
       "Derrière le projet, deux anciens salariés d'un grand groupe, qui ont racheté la cave à une famille du village. Ils affinent 12 000 pains par an, quand les leaders en produisent plusieurs millions.",
       "« Les fleurines, ces failles qui ventilent la cave, fonctionnent toujours. Il a suffi de les dégager », explique l'un des associés, Pierre Arnal.",
       "Leur lait vient de quatre éleveurs du Larzac payés 15 % au-dessus du prix de la filière. Le fromage est vendu dans une trentaine de crémeries, d'Albi à Paris."],
      ["Roquefort", "fromage", "artisanat"], 3, abo=True),
    A("societe", "Société", "roule-causse-covoiturage-rural-application",
      "« Roule Causse », l'appli de covoiturage rural qui a trouvé son public",
      "Camille Vidal", (27, 8),
      ["Lancée il y a un an par la communauté de communes, l'application compte aujourd'hui 812 inscrits et a permis environ 3 400 trajets, surtout entre les villages du causse et Millau.",
       "Le principe : les conducteurs indiquent leurs trajets réguliers, les passagers réservent une place et paient 10 centimes par kilomètre, reversés intégralement au conducteur.",
       "Josiane, 74 ans, qui n'a plus de voiture depuis l'an dernier, l'utilise deux fois par semaine pour aller au marché. « Au début j'avais peur de tomber sur n'importe qui. Maintenant je connais tout le monde. »",
       "La collectivité a aussi installé neuf « arrêts » signalés par des panneaux jaunes, où l'on peut attendre un conducteur sans réservation.",
       "Le dispositif coûte 28 000 euros par an, financés en grande partie par la Région."],
      ["mobilité", "covoiturage", "Millau"], 3),
    A("environnement", "Environnement", "eoliennes-levezou-tribunal-annule-permis-vezins",
      "Éoliennes du Lévézou : le tribunal administratif annule l'autorisation du parc de Vezins",
      "Thomas Bousquet", (3, 9),
      ["Le tribunal administratif de Toulouse a annulé jeudi l'autorisation environnementale accordée en 2021 à un parc de sept éoliennes sur la commune de Vezins-de-Lévézou, donnant raison à une association de riverains.",
       "Les juges ont estimé que l'étude d'impact sous-estimait les risques pour le milan royal, un rapace protégé qui niche sur le plateau, et pour deux colonies de chauves-souris.",
       "« Ce n'est pas une victoire contre l'éolien, c'est une victoire pour le droit », a réagi le président de l'association, Bernard Costes.",
       "L'exploitant, qui a deux mois pour faire appel, n'a pas souhaité commenter. Le Lévézou compte déjà plus d'une centaine d'éoliennes en service."],
      ["éolien", "Lévézou", "justice", "biodiversité"], 3),
    A("sante", "Santé", "maternite-sauveterre-sages-femmes-mutation",
      "Maternité de Sauveterre : les sages-femmes réaffectées, plusieurs envisagent de partir",
      "Élise Fabre", (10, 9),
      ["@BG1",
       "Depuis la suspension, les sages-femmes assurent le suivi des grossesses, les consultations après la naissance et quelques gardes aux urgences. « On fait de la préparation à un accouchement qu'on ne fera pas », résume l'une d'elles.",
       "La direction de l'hôpital assure qu'aucun poste ne sera supprimé. Mais trois sages-femmes ont demandé leur mutation, deux vers Rodez, une vers Montpellier.",
       "« Si l'équipe part, l'ARS n'aura même plus besoin de fermer. Il n'y aura plus personne pour rouvrir », s'inquiète Nadia Rouquette, déléguée syndicale.",
       "@BG2", "@FACT"],
      ["maternité", "sages-femmes", "hôpital", "Naître loin"], 4,
      chapo="Sur les quatorze sages-femmes de la maternité, trois ont déjà demandé à partir. Les autres font des consultations, et attendent.",
      series=True, abo=True),
    A("territoires", "Territoires", "viaduc-millau-20-ans-centre-ville",
      "Le viaduc de Millau a 20 ans, et le centre-ville se cherche toujours",
      "Marion Delmas", (14, 9),
      ["Le 16 décembre 2004, le viaduc ouvrait à la circulation et mettait fin aux bouchons estivaux qui paralysaient la traversée de Millau. Vingt ans plus tard, la ville prépare l'anniversaire, mais certains commerçants nuancent.",
       "« Avant, les gens étaient coincés en ville, ils s'arrêtaient, ils mangeaient. Maintenant ils nous survolent », résume un restaurateur de la place du Mandarous.",
       "La mairie met en avant un autre chiffre : l'aire du viaduc attire chaque année des centaines de milliers de visiteurs, dont une partie descend ensuite en ville.",
       "Des animations sont prévues tout au long de l'automne, dont une marche nocturne sous le tablier et une exposition de photographies du chantier."],
      ["Millau", "viaduc", "commerce"], 3),
    A("sante", "Santé", "maternite-sauveterre-ars-decision-fin-annee",
      "Maternité de Sauveterre : l'ARS promet une décision « avant la fin de l'année »",
      "Élise Fabre", (1, 10),
      ["Reçus lundi à Montpellier, les élus du Sud-Aveyron sont ressortis avec une date, mais sans engagement. Le directeur général de l'ARS Occitanie leur a indiqué qu'une décision serait prise « avant la fin de l'année ».",
       "@BG1",
       "Selon plusieurs participants, l'agence étudie deux scénarios : une réouverture conditionnée au recrutement de deux anesthésistes, ou la transformation en centre périnatal de proximité, sans accouchements.",
       "« Un centre périnatal, c'est une maternité sans naissances. On connaît la suite », a réagi la députée de la circonscription à la sortie de la réunion.",
       "Sollicitée par l'Écho, l'ARS rappelle que la sécurité des patientes « prime sur toute autre considération » et que des recrutements sont en cours.",
       "@BG2", "@FACT"],
      ["maternité", "ARS Occitanie", "élus", "Naître loin"], 4, series=True),
    A("agriculture", "Agriculture", "aubrac-burons-nouvelle-generation-estive",
      "Sur l'Aubrac, les burons reprennent vie avec une nouvelle génération",
      "Thomas Bousquet", (8, 10),
      ["Ils étaient des centaines au début du XXe siècle. Il ne reste qu'une poignée de burons, ces cabanes de pierre où l'on fabriquait la tome pendant l'estive, encore en activité.",
       "Au buron de Canuc, c'est Lucas Rigal, 27 ans, qui fabrique chaque matin le fromage avec le lait de 80 vaches de race aubrac, comme son grand-père avant lui.",
       "Lucas Rigal retourne une tome dans la cave du buron, le 2 octobre. © Thomas Bousquet / L'Écho des Causses",
       "« On dort là-haut de mai à octobre. Pas de réseau, un groupe électrogène. Mes copains pensent que je suis fou », dit-il en riant.",
       "Le buron accueille aussi des randonneurs pour le déjeuner : aligot, saucisse et tome du matin. Une activité qui fait vivre le lieu autant que le fromage."],
      ["Aubrac", "burons", "estive", "fromage"], 4),
    A("societe", "Société", "cevennes-ecole-classe-unique-saint-martial-familles",
      "Dans les Cévennes, l'école à classe unique de Saint-Martial sauvée par trois familles",
      "Camille Vidal", (15, 10),
      ["Il lui manquait trois élèves pour rester ouverte. Ils sont arrivés en août, avec leurs parents : l'école de Saint-Martial, dans le Gard, a fait sa rentrée avec 14 enfants de 3 à 11 ans.",
       "Les trois familles, venues de Montpellier, de Nantes et de Belgique, ont répondu à une annonce publiée par la mairie au printemps, qui proposait un logement communal à loyer modéré.",
       "« On ne voulait pas seulement un toit, on voulait une école. Ici on a les deux », explique Sarah, mère de deux enfants.",
       "L'institutrice, en poste depuis douze ans, a dû réorganiser sa classe pour accueillir trois maternelles de plus. « C'est du sport, mais c'est une bonne fatigue. »"],
      ["Cévennes", "école rurale", "Gard"], 3),
    A("culture", "Culture", "musee-millau-exposition-gants-main-de-maitre",
      "Le musée de Millau ressort ses gants de la réserve",
      "Marion Delmas", (22, 10),
      ["Plus de 300 paires de gants, dont certaines du XVIIIe siècle, sont exposées à partir de samedi au musée de Millau et des Grands Causses, qui rend hommage à l'industrie qui a fait la fortune de la ville.",
       "Au début du XXe siècle, Millau comptait des dizaines de mégisseries et de ganteries, employant des milliers d'ouvriers et surtout d'ouvrières, souvent à domicile.",
       "L'exposition présente aussi des machines à coudre, des outils de coupe et des témoignages enregistrés d'anciennes gantières.",
       "« Beaucoup de Millavois ont une grand-mère qui cousait des gants dans sa cuisine. On voulait que ces femmes aient enfin leur place au musée », explique la conservatrice.",
       "« Main de maître », jusqu'au 2 mars. Entrée 5 euros, gratuite le premier dimanche du mois."],
      ["Millau", "ganterie", "musée", "exposition"], 3),
    A("environnement", "Environnement", "loup-observe-causse-severac-premiere-fois",
      "Le loup observé pour la première fois sur le causse de Sévérac",
      "Thomas Bousquet", (29, 10),
      ["Un piège photographique installé par un éleveur a filmé un loup dans la nuit du 19 au 20 octobre, près du hameau de Lapanouse. L'Office français de la biodiversité a confirmé l'identification lundi.",
       "C'est la première observation attestée sur ce secteur du causse, même si des attaques suspectes avaient été signalées l'an dernier.",
       "Les éleveurs ovins, dont les troupeaux passent une partie de l'année en plein air, réclament des mesures de protection rapides. « Les chiens et les clôtures, ça a un coût, et on ne l'a pas prévu », explique l'un d'eux.",
       "La préfecture doit réunir le comité loup départemental dans les prochaines semaines."],
      ["loup", "pastoralisme", "Sévérac", "OFB"], 3, abo=True),
    A("sante", "Santé", "maternite-sauveterre-manifestation-droit-naitre",
      "À Sauveterre, 2 000 personnes dans la rue pour « le droit de naître au pays »",
      "Élise Fabre", (5, 11),
      ["Des poussettes en tête de cortège, des autocollants « Né à Sauveterre » sur les manteaux : selon les organisateurs, 2 000 personnes ont défilé samedi, 1 300 selon la gendarmerie.",
       "Parmi elles, des maires de tout le Sud-Aveyron, en écharpe, et d'anciens soignants d'une maternité du Lot fermée il y a dix ans, venus « raconter la suite ».",
       "@BG1",
       "Environ 300 bébés naissaient chaque année à Sauveterre. Les futures mères doivent désormais se rendre à Rodez ou à Millau, à plus d'une heure de route pour une partie du sud du département, davantage l'hiver, quand la neige tient sur les causses.",
       "Devant l'hôpital, le collectif a remis au directeur une pétition de 11 400 signatures. Une nouvelle mobilisation est prévue le jour où l'ARS rendra sa décision.",
       "@FACT"],
      ["maternité", "manifestation", "Sauveterre", "Naître loin"], 4,
      chapo="Samedi, élus, soignants et jeunes parents ont défilé de la mairie à l'hôpital. Du jamais-vu dans la petite ville.",
      series=True),
    A("economie", "Économie", "laguiole-couteliers-copies-vente-en-ligne",
      "Laguiole : les couteliers du village face aux copies vendues en ligne",
      "Marion Delmas", (12, 11),
      ["Sur les grandes plateformes de vente en ligne, un couteau « Laguiole » se vend parfois moins de 10 euros. Au village, un couteau fabriqué sur place coûte rarement moins de 80.",
       "Le nom du village ne garantit aucune origine. Les couteliers locaux réclament depuis des années une protection qui distinguerait les couteaux réellement forgés sur l'Aubrac.",
       "« Les gens achètent une copie, elle casse au bout de six mois, et ils pensent que c'est nous qui faisons de la mauvaise qualité », peste un artisan de la rue principale.",
       "Plusieurs ateliers ont commencé à graver un numéro de série et à ouvrir leur forge aux visiteurs, pour que les clients voient d'où vient leur couteau."],
      ["Laguiole", "coutellerie", "contrefaçon"], 3),
]

# ---------------------------------------------------------------- template
MENU = "Territoires · Agriculture · Environnement · Santé · Économie · Société · Culture · Enquêtes · Tribunes"
TOP = "S'abonner · Faire un don · Se connecter"
COOKIE = [
    [("cookie", "Nous utilisons quelques cookies pour mesurer notre audience, sans publicité ciblée. Vous pouvez changer d'avis à tout moment."),
     ("cookie", "Tout accepter · Tout refuser · Paramétrer")],
    [("cookie", "Avec votre accord, ce site dépose des traceurs pour la mesure d'audience et le partage sur les réseaux sociaux."),
     ("cookie", "Accepter · Continuer sans accepter")],
]
SHARE = "Partager : Facebook · Mastodon · WhatsApp · Courriel · Copier le lien"
NEWSLETTER = [
    [("newsletter", "La Lettre des Causses"),
     ("newsletter", "Chaque vendredi, l'essentiel de la semaine entre Lévézou, Larzac et Aubrac. C'est gratuit."),
     ("newsletter", "Votre adresse e-mail"),
     ("newsletter", "Je m'inscris")],
    [("newsletter", "Vous aimez l'Écho ? Recevez-le chaque vendredi dans votre boîte mail."),
     ("newsletter", "Une lettre, zéro publicité, désinscription en un clic."),
     ("newsletter", "Adresse e-mail"),
     ("newsletter", "Recevoir la lettre")],
]
PODCAST = "Notre podcast « Causse toujours » : chaque mois, une voix du pays. À écouter sur votre plateforme habituelle."
CAMPAIGN = range(11, 16)  # pages 12-16


def readers(i):
    return 1147 + 6 * i + (i * 5) % 4


def fr_num(n):
    return f"{n:,}".replace(",", "\u00a0")


def appeal(i):
    out = []
    if i % 2 == 0:
        out.append(("appeal", "L'Écho des Causses n'appartient à aucun groupe, ne vit d'aucune publicité et ne reçoit aucune subvention des collectivités dont il parle."))
    else:
        out.append(("appeal", "Sans vous, pas d'Écho. Notre seule ressource, ce sont nos lecteurs."))
    out.append(("appeal", f"Objectif 2024 : 1\u00a0500 abonnés et donateurs. Nous sommes {fr_num(readers(i))} aujourd'hui."))
    if i in CAMPAIGN:
        out.append(("appeal", "Opération « Un don, deux voix » : jusqu'au 31 décembre, chaque don est doublé par nos mécènes."))
    out.append(("appeal", "Un don de 50 € ne vous coûte que 17 € après réduction d'impôt."))
    out.append(("appeal", "10 € · 30 € · 50 € · Autre montant"))
    out.append(("appeal", "Je double mon don" if i in CAMPAIGN else "Je soutiens l'Écho"))
    return out


def related(i, art, arts):
    if art["series"]:
        others = [a for a in arts if a["series"] and a is not art]
        head = "Dans la même série"
        k = (i + 1) % len(others)
    else:
        others = [a for a in arts if a is not art and not a["series"]]
        head = "À lire également" if i % 3 else "Sur le même territoire"
        k = (3 * i) % len(others)
    pick = (others[k:] + others[:k])[:3]
    return [("related", head)] + [("related", a["headline"]) for a in pick]


def lire_aussi(i, art, arts):
    j = (i * 7 + 4) % 18
    if arts[j] is art:
        j = (j + 1) % 18
    return ("related", f"Lire aussi : {arts[j]['headline']}")


def build(i, art, arts):
    L = [("navigation", "Aller au contenu principal")]
    L += COOKIE[(i // 2) % 2]
    L += [("navigation", "L'Écho des Causses"),
          ("navigation", "Le journal indépendant du Sud-Aveyron et des Grands Causses"),
          ("navigation", TOP),
          ("navigation", MENU),
          ("navigation", f"Accueil › {art['label']}")]
    if art["series"]:
        ep = [a for a in arts if a["series"]].index(art) + 1
        L.append(("navigation", f"Série « Naître loin » · épisode {ep}/5"))
    if art["abo"]:
        L.append(("paywall", "Abonnés"))
    L.append((None, art["head"][0]))
    L += [(None, t) for t in art["head"][1:]]
    L.append((None, art["byline"]))
    L.append(("ui", f"Lecture {art['min']} min"))
    if i % 4 != 3:
        L.append(("share", SHARE))
    if i % 2 == 0:
        L.append(("audio", "Écouter cet article"))
        L.append(("audio", f"Voix de synthèse · {art['min'] + 1} min"))
    if i % 5 == 1:
        L.append(("ui", "Imprimer · A- · A+"))

    body = [(None, t) for t in expand(art["body"], SERIES)]
    # mid-article box: newsletter (A/B), or the podcast plug on a few pages
    if i % 6 == 5:
        mid = [("audio", PODCAST)]
    else:
        mid = NEWSLETTER[0 if i < 9 else 1]
    la_at = 0 if len(body) <= 4 else 1
    mid_at = la_at + 2
    mid_done = mid_at < len(body) - 1
    if mid_done:
        body = insert_after(body, mid_at, mid)
    body = insert_after(body, la_at, [lire_aussi(i, art, arts)])
    L += body

    if art["abo"]:
        L.append(("paywall", "Vous lisez un article réservé aux abonnés. Merci de faire vivre l'Écho."))
    elif i % 3 != 2:
        L.append(("paywall", "Cet article vous est offert. Pour que l'Écho reste libre et gratuit pour tous, abonnez-vous."))
        L.append(("paywall", "S'abonner dès 1 € le premier mois"))

    blocks = {
        "appeal": appeal(i) if i not in (4, 8) else [],
        "tags": [("navigation", "Mots-clés : " + " · ".join(art["tags"]))],
        "related": related(i, art, arts),
        "social": [("social", "Suivez-nous sur Mastodon, Facebook et Instagram, ou rejoignez notre canal WhatsApp.")],
        "newsletter": [] if (mid_done and mid[0][0] == "newsletter") else NEWSLETTER[1 if i < 9 else 0],
        "errata": [("ui", "Signaler une erreur")],
    }
    if i % 7 == 3:
        blocks["comments"] = [("comments", "Les commentaires sont fermés.")]
    else:
        blocks["comments"] = [("comments", f"{(i * 11 + 3) % 29} réactions"),
                              ("comments", "Les commentaires sont réservés aux abonnés et modérés selon notre charte.")]
    if i < 6:
        order = ["tags", "errata", "appeal", "related", "newsletter", "social", "comments"]
    elif i < 12:
        order = ["appeal", "tags", "related", "comments", "newsletter", "social", "errata"]
    else:
        order = ["tags", "related", "newsletter", "appeal", "social", "errata", "comments"]
    for b in order:
        L += blocks[b]
    L += [("navigation", "Qui sommes-nous ? · L'équipe · Charte déontologique · Nous contacter · Proposer une tribune"),
          ("legal", "© L'Écho des Causses, SCIC de presse. Tous droits réservés. Toute reproduction, même partielle, est soumise à autorisation."),
          ("legal", "Mentions légales · Politique de confidentialité · CGV · Gestion des cookies"),
          ("ui", "Haut de page")]
    return L
