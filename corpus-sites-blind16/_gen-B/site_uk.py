"""The Wrekin Ledger - independent, reader-funded local news for Telford & Wrekin."""
from common import m, near, weave, rng, running, rotate, nwords

SITE = "uk"
LANG = "en"
HOST = "www.wrekinledger.co.uk"

SECTION_NAMES = {
    "news": "News", "council": "Council", "courts": "Courts",
    "transport": "Transport", "health": "Health", "sport": "Sport",
    "business": "Business", "community": "Community",
    "education": "Education", "whats-on": "What's On",
    "environment": "Environment",
}

# ---------------------------------------------------------------- articles
ARTICLES_RAW = r"""
=== council | lawley-horsehay-420-homes-approved | Planning; Lawley; Horsehay; Brookmere Homes; Housing
Plans for 420 homes on fields near Lawley approved despite 300 objections
By Hannah Morrell, Local Democracy Reporter · Thursday 6 June 2024
Councillors have given the go-ahead for 420 homes on farmland between Lawley and Horsehay, despite more than 300 objections from people living nearby.
Telford & Wrekin Council's planning committee voted six to three in favour of the scheme from Brookmere Homes on Wednesday evening, after a two-hour debate in a packed committee room at Addenbrooke House.
Objectors said the roads around Lawley Village were already at capacity at school times and that the nearest GP surgery had closed its list to new patients last autumn.
'We are not against houses'
Speaking at the meeting, Horsehay resident Gail Pountney said: 'We are not against houses. We are against 420 houses with one way in and one way out, and no doctor to register with when you get there.'
Planning officers said the developer had agreed to pay £1.9 million towards a new classroom block at a nearby primary school and improvements to the Dawley Road roundabout, and that a quarter of the homes would be classed as affordable.
Committee chair Cllr Janet Okafor said the borough had to meet its housing targets and that refusing the application would very likely see the council lose on appeal.
Work is expected to start next spring, and the first residents could move in by late 2026.
=== courts | hadley-van-tool-thief-jailed | Courts; Hadley; Trench; Donnington; West Mercia Police
Hadley man who stole £18,000 of tools from work vans is jailed
By Tom Baddeley, Court reporter · Friday 7 June 2024
A man who broke into 23 tradesmen's vans across Telford over four months has been jailed for two years and eight months.
Jordan Lakin, 31, of Castle Street, Hadley, admitted 17 counts of theft from a vehicle and asked for six further offences to be taken into consideration when he appeared at Shrewsbury Crown Court.
The court heard that Lakin targeted vans parked outside homes in Hadley, Trench and Donnington late at night, using a screwdriver to punch out the door locks.
Power tools, a generator and a set of laser levels worth around £18,000 in total were taken. Only a fraction have been recovered.
Electrician Ryan Bickley, one of his victims, said in a statement read to the court that he had lost a week's work and had to borrow money from his father to replace his kit.
Defending, Alison Crewe said Lakin had been using cocaine heavily at the time and had since started a drug rehabilitation course in prison.
Sentencing, Judge Mark Hollings said: 'These were not victimless crimes. You took away people's ability to earn a living.'
Police have advised van owners to take tools indoors overnight and to fit additional deadlocks.
=== transport | madeley-number-8-bus-woodside | Left at the Stop; Buses; Madeley; Woodside; Arriva
'I've lived here 40 years and I can't get to the doctor': the afternoon bus Woodside lost
By Priya Dhaliwal · Monday 10 June 2024
For the first time in decades, there is no bus from Woodside to Madeley High Street on a weekday afternoon.
The number 8 used to run every half an hour. Since April it has run four times a day, and the last one back leaves Madeley at 1.40pm.
Pat Wilding, 78, who gave up driving after a cataract operation, now pays £9 each way for a taxi to her GP surgery. 'I've lived here forty years and I can't get to the doctor without a taxi,' she said. 'On my pension that's a week's shopping.'
@SERIES
Arriva said the route had been carrying an average of eleven passengers per journey after midday, which it described as unsustainable.
Woodside ward councillor Sue Lowry said she had asked the council to look at a dial-a-ride service for the estate but had not yet had a reply.
=== health | princess-royal-birth-centre-reopens-overnight | Health; Maternity; Princess Royal Hospital; NHS
Midwife-led birth centre at Princess Royal Hospital to reopen at night
By Natalie Greaves, Health reporter · Tuesday 11 June 2024
Expectant mothers in Telford will once again be able to give birth at night in the midwife-led unit at the Princess Royal Hospital from next month.
The unit has only been open between 8am and 8pm since January last year because of a shortage of midwives, meaning women in labour overnight had to travel to the consultant-led unit or to Shrewsbury.
The hospital trust said it had recruited 31 midwives since the autumn, including 12 who trained at the University of Wolverhampton.
Director of midwifery Claire Ashdown said: 'This is the news a lot of families have been waiting for. We know how stressful it has been to be told to get in the car at three in the morning.'
Campaign group Telford Mums Matter, which collected more than 4,000 signatures calling for the night service to return, welcomed the announcement but said it wanted a guarantee the unit would not close again.
The trust said the overnight service would be reviewed after six months.
=== sport | afc-telford-united-2-1-chorley | AFC Telford United; Chorley; National League North; Football
AFC Telford United 2-1 Chorley: Doyle's stoppage-time header settles it
Report by Sam Treharne · Saturday 27 April 2024
A stoppage-time header from captain Liam Doyle gave AFC Telford United a 2-1 win over Chorley at the New Bucks Head.
Telford had gone ahead through a Kai Benson penalty after 28 minutes, awarded when the Chorley keeper brought down Jack Hewitt.
Chorley levelled early in the second half when Marcus Pell turned in a low cross at the near post, and for long spells the visitors looked the likelier winners.
But with the board showing four added minutes, Doyle rose above two defenders to meet Hewitt's corner and send the home crowd of 2,312 into raptures.
Manager Gareth Lyons said: 'We didn't play well for an hour, I'll be honest. But this group doesn't know when it's beaten.'
Telford: Hall; Mensah, Doyle, Carver, Oakes; Benson (Rigby 77), Platt, Hewitt; Sandhu, Morley (Abiola 70), Kerr.
=== council | council-funds-two-bus-routes-340000 | Left at the Stop; Buses; Telford & Wrekin Council; Newport; Donnington
Council finds £340,000 to keep two axed bus routes running until next spring
By Hannah Morrell, Local Democracy Reporter · Wednesday 19 June 2024
Two of the bus services cut in the spring will return from 22 July after Telford & Wrekin Council agreed to pay for them until at least April 2025.
The council's cabinet approved £340,000 from its bus improvement grant to bring back the afternoon number 8 between Woodside and Madeley and the 21 between Newport and Donnington.
Cabinet member for transport Cllr Raj Mistry said the two routes were chosen because they served the areas with the highest share of households without a car.
'This is not a permanent fix and I won't pretend it is,' he said. 'But it gets people to work and to appointments while we make the case to government for fairer funding.'
Opposition councillors said the money should have been found sooner and asked why the 44 through Ketley had been left out.
The new contract will be run by a smaller operator, Severn Valley Coaches, following a tender.
@SERIES
=== business | hortonwood-packaging-firm-150-jobs | Business; Jobs; Hortonwood; Manufacturing
Hortonwood packaging firm to create 150 jobs with move to Telford
By Ellie Sandford, Business reporter · Thursday 20 June 2024
A family-owned packaging company is to create 150 jobs in Telford after buying an empty unit on the Hortonwood industrial estate.
Brindley Cartons, which makes cardboard packaging for supermarkets and food producers, will move its main production line from Walsall to the 180,000 sq ft building later this year.
The former car parts factory on Hortonwood 40 will be refitted over the summer.
Managing director Simon Brindley said the company had outgrown its Walsall site and had been drawn by Telford's motorway links and the number of skilled workers in the area.
Around 90 existing staff are expected to transfer, with the remaining roles - including machine operators, forklift drivers and maintenance engineers - to be advertised locally from September.
The building has stood empty since 2021. The council's inward investment team said it was the largest single jobs announcement in the borough this year.
=== community | coalbrookdale-upper-furnace-pool-clean-up | Coalbrookdale; Ironbridge Gorge; Volunteers; Heritage
Volunteers haul 30 tonnes of silt from Coalbrookdale's Upper Furnace Pool
By Priya Dhaliwal · Saturday 22 June 2024
More than 60 volunteers in waders spent the weekend clearing silt and fallen branches from the Upper Furnace Pool in Coalbrookdale, in the first big clean-up of the water for more than a decade.
The pool once fed the waterwheel that powered the bellows of Abraham Darby's furnace, where iron was first smelted with coke in 1709.
Over the years it had become choked with mud and reed, and residents feared it would dry out altogether in a hot summer.
Organiser Jenny Catchpole, of the Coalbrookdale Residents' Group, said: 'People think of the Gorge as a museum. But it's somewhere people live, and this pool is part of their back garden.'
The group estimates that around 30 tonnes of silt was removed, much of it by hand with buckets.
A second work day is planned for September. Anyone who would like to help can contact the group through Coalbrookdale Village Hall.
=== transport | telford-college-students-stranded-after-5pm | Left at the Stop; Buses; Telford College; Wellington; Students
Telford College students miss lessons as bus cuts leave them 'stranded' after 5pm
By Priya Dhaliwal · Tuesday 25 June 2024
Students at Telford College say they are missing lessons and turning down evening courses because the buses that used to take them home no longer run.
Since the spring, the last bus from the Wellington campus towards Brookside and Sutton Hill has left at 5.05pm, nearly an hour before many afternoon classes finish.
Chloe Marsh, 18, who is studying for a level 3 diploma in health and social care, said she now leaves her last lesson early twice a week. 'My tutor's been good about it, but I'm missing the bits that are on the exam,' she said.
@SERIES
The college said it was aware of the problem and had started a car-share scheme for students and staff, with 40 people signed up so far.
Principal Lorna Beddow said she had written to the bus operator and to the council asking for at least one later departure.
A spokesperson for Arriva said evening journeys on the route had been carrying 'very low numbers' before they were withdrawn.
=== education | priorslee-academy-ofsted-good | Education; Ofsted; Priorslee; Schools
Priorslee school rated 'good' by Ofsted two years after being told to improve
By Rachel Amos, Education reporter · Wednesday 26 June 2024
A Telford secondary school that was rated as requiring improvement two years ago has been judged good in every area by Ofsted.
Inspectors who visited Priorslee Academy in May said pupils behaved well in lessons and corridors, and that teachers had 'high expectations of what all pupils can achieve'.
They praised a reading programme for Year 7 pupils who arrive behind, and said attendance had improved, though it remained below the national average for pupils eligible for free school meals.
Headteacher Marcus Oyelaran said the result belonged to staff and pupils. 'When we got the last report, we said we would not hide from it. This is what two years of hard work looks like.'
The academy, which has 1,140 pupils, is part of the Wrekin Learning Trust.
=== whats-on | newport-show-record-cattle-entries | Newport Show; Newport; Farming; Chetwynd Park; Days out
Newport Show returns with a record number of cattle entries
By Ledger reporter · Friday 5 July 2024
Organisers of the Newport Show are expecting more than 20,000 visitors at Chetwynd Park on Saturday, with a record 412 cattle entered in the livestock classes.
The show, which dates back to 1909, is one of the biggest one-day agricultural shows in the Midlands.
Alongside the cattle, sheep and poultry judging, this year's programme includes a motorcycle display team, a food hall with more than 80 Shropshire producers and the ever-popular terrier racing.
Show secretary Anne Wheelock said entries were the highest she had seen in 25 years of volunteering. 'Farming has had a hard couple of years and I think people want a day out to celebrate what they do,' she said.
Gates open at 8am. Tickets are £18 for adults on the day or £15 in advance, and children under 12 go free.
Free shuttle buses will run from Newport town centre every 20 minutes.
=== council | extra-2m-pothole-repairs | Roads; Potholes; Wellington; Oakengates; Donnington
Council to spend extra £2m on road repairs after wettest winter in years
By Hannah Morrell, Local Democracy Reporter · Monday 8 July 2024
Telford & Wrekin Council will spend an extra £2 million on repairing roads this year after a wet winter left hundreds of new potholes across the borough.
The money, approved by the cabinet on Thursday, will pay for resurfacing on 38 stretches of road, including parts of Holyhead Road in Wellington, Stafford Road in Oakengates and Station Road in Donnington.
Figures presented to councillors showed the authority received 4,137 pothole reports between October and March, up from 2,690 the year before.
Cllr Raj Mistry said: 'Our crews have been out in all weathers, but patching isn't enough. Some of these roads need to be dug up and relaid.'
The council said it would publish a list of every road in the programme, with dates, on its website.
=== transport | arriva-35-drivers-short-telford | Left at the Stop; Buses; Arriva; Unite; Jobs
Arriva: 'We need 35 more drivers before we can run more buses in Telford'
By Priya Dhaliwal · Wednesday 10 July 2024
The company behind most of Telford's bus services says it cannot bring back the routes it cut until it recruits dozens more drivers.
Arriva's regional director, Neil Farrant, told the Ledger the Telford depot was 35 drivers short of the number it needed to run a full timetable, and that the gap had barely changed in two years.
'We can advertise all we like, but we are competing with distribution centres that pay more and don't need a passenger licence,' he said.
@SERIES
Mr Farrant said the company was now paying for new recruits to take their bus licence and offering a £1,000 joining bonus.
The union Unite said drivers had left because of the shift patterns, not just pay, and called for split shifts to be scrapped.
The Ledger asked Arriva how many drivers had left the Telford depot in the past year. The company said it did not publish those figures.
=== health | donnington-gp-surgery-merger | Health; GP surgeries; Donnington; Wrockwardine Wood
Donnington GP surgery to merge with Wrockwardine Wood practice
By Natalie Greaves, Health reporter · Thursday 11 July 2024
Patients at a Donnington GP surgery are being told their practice will merge with a larger one two miles away from October.
Letters sent to around 6,800 patients of Hartshill Road Surgery say the two GPs who run it are retiring and no new partners have been found.
Patients will be transferred automatically to Oakwood Medical Practice in Wrockwardine Wood, which will keep the Donnington building open as a branch surgery three days a week.
Some patients said they were worried about getting there. 'There's no direct bus,' said Margaret Tonks, 81. 'I'll be relying on my son to drive me.'
The local integrated care board said the merger would secure services for patients and that nobody would need to re-register.
A drop-in session for patients will be held at Donnington Community Hub on 24 July, from 2pm to 6pm.
=== news | fire-derelict-oakengates-pub | Fire; Oakengates; Market Street
Fire crews spend five hours tackling blaze at derelict Oakengates pub
By Tom Baddeley · Saturday 13 July 2024
Firefighters spent more than five hours tackling a fire at a derelict pub in Oakengates overnight.
Crews were called to the former Crown and Anchor on Market Street shortly after 11.30pm on Friday. Six engines attended at the height of the blaze.
Flames could be seen through the roof of the building, which has been empty since 2019, and people living nearby were asked to keep doors and windows shut because of the smoke.
Nobody was hurt. Market Street was still closed on Saturday morning while fire investigators examined the building.
Kerry Hughes, who lives opposite, said it was the third time in a year that people had been seen going in and out of the boarded-up pub. 'It was only a matter of time,' she said.
The fire service said the cause was being treated as suspicious and asked anyone with information to contact police, quoting incident 612 of 12 July.
=== council | bus-petition-5000-signatures-full-council | Left at the Stop; Buses; Petition; Bus franchising; Madeley
Bus petition signed by 5,000 people will be debated by full council
By Hannah Morrell, Local Democracy Reporter · Tuesday 16 July 2024
A petition calling for Telford's lost bus routes to be restored has passed 5,000 signatures, meaning it must now be debated at a meeting of the full council.
It was started in April by Madeley pensioner Pat Wilding, who spoke to the Ledger for its Left at the Stop series, and her granddaughter Megan.
The petition calls on the council to set up a franchising scheme, under which the council rather than bus companies would decide routes and fares.
Megan Wilding, 24, said: 'Gran can't get to the doctor. Students can't get to college. People can't get to their shifts. That's not a transport problem, it's a problem with how this town works.'
The debate is expected at the full council meeting on 19 September.
@SERIES
=== environment | wrekin-summit-path-repairs | The Wrekin; Walking; Footpaths; Shropshire Hills
Work begins to repair eroded path up The Wrekin
By Ledger reporter · Friday 19 July 2024
Work has begun to repair the main footpath to the summit of The Wrekin, which has been worn into a deep gully by walkers, mountain bikers and heavy rain.
The £86,000 project will rebuild around 700 metres of path between Hell Gate and the summit with stone pitching and drainage channels.
In places the path has dropped by more than a metre below the surrounding ground, exposing tree roots and loose rock.
Ranger Tom Leighton said: 'Hundreds of thousands of people walk up here every year. We want them to keep coming, but the hill needs a bit of help.'
Stone for the new path is being brought up the hill by a tracked carrier.
The path will stay open during the work, which is expected to last until October, but walkers may be diverted for short periods.
=== community | dawley-food-bank-tinned-food-warning | Food banks; Dawley; Cost of living; Charity
Dawley food bank warns it could run out of tinned food by August
By Rachel Amos · Monday 22 July 2024
A food bank in Dawley says its shelves are emptier than they have ever been, and it could run out of tinned food within weeks.
Volunteers at Dawley Community Pantry handed out 1,280 food parcels between April and June, up by a third on the same period last year.
Coordinator Bev Hollis said donations usually drop during the summer holidays, just as families with children lose free school meals.
'We've got mums coming in who are working two jobs,' she said. 'That's the bit that would have shocked me five years ago.'
The items most needed are tinned meat, tinned fish, UHT milk, pasta sauce and toiletries.
Donations can be left at the collection point in the Telford Centre and at Dawley Library.
"""

# Running series "Left at the Stop": background paragraphs + one fact line.
SERIES = [
    "Arriva Midlands withdrew or cut back six Telford routes on 31 March, saying passenger numbers on them had not recovered since the pandemic and that it could not recruit enough drivers to run them.",
    "Telford & Wrekin Council does not run buses itself. Operators in England decide their own commercial routes, and councils can only pay for extra journeys out of their own budgets or government grants.",
    "Since April 2022, 14 bus routes in the borough have been withdrawn or reduced, according to a Ledger analysis of timetable changes.",
]
SERIES_VARIANTS = {
    12: [
        "Arriva Midlands withdrew or cut back six Telford routes on 31 March, saying passenger numbers had not recovered since the pandemic and that it could not recruit enough drivers to run them.",
        SERIES[1],
        "Since April 2022, 14 bus routes in the borough have been withdrawn or reduced, according to Ledger analysis of timetable changes.",
    ],
}

# ---------------------------------------------------------------- template
MENU = "News | Council | Courts | Transport | Health | Sport | What's On | Business | Opinion | Jobs & Notices"
COOKIE = [
    "We use cookies to keep the Ledger working and to see which stories get read. The essential ones are always on; the rest we only set if you say so.",
    "Accept all | Essential only | Choose cookies",
]
SHARE = ["Share this story", "Facebook | WhatsApp | X | Email | Copy link"]

NEWSLETTER = {
    "A": ["The Ledger Lunchtime",
          "Telford's news at 12.30pm every weekday. No spam, no adverts, just what's happened.",
          "Email address", "Sign me up"],
    "B": ["Want this in your inbox?",
          "The free Morning Ledger lands before 7am with the council, court and traffic news you need for the day.",
          "Your email", "Subscribe"],
}
NEWSLETTER_SMALL = "By signing up you agree to our privacy notice. You can unsubscribe whenever you like."

APPEAL = {
    "A": ["Telford deserves a newsroom that answers to its readers.",
          "The Ledger has no owner, no billionaire and no paywall on the stories that matter. Members pay for the reporter at every council meeting and every court hearing in the borough.",
          "{members} members so far · our target is 1,500 by the end of the summer",
          "£3 | £5 | £10 | Other amount",
          "Join the Ledger"],
    "B": ["Before you scroll on...",
          "This story took a reporter most of a day to get right. If you can spare the price of a cuppa each month, you'll help make sure the next one gets written too.",
          "{members} Telford readers chip in - will you make it {next}?",
          "£3 a month | £5 a month | £10 a month | One-off gift",
          "Join the Ledger"],
}
CAMPAIGN_BANNER = "The Ledger is five! Help us put a reporter back in Telford Magistrates' Court - give to the Birthday Fund"
CAMPAIGN_LINE = "Birthday Fund: £{raised} of £12,000 raised · {days} days to go"
CAMPAIGN_PAGES = (10, 11, 12, 13, 14)

SOCIAL = "Follow the Ledger on Facebook, Instagram and Bluesky - or join our WhatsApp community for breaking news from across the borough."
APP = "Get breaking news alerts on the Ledger app, free on the App Store and Google Play."
COMMENT_RULES = "Comments are checked by a member of staff before they go live. Please read our house rules."
COMMENTS_CLOSED = "Comments have been switched off on this story for legal reasons."
RELATED_HEAD = "Most read on the Ledger"
RELATED_POOL = [
    "Motorists face six weeks of overnight closures on the M54",
    "Wellington market traders call for free parking on Saturdays",
    "Police appeal after horse box stolen near Newport",
    "Pictures: hundreds turn out for Oakengates carnival",
    "Telford Town Park lake to be drained for dredging",
    "Row over who pays for rural school transport",
    "Ketley Bank residents told tip fire is 'under control'",
    "New café opens in former Dawley bank",
]
LDRS = "This story was written by a Local Democracy Reporter. The Local Democracy Reporting Service is a public-service news agency; its stories may be used by other partner outlets."
PAYWALL = ["You've read {k} of your 5 free stories this month.",
           "Members read without limits. Join or log in"]
FOOTER = "About the Ledger | Contact the newsroom | Advertise | Corrections | Privacy | Terms"
LEGAL = [
    "© 2024 Ledger Local News CIC, a community interest company registered in England and Wales, no. 12784403.",
    "We are regulated by IMPRESS. To complain about a story, email corrections@wrekinledger.co.uk.",
]
COMMENTS_OFF = (1, 14)   # court / suspicious fire stories
NO_SOCIAL = (6,)


def build(p, art, body, span):
    r = rng(SITE, p)
    sec = art["section"]
    members = running(SITE, "members", 1241, p, 2, 11)
    out_head = [m("navigation", "Skip to main content")]
    cookie = [m("cookie", c) for c in COOKIE]
    has_cookie = p not in (8, 15)
    cookie_top = p % 4 != 3
    if has_cookie and cookie_top:
        out_head += cookie
    out_head.append(m("navigation", MENU))
    if p in CAMPAIGN_PAGES:
        out_head.append(m("appeal", CAMPAIGN_BANNER))
    out_head.append(m("navigation", f"Home › {SECTION_NAMES[sec]}"))

    # --- inserts into the article body (positions are 'before body[k]')
    inserts = []
    top = []
    w = nwords(body)
    top.append(m("ui", f"{max(2, round(w / 170))} min read"))
    if p % 2 == 1:
        top.append(m("ui", "Print this story"))
    if p % 5 != 2:
        secs = int(w / 2.7)
        top.append(m("audio", f"Listen to this story · {secs // 60}:{secs % 60:02d}"))
    if p % 3 != 0:
        top += [m("share", s) for s in SHARE]
    if p % 4 == 1:
        top += [m("paywall", PAYWALL[0].format(k=1 + (p // 4) % 4)), m("paywall", PAYWALL[1])]
    inserts.append((2, top))

    # per-page 'Read more' naming another Ledger story
    other = ALL[(p + 5) % len(ALL)]["lines"][0]
    inserts.append((near(3 + p % 2, body, span, 3), [m("related", f"Read more: {other}")]))

    nl_mid = p % 3 != 2
    nl_ver = "A" if (p // 2) % 2 == 0 else "B"
    nl_lines = [m("newsletter", x) for x in NEWSLETTER[nl_ver]] + [m("newsletter", NEWSLETTER_SMALL)]
    mid = []
    ad = [m("ad", "Advertisement"), m("ad", "Story continues below")] if p % 4 != 2 else []
    if nl_mid:
        mid = (nl_lines + ad) if p % 2 == 0 else (ad + nl_lines)
    else:
        mid = ad
    if mid:
        inserts.append((near(int(len(body) * 0.65), body, span, 5), mid))
    if p % 3 == 0:
        inserts.append((len(body), [m("share", s) for s in SHARE]))

    main = weave(body, inserts)

    # --- trailer blocks
    blocks = {}
    if sec == "council":
        blocks["ldrs"] = [m("legal", LDRS)]
    blocks["tags"] = [m("navigation", "Topics: " + " · ".join(art["tags"]))]
    ap = "A" if p % 2 == 0 else "B"
    ab = []
    for line in APPEAL[ap]:
        ab.append(m("appeal", line.format(members=f"{members:,}", next=f"{members + 1:,}")))
    if p in CAMPAIGN_PAGES:
        raised = running(SITE, "birthday", 6180, p - 10, 240, 690)
        ab.insert(3, m("appeal", CAMPAIGN_LINE.format(raised=f"{raised:,}", days=14 - 3 * (p - 10))))
    blocks["appeal"] = ab
    if not nl_mid:
        blocks["newsletter"] = nl_lines
    if p not in NO_SOCIAL:
        blocks["social"] = [m("social", SOCIAL)]
    blocks["related"] = [m("related", RELATED_HEAD)] + [m("related", h) for h in rotate(RELATED_POOL, p, 3, 3)]
    if p in COMMENTS_OFF:
        blocks["comments"] = [m("comments", COMMENTS_CLOSED)]
    else:
        n = r.choice([0, 2, 3, 5, 7, 9, 12, 16, 24, 31])
        blocks["comments"] = [m("comments", "Be the first to comment" if n == 0 else f"{n} comments"),
                              m("comments", COMMENT_RULES)]
    if p % 2 == 1:
        blocks["app"] = [m("app", APP)]
    blocks["footer"] = [m("navigation", FOOTER)]
    blocks["legal"] = [m("legal", x) for x in LEGAL]
    if has_cookie and not cookie_top:
        blocks["cookie"] = cookie

    orders = [
        ["ldrs", "tags", "appeal", "newsletter", "related", "comments", "social", "app", "footer", "legal", "cookie"],
        ["ldrs", "appeal", "tags", "social", "newsletter", "related", "app", "comments", "footer", "legal", "cookie"],
        ["tags", "ldrs", "related", "newsletter", "appeal", "comments", "footer", "social", "app", "legal", "cookie"],
    ]
    tail = []
    for name in orders[p % 3]:
        tail += blocks.get(name, [])
    return out_head + main + tail


ALL = []  # filled by the generator (parsed ARTICLES_RAW)
