"""La Gazzetta Apuana - made-up regional daily for Massa-Carrara and Lunigiana (it)."""
from common import A, B, others, reading_minutes, duration, splice, thousands

CODE = "itap"
LANG = "it"
HOST = "www.gazzettaapuana.it"

# --- running series: "Lunigiana a secco" (water crisis) -------------------
BG1 = ("Da metà giugno la Lunigiana vive la crisi idrica più grave degli ultimi trent'anni: "
       "la portata del Magra alla stazione di Aulla è scesa sotto i due metri cubi al secondo "
       "e in nove comuni su quattordici l'acqua arriva con le autobotti.")
BG1_LATE = BG1.replace("in nove comuni su quattordici", "in undici comuni su quattordici")
BG2 = ("Gaia, il gestore del servizio idrico, ha disposto la riduzione della pressione dalle 23 "
       "alle 6 in tutta la vallata. La Regione Toscana ha chiesto al governo lo stato di emergenza "
       "nazionale, che finora non è stato concesso.")
FACT = ("Per segnalare guasti o chiedere un'autobotte il numero verde di Gaia è l'800 223 377, "
        "attivo 24 ore su 24.")

ARTICLES = [
    {  # 01
        "section": "cronaca", "slug": "colonnata-lastra-cava-operaio-ferito",
        "head": ["Colonnata, si stacca una lastra in cava: operaio di 43 anni ferito alle gambe",
                 "L'incidente poco dopo le 9 nel bacino di Fossacava. L'uomo, originario di Bedizzano, è stato trasferito in elicottero a Cisanello",
                 "di Elena Marchetti"],
        "body": [
            "Un blocco di marmo di circa tre tonnellate si è staccato dalla parete mentre la squadra stava preparando il taglio con il filo diamantato. L'operaio, un tecnico di 43 anni di Bedizzano, è stato colpito alle gambe ed è rimasto a terra cosciente fino all'arrivo dei soccorsi.",
            "Sul posto sono intervenuti i vigili del fuoco del distaccamento di Carrara, il 118 e i tecnici della Asl Toscana nord ovest, che hanno posto sotto sequestro l'area di lavorazione. L'elisoccorso Pegaso ha trasportato il ferito all'ospedale di Cisanello, a Pisa: secondo le prime informazioni non sarebbe in pericolo di vita.",
            "È il quarto infortunio grave nei bacini marmiferi dall'inizio dell'anno. «Chiediamo da mesi un tavolo in prefettura sulla sicurezza in cava, e ogni volta ci rispondono che i controlli sono aumentati», commenta Andrea Bellè della Fillea Cgil.",
            "Il piazzale della cava dopo l'intervento dei soccorsi (foto Del Nero)",
            "La ditta che gestisce la cava, in una breve nota, ha espresso vicinanza al lavoratore e alla famiglia e ha assicurato «la massima collaborazione con gli organi inquirenti». Domani i sindacati proclameranno un'ora di sciopero in tutti i bacini.",
        ],
        "tags": ["Colonnata", "Cave", "Sicurezza sul lavoro", "Fillea Cgil"],
    },
    {  # 02 series
        "section": "lunigiana", "slug": "fivizzano-autobotti-sassalbo-crisi-idrica",
        "head": ["Fivizzano, le autobotti salgono fino a Sassalbo: «Qui l'acqua non arriva da dieci giorni»",
                 "di Stefano Rossi · FIVIZZANO"],
        "body": [
            "Alle sette del mattino la fila davanti alla cisterna in piazza a Sassalbo è già lunga. Taniche, bottiglioni, secchi: Maria Teresa, 78 anni, ne riempie due e li carica su un carrello della spesa. «Mio figlio viene la domenica da Sarzana a portarmi le casse d'acqua, ma per lavarmi serve questa».",
            "Nelle frazioni alte del comune il servizio è garantito da tre autobotti che fanno la spola con il deposito di Gassano. Il sindaco ha chiesto a Gaia di aggiungerne una quarta entro la settimana, anche perché ad agosto la popolazione raddoppia con il ritorno degli emigrati.",
            "Il quadro",
            BG1,
            BG2,
            "A Sassalbo intanto c'è chi si organizza da sé. Il circolo Arci ha messo a disposizione il suo pozzo per gli orti, con turni di un'ora a famiglia scritti a penna su un foglio appeso alla porta.",
            FACT,
        ],
        "tags": ["Fivizzano", "Sassalbo", "Crisi idrica", "Gaia"],
    },
    {  # 03
        "section": "politica", "slug": "massa-bilancio-approvato-seduta-fiume",
        "head": ["Massa, il bilancio passa dopo una seduta fiume. L'opposizione abbandona l'aula",
                 "Approvato a mezzanotte e mezza con 19 voti favorevoli. Polemica sui tagli al trasporto scolastico",
                 "di Luca Giannelli"],
        "body": [
            "Quasi nove ore di discussione, trentadue emendamenti respinti e un finale a ranghi ridotti, dopo che i consiglieri di minoranza hanno lasciato la sala in segno di protesta. Il consiglio comunale di Massa ha approvato il bilancio di previsione poco dopo la mezzanotte e mezza di ieri, con 19 voti a favore e nessun contrario.",
            "Il nodo è il trasporto scolastico: la giunta ha ridotto di 400 mila euro il capitolo dedicato agli scuolabus, e dal prossimo settembre le famiglie residenti entro un chilometro dalla scuola non avranno più diritto al servizio. «Abbiamo dovuto scegliere, e abbiamo scelto di non aumentare l'addizionale Irpef», ha spiegato l'assessora al bilancio.",
            "Per la minoranza si tratta di «un taglio che pagheranno le frazioni montane, dove un chilometro significa una strada senza marciapiede». I consiglieri di opposizione hanno annunciato una raccolta di firme e un'interrogazione in Regione.",
            "Il documento prevede anche 2,1 milioni per la manutenzione delle strade e la riapertura, entro l'estate, della piscina comunale di via Oliveti, chiusa da due anni.",
        ],
        "tags": ["Comune di Massa", "Bilancio", "Scuolabus"],
    },
    {  # 04
        "section": "sport", "slug": "carrarese-rimonta-pareggio-stadio-dei-marmi",
        "head": ["Carrarese, rimonta nel finale: Zanetti e Bianchi firmano il 2-2 allo stadio dei Marmi",
                 "di Paolo Lazzerini"],
        "body": [
            "Sotto di due gol all'intervallo, fischiata dalla curva al rientro negli spogliatoi, la Carrarese ha trovato nel secondo tempo la forza di riprendere una partita che sembrava chiusa. Finisce 2-2 contro la Reggiana davanti a 3.800 spettatori.",
            "Il primo gol azzurro arriva al 68', con un colpo di testa di Zanetti su punizione di Fontanesi. Il pareggio al 91': Bianchi, entrato da dieci minuti, raccoglie una respinta corta del portiere e calcia sotto la traversa.",
            "Le parole del tecnico",
            "«Nel primo tempo non eravamo in campo, lo dico senza giri di parole», ha ammesso l'allenatore in sala stampa. «Ma questa squadra non molla mai, e il punto di oggi vale più di quanto dica la classifica».",
            "Con questo pareggio la Carrarese sale a 31 punti, tre sopra la zona playout. Sabato la trasferta di Bari.",
        ],
        "tags": ["Carrarese", "Serie B", "Stadio dei Marmi"],
    },
    {  # 05
        "section": "cultura", "slug": "uomini-di-marmo-mostra-carmi-cavatori",
        "head": ["«Uomini di marmo»: al Carmi le foto dei cavatori del Novecento",
                 "Centoventi scatti inediti dagli archivi di famiglia. La mostra resta aperta fino al 2 novembre",
                 "di Chiara Vannucci"],
        "body": [
            "Ci sono le lizze, con i blocchi che scendono a valle trattenuti dalle funi, e ci sono le pause pranzo sui ravaneti, il pane e il lardo avvolti nella carta di giornale. La mostra «Uomini di marmo», inaugurata ieri al Carmi di villa Fabbricotti, racconta un secolo di lavoro in cava attraverso le fotografie delle famiglie carraresi.",
            "Le immagini sono state raccolte in due anni da un gruppo di volontari, che ha bussato porta a porta a Bedizzano, Miseglia e Torano. «Molte erano in scatole di scarpe, qualcuna incorniciata in cucina», racconta la curatrice, Silvia Pucciarelli. «Abbiamo digitalizzato tutto e restituito gli originali».",
            "Una sezione è dedicata alla tragedia di Fantiscritti del 1957, con le lettere dei familiari delle vittime conservate all'archivio della Camera del lavoro.",
            "Cavatori al lavoro nel bacino di Torano negli anni Cinquanta (archivio famiglia Baratta)",
            "Orari: dal martedì alla domenica, 10-13 e 15-19. Ingresso 5 euro, gratuito per i residenti nel comune di Carrara.",
        ],
        "tags": ["Carmi", "Mostre", "Cavatori", "Villa Fabbricotti"],
    },
    {  # 06
        "section": "economia", "slug": "porto-marina-di-carrara-export-blocchi-calo",
        "head": ["Porto di Marina di Carrara, export di blocchi in calo del 12 per cento",
                 "I dati del primo semestre: giù il grezzo verso la Cina, crescono le lastre destinate agli Stati Uniti",
                 "di Marco Tonarelli"],
        "body": [
            "Meno blocchi, più lavorati. I dati dell'Autorità di sistema portuale del Mar Ligure orientale sul primo semestre fotografano un porto che cambia pelle: le spedizioni di marmo grezzo sono scese a 214 mila tonnellate, il 12 per cento in meno rispetto allo stesso periodo dell'anno scorso.",
            "Pesa soprattutto il rallentamento della domanda cinese, che da sola assorbiva fino a tre anni fa quasi la metà dei blocchi in partenza dalle banchine carraresi. Crescono invece le lastre e i semilavorati diretti negli Stati Uniti e nei paesi del Golfo.",
            "«È una trasformazione che aspettavamo, perché il valore resta sul territorio», commenta il presidente della sezione lapidei di Confindustria. Più cauti i sindacati, che segnalano il ricorso crescente alla cassa integrazione nelle segherie più piccole.",
            "Sul fronte delle infrastrutture, il nuovo piano regolatore portuale prevede l'allungamento della diga foranea e un piazzale da 40 mila metri quadrati per la movimentazione dei container.",
        ],
        "tags": ["Porto di Marina di Carrara", "Marmo", "Export"],
    },
    {  # 07 series
        "section": "lunigiana", "slug": "pontremoli-fagioli-bratto-raccolto-perso-siccita",
        "head": ["Pontremoli, i coltivatori del fagiolo di Bratto: «Metà del raccolto è già perso»",
                 "di Stefano Rossi · PONTREMOLI"],
        "body": [
            "Le piante sono basse, i baccelli vuoti. Nel campo di Giuseppe Ferrari, a Bratto, il fagiolo presidio Slow Food ha smesso di crescere a metà luglio. «Irrighiamo la sera con le taniche, quando possiamo, ma sono tre ettari: non ce la facciamo».",
            "La Coldiretti di Massa-Carrara stima perdite tra il 40 e il 60 per cento per le colture orticole della Lunigiana e chiede la sospensione dei contributi previdenziali per le aziende agricole della vallata.",
            BG1,
            BG2,
            "Il consorzio di tutela ha chiesto un incontro all'assessorato regionale all'agricoltura. «Se il prossimo anno non abbiamo seme buono, il danno non è di una stagione, è di dieci», dice Ferrari.",
            FACT,
        ],
        "tags": ["Pontremoli", "Bratto", "Agricoltura", "Crisi idrica"],
    },
    {  # 08
        "section": "cronaca", "slug": "avenza-finto-carabiniere-truffa-anziana-arrestato",
        "head": ["Avenza, finto carabiniere si fa consegnare i gioielli da un'ottantenne: arrestato in stazione",
                 "di Elena Marchetti"],
        "body": [
            "Le aveva telefonato presentandosi come un maresciallo della stazione di Carrara: suo nipote, le aveva detto, aveva causato un incidente e servivano soldi per evitargli il carcere. Mezz'ora dopo un giovane si è presentato alla porta della donna, 82 anni, per ritirare «la cauzione».",
            "L'anziana gli ha consegnato 1.200 euro in contanti e una collana d'oro. Ma un vicino, insospettito dal via vai, ha chiamato il 112: i carabinieri, quelli veri, hanno rintracciato il ragazzo, un ventenne residente nel Napoletano, sul binario della stazione di Avenza, in attesa del regionale per La Spezia.",
            "Il giovane è stato arrestato per truffa aggravata e ora si trova nel carcere di Massa. La refurtiva è stata restituita alla proprietaria.",
            "«Nessun carabiniere chiede denaro al telefono o a domicilio», ricordano dal comando provinciale, che nelle prossime settimane terrà incontri informativi nei centri anziani di Avenza e Marina.",
        ],
        "tags": ["Avenza", "Truffe agli anziani", "Carabinieri"],
    },
    {  # 09 series
        "section": "politica", "slug": "crisi-idrica-regione-4-milioni-acquedotti-lunigiana",
        "head": ["Crisi idrica, la Regione stanzia 4 milioni per collegare gli acquedotti della Lunigiana",
                 "Il progetto prevede una condotta di 11 chilometri tra Filattiera e Villafranca. Tempi: almeno due anni",
                 "di Luca Giannelli"],
        "body": [
            "La giunta regionale ha approvato ieri una delibera da 4 milioni di euro per l'interconnessione degli acquedotti della bassa e dell'alta Lunigiana. L'obiettivo è portare l'acqua dei pozzi di Filattiera, che hanno retto meglio alla siccità, fino ai comuni oggi serviti dalle autobotti.",
            "«È una risposta strutturale, non un tampone», ha detto l'assessora regionale all'ambiente durante la conferenza stampa a Firenze. I sindaci della vallata accolgono la notizia con prudenza: i tempi indicati dal progetto di massima sono di almeno due anni.",
            BG1,
            BG2,
            "Nel frattempo Gaia ha annunciato l'arrivo di due potabilizzatori mobili, da installare entro fine mese a Licciana Nardi e Comano.",
            FACT,
        ],
        "tags": ["Regione Toscana", "Acquedotti", "Crisi idrica", "Filattiera"],
    },
    {  # 10
        "section": "cronaca", "slug": "pronto-soccorso-noa-attese-nove-ore",
        "head": ["Pronto soccorso del Noa, attese fino a nove ore: il reparto va in affanno",
                 "di Giulia Baldi"],
        "body": [
            "Nove ore sulla barella in corridoio prima di essere visitata, con una frattura al polso. È la segnalazione arrivata in redazione da una donna di Mirteto, che domenica si è presentata al pronto soccorso dell'ospedale delle Apuane, e non è l'unica.",
            "Secondo i dati della Asl Toscana nord ovest, nelle ultime due settimane gli accessi sono aumentati del 18 per cento, complice l'arrivo dei turisti sulla costa. Per i codici minori il tempo medio di attesa ha superato le sei ore.",
            "«Mancano almeno sei medici rispetto alla pianta organica», spiega il primario, che ha chiesto all'azienda il rinforzo dei medici a gettone nei fine settimana. La Asl annuncia l'apertura di un ambulatorio per i codici bianchi a Marina di Massa da luglio.",
            "Il consiglio comunale discuterà della situazione dell'ospedale in una seduta straordinaria convocata per giovedì.",
        ],
        "tags": ["Ospedale delle Apuane", "Pronto soccorso", "Asl Toscana nord ovest"],
    },
    {  # 11
        "section": "sport", "slug": "giro-lunigiana-van-acker-vince-fosdinovo",
        "head": ["Giro della Lunigiana, il belga Van Acker vince a Fosdinovo e indossa la maglia di leader",
                 "di Paolo Lazzerini"],
        "body": [
            "Uno scatto secco a due chilometri dall'arrivo, sulle ultime rampe sotto il castello Malaspina, e il belga Jonas Van Acker ha staccato tutti. Il diciassettenne della nazionale fiamminga ha vinto la seconda tappa del Giro della Lunigiana juniores, 98 chilometri da Aulla a Fosdinovo.",
            "Secondo, a sei secondi, l'italiano Tommaso Bertoli; terzo il danese Nielsen. Van Acker è anche il nuovo leader della classifica generale.",
            "Migliaia di persone lungo il percorso, nonostante il caldo. «Per la corsa arrivano famiglie da tutta Europa, ci sono alberghi pieni fino a Pontremoli», dice il presidente del comitato organizzatore.",
            "Domani la tappa regina: 112 chilometri da Bagnone al passo del Cerreto.",
        ],
        "tags": ["Giro della Lunigiana", "Ciclismo", "Fosdinovo"],
    },
    {  # 12
        "section": "cultura", "slug": "teatro-animosi-riapre-dopo-restauro",
        "head": ["Il teatro degli Animosi riapre dopo tre anni di cantiere",
                 "Restaurati la copertura e i palchetti. Sabato la prima con l'Orchestra della Toscana",
                 "di Chiara Vannucci"],
        "body": [
            "Il sipario rosso è nuovo, il lampadario è quello dell'Ottocento, smontato pezzo per pezzo e ripulito a mano. Dopo tre anni di lavori e 3,2 milioni di euro di spesa, il teatro degli Animosi di Carrara riapre sabato sera con un concerto dell'Orchestra della Toscana.",
            "Il restauro ha riguardato soprattutto la copertura, che aveva infiltrazioni dal 2019, e i palchetti del secondo e terzo ordine. È stato rifatto anche l'impianto di climatizzazione e la platea ha ora quattro posti per persone in carrozzina.",
            "«È il teatro dove ho visto il mio primo spettacolo da bambino», ha detto il sindaco durante la visita in anteprima per la stampa. La stagione, presentata in questi giorni, conta 22 titoli tra prosa, musica e danza.",
            "La platea degli Animosi al termine dei lavori di restauro",
            "Gli abbonamenti alla stagione sono in vendita da lunedì alla biglietteria di piazza Cesare Battisti e online.",
        ],
        "tags": ["Teatro degli Animosi", "Carrara", "Stagione teatrale"],
    },
    {  # 13 series
        "section": "lunigiana", "slug": "villafranca-ordinanza-divieto-lavare-auto-piscine",
        "head": ["Villafranca, il sindaco vieta di lavare auto e riempire piscine fino a settembre",
                 "di Stefano Rossi · VILLAFRANCA IN LUNIGIANA"],
        "body": [
            "Niente più auto lavate nel vialetto, niente orti annaffiati di giorno, niente piscine gonfiabili in giardino. Con un'ordinanza firmata ieri, il sindaco di Villafranca in Lunigiana ha vietato fino al 15 settembre ogni uso dell'acqua potabile diverso da quello domestico e alimentare.",
            "Per chi non rispetta il divieto sono previste multe da 100 a 500 euro. I controlli saranno affidati alla polizia municipale e ai volontari della protezione civile.",
            BG1_LATE,
            BG2,
            "In paese l'ordinanza divide. «Giusto così, l'acqua è di tutti», dice una commerciante della piazza. Altri ricordano che le perdite della rete, secondo gli stessi dati di Gaia, superano il 40 per cento.",
            FACT,
        ],
        "tags": ["Villafranca in Lunigiana", "Ordinanze", "Crisi idrica"],
    },
    {  # 14
        "section": "economia", "slug": "avenza-chiude-cartiera-sessanta-lavoratori",
        "head": ["Chiude la cartiera di Avenza, sessanta lavoratori in cassa integrazione",
                 "di Marco Tonarelli"],
        "body": [
            "Dopo settantadue anni di attività, la cartiera di via Provinciale si fermerà a fine mese. La proprietà, un gruppo lombardo che l'aveva rilevata nel 2016, ha comunicato ai sindacati la decisione di trasferire la produzione nello stabilimento di Porcari.",
            "I sessanta dipendenti saranno posti in cassa integrazione per dodici mesi. L'azienda ha offerto il trasferimento a una ventina di loro, ma a sessanta chilometri da casa e con turni notturni.",
            "«È una chiusura decisa a tavolino, senza nemmeno un confronto», attaccano Slc Cgil e Fistel Cisl, che hanno proclamato otto ore di sciopero per venerdì con presidio davanti ai cancelli.",
            "Il sindaco di Carrara ha chiesto un incontro urgente in Regione e l'apertura di un tavolo di crisi al ministero delle Imprese.",
        ],
        "tags": ["Avenza", "Cartiera", "Vertenze", "Cassa integrazione"],
    },
    {  # 15
        "section": "cronaca", "slug": "montignoso-incendio-pineta-cinquale-evacuate-famiglie",
        "head": ["Montignoso, fiamme nella pineta del Cinquale: evacuate venti famiglie",
                 "di Giulia Baldi"],
        "body": [
            "Il fumo si vedeva fino a Forte dei Marmi. L'incendio è partito intorno alle 14 da un'area di sterpaglie alle spalle delle villette e, spinto dal libeccio, ha raggiunto in pochi minuti la pineta che separa le case dal lungomare.",
            "I vigili del fuoco hanno fatto uscire per precauzione venti famiglie dalle abitazioni più vicine. Due elicotteri della Regione hanno effettuato lanci d'acqua per tutto il pomeriggio; l'incendio è stato dichiarato sotto controllo poco prima delle 19.",
            "Bruciati circa tre ettari di vegetazione. Nessun ferito, ma un vigile del fuoco è stato medicato per un lieve malore dovuto al caldo.",
            "Un elicottero della Regione in azione sopra la pineta (foto di un lettore)",
            "Sulle cause indagano i carabinieri forestali: non si esclude l'origine dolosa. In serata le famiglie evacuate sono potute rientrare nelle loro case.",
        ],
        "tags": ["Montignoso", "Cinquale", "Incendi", "Vigili del fuoco"],
    },
    {  # 16 series
        "section": "lunigiana", "slug": "tornano-piogge-lunigiana-gaia-emergenza-non-finita",
        "head": ["Tornano le piogge in Lunigiana, ma per Gaia l'emergenza non è finita",
                 "Quaranta millimetri in due giorni non bastano a ricaricare le falde. Le autobotti restano in servizio",
                 "di Stefano Rossi"],
        "body": [
            "Il temporale di martedì notte ha fatto tirare un sospiro di sollievo a mezza vallata, ma i numeri raccontano un'altra storia. Alla stazione di Aulla il Magra è risalito per poche ore sopra i tre metri cubi al secondo, per poi tornare ai livelli della settimana scorsa.",
            "«Servirebbero settimane di pioggia regolare, non un acquazzone», spiega il geologo del Consorzio di bonifica. Per questo Gaia ha deciso di mantenere la riduzione notturna della pressione e il servizio di autobotti almeno fino a fine settembre.",
            BG1_LATE,
            BG2,
            FACT,
        ],
        "tags": ["Lunigiana", "Meteo", "Crisi idrica", "Magra"],
    },
    {  # 17
        "section": "politica", "slug": "aulla-podenzana-referendum-fusione-vince-si",
        "head": ["Aulla e Podenzana, al referendum sulla fusione vince il sì di misura",
                 "Affluenza al 48 per cento. A Podenzana prevale il no, il comitato valuta il ricorso al Tar",
                 "di Luca Giannelli"],
        "body": [
            "Per 143 voti. Tanto è bastato perché il sì alla fusione tra Aulla e Podenzana vincesse il referendum consultivo di domenica. Decisivo il voto di Aulla, dove il sì ha superato il 60 per cento; a Podenzana ha invece prevalso il no.",
            "Ora la parola passa al consiglio regionale, che dovrà approvare la legge istitutiva del nuovo comune. Se i tempi saranno rispettati, il comune unico nascerà il primo gennaio 2027.",
            "«A Podenzana ci sentiamo annessi, non uniti», commenta il portavoce del comitato per il no. Il sindaco di Aulla parla invece di «una scelta di buon senso che porterà un milione di euro l'anno di contributi statali».",
            "Il nuovo comune avrà circa 13 mila abitanti e diventerà il più popoloso della Lunigiana.",
        ],
        "tags": ["Aulla", "Podenzana", "Fusione dei comuni", "Referendum"],
    },
    {  # 18
        "section": "cultura", "slug": "via-francigena-record-pellegrini-pontremoli",
        "head": ["Via Francigena, record di pellegrini a Pontremoli: oltre 9 mila credenziali timbrate",
                 "di Chiara Vannucci"],
        "body": [
            "Zaino in spalla, conchiglia appesa, scarponi impolverati dalla discesa del passo della Cisa. Da gennaio a oggi l'ufficio turistico di Pontremoli ha timbrato 9.140 credenziali, il numero più alto da quando la Via Francigena è stata riscoperta alla fine degli anni Novanta.",
            "Un terzo dei pellegrini arriva dall'estero: Francia, Germania e Paesi Bassi in testa, ma quest'anno sono cresciuti anche gli statunitensi e i coreani. La maggior parte percorre il tratto toscano fino a Lucca o Siena in una decina di tappe.",
            "«Il problema ora è dormire», spiega la responsabile dell'ostello parrocchiale. «Abbiamo trenta letti e in primavera li riempiamo tutte le sere. Molti finiscono a dormire a Villafranca o tornano indietro in treno».",
            "Pellegrini sul ponte della Cresa, a Pontremoli",
            "Il comune ha annunciato la riapertura di un'ala dell'ex convento dei Cappuccini come accoglienza per i pellegrini a partire dal prossimo anno.",
        ],
        "tags": ["Via Francigena", "Pontremoli", "Turismo lento"],
    },
]

SECTION_LABEL = {
    "cronaca": "Cronaca", "lunigiana": "Lunigiana", "politica": "Politica",
    "sport": "Sport", "cultura": "Cultura e spettacoli", "economia": "Economia",
}

# "I più letti" box: stories that are not in the sample, plus some that are.
MOST_READ_POOL = [
    "Marina di Massa, il pontile resta chiuso anche questa estate",
    "Concorso in Comune a Carrara: 1.400 domande per dodici posti",
    "Aulla, riapre dopo due anni la passerella sul Magra",
    "Tari, a Massa le bollette arrivano con tre mesi di ritardo",
    "Lizza di Ravaccione, sabato la rievocazione storica",
    "Sarzana-Aulla, treni sostituiti da bus fino al 20 settembre",
    "Forte dei Marmi, parcheggi a pagamento anche d'inverno",
    "Bagnone, il castello torna visitabile ogni domenica",
]

NAV_TOP = "Cronaca · Politica · Economia · Sport · Cultura · Lunigiana · Versilia · Necrologie · Edicola digitale"
COOKIE_A = ("Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, "
            "con il tuo consenso, anche per la misurazione degli ascolti e la pubblicità personalizzata.")
COOKIE_B = ("Questo sito usa cookie tecnici e, previo consenso, cookie di profilazione nostri e di terze parti. "
            "Chiudendo il banner continui la navigazione senza cookie diversi da quelli tecnici.")


def cookie_block(n):
    if n % 2:
        return [B("cookie", COOKIE_A), B("cookie", "Accetta e chiudi"),
                B("cookie", "Rifiuta"), B("cookie", "Scopri di più e personalizza")]
    return [B("cookie", COOKIE_B), B("cookie", "Accetta tutti"),
            B("cookie", "Scopri di più e personalizza")]


def appeal_block(n):
    supporters = 1187 + n * 23 + (n * n) % 17
    if n % 2:
        lines = [B("appeal", "L'informazione locale non si fa da sola"),
                 B("appeal", "Dieci cronisti, tre fotografi e una redazione aperta sette giorni su sette, "
                             "da Pontremoli a Marina di Massa. Se leggi la Gazzetta ogni giorno, puoi aiutarci a restare qui.")]
    else:
        lines = [B("appeal", "Ti è stato utile questo articolo?"),
                 B("appeal", "La Gazzetta Apuana è di proprietà di una cooperativa di giornalisti. "
                             "Non abbiamo grandi editori alle spalle: abbiamo i nostri lettori.")]
    lines += [
        B("appeal", f"{thousands(supporters, '.')} lettori ci hanno già sostenuto nel 2025 · obiettivo 2.000"),
        B("appeal", "Una volta · Ogni mese"),
        B("appeal", "5 € · 10 € · 20 € · Importo libero"),
        B("appeal", "Sostieni la Gazzetta"),
    ]
    return lines


def newsletter_mid(n):
    if n % 4 in (0, 1):
        return [B("newsletter", "«Buongiorno Apuane» è la newsletter della redazione: le notizie del territorio ogni mattina alle 7, gratis nella tua casella di posta."),
                B("newsletter", "Iscriviti")]
    return [B("newsletter", "Vuoi ricevere ogni sera il riepilogo della giornata in Lunigiana e sulla costa?"),
            B("newsletter", "Il tuo indirizzo email"),
            B("newsletter", "Iscrivimi")]


def newsletter_trailer():
    return [B("newsletter", "Le newsletter della Gazzetta"),
            B("newsletter", "Buongiorno Apuane, ogni mattina · La settimana in Lunigiana, il venerdì · Marmo&Porto, il lunedì"),
            B("newsletter", "Scegli le tue newsletter")]


def build_page(n, art, arts):
    P = []
    cookie_at_bottom = n % 5 == 0
    has_cookie = n not in (6, 13)
    # header
    if has_cookie and not cookie_at_bottom:
        P += cookie_block(n)
    P.append(B("navigation", "Menu · Cerca · Accedi · Abbonati"))
    P.append(B("navigation", NAV_TOP))
    P.append(B("navigation", f"Home › {SECTION_LABEL[art['section']]}"))
    P += [A(x) for x in art["head"]]
    P.append(B("ui", f"Tempo di lettura: {reading_minutes(art)} min"))
    if n % 2:
        P.append(B("share", "Condividi · Facebook · WhatsApp · X · Email"))
        P.append(B("ui", "Stampa · A+ A-"))
    else:
        P.append(B("share", "Condividi su Facebook | Condividi su WhatsApp | Invia per email"))
    if n % 3:
        P.append(B("audio", "Ascolta l'articolo"))
        P.append(B("audio", f"0:00 / {duration(art, n)} · voce sintetica"))

    # body with inserts
    body = art["body"]
    inserts = [(0, [B("ad", "Pubblicità")])]
    if n in (1, 3, 4, 7, 9, 10, 12, 15, 16, 18):
        inserts.append((len(body) // 2, newsletter_mid(n)))
    rm = arts[others(n, [5])[0] - 1]["head"][0]
    inserts.append((-2, [B("related", f"LEGGI ANCHE: {rm}")]))
    if n % 4 == 3:
        rm2 = arts[others(n, [11])[0] - 1]["head"][0]
        inserts.append((1, [B("related", f"LEGGI ANCHE: {rm2}")]))
    P += splice(body, inserts)

    # trailer
    P.append(B("legal", "© RIPRODUZIONE RISERVATA"))
    P.append(B("navigation", "Argomenti: " + " · ".join(art["tags"])))

    blocks = {}
    if n not in (4, 11, 17):
        blocks["appeal"] = appeal_block(n)
    if 5 <= n <= 9:
        blocks["campaign"] = [
            B("paywall", "Estate con la Gazzetta: Gazzetta+ a 1 € al mese per sei mesi, poi 6,99 €. Disdici quando vuoi."),
            B("paywall", "Attiva l'offerta entro il 31 agosto"),
        ]
    if n % 6 == 0:
        left = 4 - (n // 6)
        blocks["meter"] = [B("paywall", f"Ti restano {left} articoli gratuiti questo mese. Con Gazzetta+ leggi senza limiti da 1 € al mese.")]
    if n % 3 != 2:
        blocks["newsletter"] = newsletter_trailer()
    blocks["social"] = [B("social", "Segui la Gazzetta Apuana su Facebook, Instagram e sul nostro canale WhatsApp")]
    if n in (5, 12, 14):
        blocks["comments"] = [B("comments", "I commenti a questo articolo sono chiusi")]
    else:
        cnt = (n * 13) % 41 + 2
        blocks["comments"] = [
            B("comments", f"{cnt} commenti"),
            B("comments", "Per commentare devi essere abbonato a Gazzetta+. I commenti sono moderati secondo la netiquette della redazione."),
        ]
    if n % 3 != 1:
        k = n // 2
        items = [MOST_READ_POOL[k % 8], MOST_READ_POOL[(k + 3) % 8],
                 arts[others(n, [8])[0] - 1]["head"][0]]
        blocks["related"] = [B("related", "I più letti")] + [B("related", x) for x in items]
    if n % 4 != 0:
        blocks["app"] = [B("app", "Il giornale di carta anche sul tuo smartphone: scarica l'app Gazzetta Edicola da App Store e Google Play")]

    order = ["campaign", "meter", "appeal", "newsletter", "social", "comments", "related", "app"]
    if n % 4 == 2:
        order = ["comments", "newsletter", "appeal", "campaign", "meter", "related", "social", "app"]
    elif n % 4 == 3:
        order = ["appeal", "campaign", "meter", "related", "comments", "newsletter", "app", "social"]
    for key in order:
        P += blocks.get(key, [])

    P.append(B("navigation", "Chi siamo · Redazioni · Pubblicità · Necrologie · Lavora con noi · Privacy · Cookie policy"))
    P.append(B("legal", "Gazzetta Apuana Soc. Coop. Giornalistica · Via Cavour 28, 54033 Carrara (MS) · P.IVA 01247390458"))
    P.append(B("legal", "Registrazione Tribunale di Massa n. 3/1986 · Direttore responsabile: Gabriele Lenzi"))
    if has_cookie and cookie_at_bottom:
        P += cookie_block(n)
    return P
