MESI = ['gennaio','febbraio','marzo','aprile','maggio','giugno','luglio','agosto','settembre','ottobre','novembre','dicembre']
def num(n): return '{:,}'.format(n).replace(',', '.')
SITE = dict(
  id='sb5-it', lang='it', host='www.corriereditrevalli.it',
  sections={'cronaca': 'Cronaca', 'politica': 'Politica', 'economia': 'Economia', 'cultura': 'Cultura e spettacoli'},
  datefmt=lambda d: '%d %s %d' % (d.day, MESI[d.month-1], d.year), num=num,
  readmore='Leggi anche: {h}', rellist_head='Potrebbe interessarti', rellist_at=1,
  template=[
    dict(pos='top', cat='ui', text='Salta al contenuto principale', p=0.7),
    dict(pos='top', cat='navigation', text='Home › {section}', p=0.95),
    dict(pos='after_byline', cat='audio', text=['Ascolta l\'articolo', 'Ascolta questo articolo · 4 min'], p=0.45),
    dict(pos='after_byline', cat='share', text='Condividi: Facebook · WhatsApp · X · Email', p=0.85),
    dict(pos='mid', cat='newsletter', text=['Iscriviti alla newsletter del mattino: le notizie delle Tre Valli ogni giorno alle 7 nella tua casella di posta.', 'Ricevi ogni mattina alle 7 le notizie delle Tre Valli: iscriviti gratis alla nostra newsletter.'], p=0.7, follow=[('ui', 'Iscriviti')]),
    dict(pos='end', cat='comments', text='Commenti ({m})', p=0.55),
    dict(pos='bottom', cat='appeal', text='Pasqua solidale: con la nostra raccolta fondi abbiamo già donato {n} pasti alla Caritas diocesana. Aiutaci ad arrivare a {goal}.', pages={2, 5, 9, 12, 15}, follow=[('ui', 'Dona ora')]),
    dict(pos='bottom', cat='paywall', text=['Abbonati al Corriere di Tre Valli: il primo mese a 1 euro, poi 6,99 euro al mese. Disdici quando vuoi.', 'Sostieni il giornalismo locale: abbonati a 1 euro per il primo mese.'], p=0.75),
    dict(pos='bottom', cat='social', text='Seguici su Facebook, Instagram e Telegram', p=0.85),
    dict(pos='bottom', cat='app', text='Scarica l\'app del Corriere di Tre Valli per Android e iPhone', p=0.5),
    dict(pos='footer', cat='legal', text='© {year} Corriere di Tre Valli S.r.l. – P.IVA 02847150126 – Riproduzione riservata', p=1.0),
    dict(pos='footer', cat='cookie', text='Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. Leggi l\'informativa.', p=0.35, follow=[('ui', 'Accetta tutti')]),
  ])

BG1 = "La frana si è staccata nella notte del 14 febbraio dal versante orientale del monte Pizzone, travolgendo la strada provinciale 23 e isolando le frazioni di Cerè e Bolgiate, dove vivono circa 400 persone."
BG2 = "Da allora i residenti raggiungono il fondovalle con una navetta che percorre una pista forestale messa in sicurezza dai vigili del fuoco, con corse ogni mezz'ora dalle 6 alle 22."

ARTICLES = f"""
=== cronaca | frana-valmorea-sopralluogo-geologi | 2026-02-18 | 3
Frana del Pizzone, i geologi: «Il versante è ancora in movimento»
Il primo sopralluogo della Regione conferma che la massa franata non si è stabilizzata. Resta chiusa la provinciale 23
di Marta Colombo · 18 febbraio 2026
I tecnici della Regione hanno trascorso l'intera mattinata di ieri sul versante orientale del Pizzone, accompagnati dal sindaco di Valmorea Sergio Tettamanti e da una squadra del soccorso alpino.
Le misure con i distanziometri laser indicano uno spostamento di circa due centimetri al giorno nella parte alta della frana.
«Finché i valori non scendono sotto la soglia di attenzione non possiamo autorizzare alcun intervento sulla strada», ha spiegato il geologo regionale Andrea Pozzi.
{BG1}
Nelle prossime settimane saranno installati quattro inclinometri e una stazione radar che trasmetterà i dati in tempo reale alla protezione civile.
Cosa succede ora
Il Comune ha convocato per venerdì sera un'assemblea pubblica nella palestra delle scuole medie.
=== cronaca | frana-navetta-residenti-cere-bolgiate | 2026-02-24 | 3
Cerè e Bolgiate, la vita appesa a una navetta
Viaggio nelle due frazioni isolate dalla frana: la spesa, la scuola, le visite mediche
di Marta Colombo · 24 febbraio 2026
Alle 6.30 la prima corsa della navetta è già piena. Ci sono gli operai che scendono verso la zona industriale, due infermiere dell'ospedale di Varese e una decina di studenti.
«Ci vuole un'ora per fare quello che prima facevo in dieci minuti», racconta Giuseppina, 71 anni, che ogni martedì deve andare a fare la dialisi.
{BG1}
{BG2}
Il negozio di alimentari di Bolgiate, l'unico rimasto aperto, ha raddoppiato gli ordini. Il titolare, Ivano Rossi, scende due volte alla settimana con il furgone fino al limite della pista.
«Non ci lamentiamo, ma vogliamo sapere quando riaprirà la strada», dice.
=== politica | frana-pizzone-fondi-regione-stato-emergenza | 2026-03-03 | 3
Frana del Pizzone, la Regione chiede lo stato di emergenza
La giunta stanzia 1,8 milioni per i primi interventi. L'opposizione: «Troppo poco e troppo tardi»
di Giorgio Ferrandi · 3 marzo 2026
La giunta regionale ha approvato ieri la richiesta di dichiarazione dello stato di emergenza per il dissesto di Valmorea, che sarà trasmessa al Dipartimento della protezione civile.
Contestualmente sono stati stanziati 1,8 milioni di euro per il monitoraggio e per la costruzione di un vallo di protezione ai piedi del versante.
{BG1}
La consigliera di opposizione Chiara Molteni ha definito lo stanziamento «una goccia nel mare» e ha chiesto un piano per una variante stradale definitiva.
L'assessore al Territorio ha replicato che «la variante richiede almeno due anni di progettazione, nel frattempo bisogna mettere in sicurezza chi vive lì».
{BG2}
=== cronaca | frana-assemblea-pubblica-valmorea | 2026-03-09 | 3
Assemblea infuocata a Valmorea: «Dateci una data»
Oltre trecento persone in palestra. Il sindaco: «Nessuno verrà lasciato solo»
di Luca Bernasconi · 9 marzo 2026
La palestra delle medie non è bastata a contenere tutti. Molti residenti di Cerè e Bolgiate hanno seguito l'incontro in piedi nel corridoio.
Il sindaco Tettamanti ha illustrato il cronoprogramma: monitoraggio fino a fine aprile, poi i lavori sul vallo, infine la riapertura parziale della provinciale con un senso unico alternato.
«Una data precisa oggi non ve la posso dare, e non ve la darò finché non sarò sicuro», ha detto tra i fischi.
{BG2}
Tra le richieste dei cittadini, un rimborso per il carburante di chi deve fare il giro lungo passando da Arcisate e un medico di base presente almeno due giorni a settimana in frazione.
{BG1}
=== economia | frana-commercianti-calo-incassi | 2026-03-16 | 3
La frana svuota i negozi: «Incassi dimezzati in un mese»
Ristoratori e commercianti di Valmorea chiedono la sospensione dei tributi locali
di Giorgio Ferrandi · 16 marzo 2026
Il bar della piazza, la panetteria e i due ristoranti sulla provinciale: per chi lavora lungo la strada chiusa il conto della frana è già pesante.
Secondo un sondaggio della Confcommercio provinciale, le attività della zona hanno registrato in media un calo del 46 per cento rispetto a febbraio dell'anno scorso.
{BG1}
Le richieste
Sospensione della Tari per il 2026
Contributo a fondo perduto per le imprese con calo oltre il 30 per cento
Segnaletica sulla statale per indicare i percorsi alternativi
Il Comune ha fatto sapere che valuterà la sospensione della Tari nel prossimo consiglio comunale.
=== politica | bilancio-comunale-varese-approvato | 2026-02-20 | 3
Bilancio approvato dopo una seduta fiume
Passa con 19 voti il documento di previsione. Più fondi per scuole e trasporto pubblico
di Giorgio Ferrandi · 20 febbraio 2026
Dopo oltre nove ore di discussione e 140 emendamenti esaminati, il consiglio comunale ha approvato nella notte il bilancio di previsione 2026.
Il documento prevede 3,2 milioni in più per la manutenzione degli edifici scolastici e il potenziamento delle linee urbane nelle ore serali.
L'opposizione ha votato compatta contro, contestando l'aumento delle tariffe dei parcheggi nel centro storico.
«Abbiamo scelto di investire sulla città che vive la sera, non solo su quella che lavora di giorno», ha detto l'assessora al Bilancio Francesca Nava.
=== cultura | teatro-sociale-stagione-giovani | 2026-02-21 | 3
Teatro Sociale, biglietti a 5 euro per gli under 25
La nuova direzione punta a riportare i ragazzi in platea. In cartellone dodici titoli
di Elena Rigamonti · 21 febbraio 2026
Cinque euro per qualsiasi spettacolo della stagione, in qualsiasi posto. È la scommessa della nuova direttrice del Teatro Sociale, Beatrice Sala.
«Negli ultimi dieci anni l'età media del nostro pubblico è salita di otto anni. Se non facciamo qualcosa adesso, fra vent'anni non ci sarà più nessuno», spiega.
Il cartellone si apre con un Goldoni in dialetto e si chiude a maggio con una produzione originale scritta da studenti del liceo artistico.
«Il teatro è di chi lo abita»
È lo slogan scelto per la campagna, che verrà affissa anche nelle scuole e sugli autobus.
Gli abbonamenti sono in vendita dal 1° marzo alla biglietteria e online.
=== economia | chiusura-filanda-licenziamenti | 2026-02-26 | 3
Tessitura Borghi, 87 lettere di licenziamento
Lo storico stabilimento tessile chiuderà a giugno. I sindacati proclamano lo sciopero
di Luca Bernasconi · 26 febbraio 2026
Sono arrivate ieri mattina, via posta certificata, le lettere di licenziamento per 87 dipendenti della Tessitura Borghi, fondata nel 1921.
L'azienda motiva la chiusura con il crollo degli ordini dal mercato tedesco e con il costo dell'energia, triplicato in quattro anni.
Fiom e Filctem hanno proclamato otto ore di sciopero con presidio davanti ai cancelli per lunedì.
«Qui dentro ci sono famiglie intere, padri e figli che lavorano sugli stessi telai», dice la delegata Rsu Lorena Brivio.
La Regione ha convocato un tavolo di crisi per il 5 marzo.
=== cronaca | incendio-bosco-monte-martica | 2026-03-01 | 3
Incendio sul Martica, in fumo venti ettari di bosco
Il vento ha alimentato le fiamme per tutta la notte. In azione anche due elicotteri
di Marta Colombo · 1 marzo 2026
Le prime segnalazioni sono arrivate poco dopo le 21 di sabato, quando dal lago si vedeva già una lunga linea rossa sul versante sud del monte Martica.
Oltre sessanta volontari dell'antincendio boschivo hanno lavorato fino all'alba per impedire che le fiamme raggiungessero le case di Brinzio.
All'alba sono intervenuti due elicotteri della Regione, che hanno effettuato più di cento lanci d'acqua pescata nel lago di Ganna.
I carabinieri forestali non escludono l'origine dolosa.
Siccità
Da metà gennaio nella zona non cadono precipitazioni significative, e il livello di allerta per gli incendi è stato alzato al massimo.
=== cultura | libro-memoria-partigiani-valle | 2026-03-05 | 3
Le lettere dei partigiani della valle diventano un libro
Un insegnante in pensione ha raccolto per vent'anni i carteggi conservati nelle soffitte
di Elena Rigamonti · 5 marzo 2026
Duecentoquattordici lettere, scritte tra il 1943 e il 1945, conservate in scatole da scarpe e cassetti. Renato Castelli le ha cercate casa per casa.
«Molte famiglie non sapevano neppure di averle», racconta l'ex professore di storia, 78 anni.
Il volume, intitolato «Tornerò per la vendemmia», sarà presentato il 25 aprile alla biblioteca civica.
I proventi delle vendite andranno all'archivio storico comunale.
=== economia | giornali-locali-abbonamenti-digitali | 2026-03-07 | 3
I giornali locali e la scommessa degli abbonamenti digitali
Sempre più testate chiedono ai lettori di pagare per leggere online. Funziona?
di Luca Bernasconi · 7 marzo 2026
Fino a pochi anni fa quasi tutti i quotidiani locali offrivano gratis i loro articoli in rete, contando sulla pubblicità. Oggi il modello è cambiato.
Secondo l'Osservatorio sulla stampa locale, in Lombardia il 60 per cento delle testate ha introdotto un abbonamento digitale, spesso con un primo mese a un euro.
«Il lettore locale è disposto a pagare se trova notizie che non trova altrove: il consiglio comunale, la scuola del figlio, la strada chiusa», spiega il ricercatore Paolo Gatti.
Restano però i dubbi: molti abbonati disdicono dopo il periodo promozionale.
Anche questo giornale, dal 2024, chiede ai lettori un abbonamento per leggere tutti gli articoli.
=== cronaca | scuola-elementare-gavirate-riapre | 2026-03-11 | 3
Gavirate, la scuola di via Marconi riapre dopo due anni
I lavori antisismici sono costati 2,4 milioni. Gli alunni tornano lunedì
di Marta Colombo · 11 marzo 2026
Le aule sono ancora vuote, ma i banchi sono già al loro posto. Lunedì mattina 212 bambini torneranno nella scuola elementare di via Marconi.
Per due anni le lezioni si sono svolte nei prefabbricati allestiti nel parcheggio del palazzetto.
«È stata dura, soprattutto d'inverno», ammette la dirigente scolastica Anna Ghiringhelli.
Il taglio del nastro è previsto sabato alle 10, alla presenza del prefetto.
=== politica | consiglio-provinciale-trasporti-lago | 2026-03-13 | 3
Battelli sul lago, la Provincia chiede più corse in estate
Richiesta formale alla Navigazione: servono collegamenti anche dopo le 20
di Giorgio Ferrandi · 13 marzo 2026
Il consiglio provinciale ha approvato all'unanimità una mozione che chiede alla Navigazione Lago Maggiore di aumentare le corse nel periodo estivo.
Oggi l'ultimo battello da Laveno parte alle 19.40, troppo presto per chi lavora nel settore turistico.
La mozione chiede anche l'integrazione tariffaria con gli autobus provinciali.
Opinione
Il presidente della Provincia ha detto di confidare in una risposta positiva prima di Pasqua.
=== cultura | festival-jazz-lago-programma | 2026-03-18 | 3
Jazz sul lago, il festival compie vent'anni
Quattro serate a luglio tra Laveno e Luino. Ospite d'onore un quartetto newyorkese
di Elena Rigamonti · 18 marzo 2026
Vent'anni fa era una serata in piazza con un palco montato dalla pro loco. Oggi il festival Jazz sul Lago richiama oltre diecimila spettatori.
Il programma è stato presentato ieri nella sala consiliare di Laveno.
«Abbiamo voluto un'edizione che guarda indietro e avanti insieme», ha spiegato il direttore artistico Michele Porta.
Il programma
10 luglio – Trio Pedrini, piazza Italia
11 luglio – Orchestra giovanile del Conservatorio
12 luglio – The Harlem Four, lungolago
13 luglio – Jam session finale
=== cronaca | raccolta-fondi-mensa-caritas | 2026-03-20 | 3
La mensa dei poveri lancia una raccolta fondi: servono nuove cucine
L'obiettivo è 40 mila euro. «Ogni giorno serviamo 180 pasti con fornelli di trent'anni fa»
di Luca Bernasconi · 20 marzo 2026
La mensa della Caritas di via Bernascone ha aperto una raccolta fondi per sostituire le attrezzature della cucina, ormai usurate.
«Abbiamo già avuto due guasti quest'inverno. Una volta siamo rimasti senza pasto caldo per tre giorni», racconta il responsabile, don Alberto Meroni.
Si può donare con un bonifico o direttamente in parrocchia. In tre settimane sono stati raccolti 11 mila euro.
Dona anche tu
È la scritta sui volantini distribuiti all'uscita delle messe.
=== politica | opinione-autonomia-piccoli-comuni | 2026-03-22 | 3
Piccoli comuni, la fusione non è una resa
Il commento
di Giorgio Ferrandi · 22 marzo 2026
Ogni volta che si parla di fondere due piccoli comuni, si alzano le barricate del campanile. È comprensibile, ma è un errore.
Comuni da seicento abitanti non riescono più a pagare un tecnico, a partecipare a un bando, a gestire un'emergenza come quella di Valmorea.
Unire le forze non significa cancellare l'identità di un paese: la festa patronale resta, la pro loco resta, il nome resta sui cartelli.
Significa invece avere uffici aperti tutti i giorni e qualcuno capace di scrivere un progetto per i fondi europei.
"""
EXTRA = """Lavena Ponte Tresa, chiude la dogana per lavori notturni
Tangenziale, due settimane di cantiere: ecco le deviazioni
Varese, il mercato del lunedì trasloca in piazza Repubblica
Calcio, la Varesina pareggia nel derby e resta in zona playoff
Luino, furto in gioielleria: arrestati due giovani
Ospedale di Cittiglio, in arrivo cinque nuovi medici
Sagra della polenta, record di presenze a Cuvio
Maltempo, allerta gialla per temporali su tutta la provincia
Laveno, il lungolago chiuso per la posa dei sottoservizi
Bando per le botteghe storiche: domande fino al 30 aprile""".split('\n')
