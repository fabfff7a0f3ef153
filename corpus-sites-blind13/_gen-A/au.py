from engine import build
BG1 = "The Murray peaked at 9.4 metres at the Tarrawong gauge on 14 November, flooding more than 300 homes east of the highway and cutting the town off from Echuca for nine days."
BG1b = BG1.replace("nine days", "10 days")
BG2 = "Rebuilding Tarrawong is a Courier series following residents, traders and farmers through the flood recovery."
FACT = "Flood recovery hotline: 1800 226 226 (8am–6pm weekdays)"
RAW = """news|council-backs-rates-freeze-after-marathon-meeting
Council backs rates freeze after marathon meeting
By Kate Hollis · 3 February 2026
Campbell Shire ratepayers will not see a rise in their general rates this financial year after councillors voted 5–2 for a freeze at a meeting that ran past midnight on Tuesday.
The decision goes against the advice of council officers, who warned the freeze would leave a $1.1 million hole in the roads budget by 2028.
Mayor Trish Dunne said households were "doing it tough enough" after a second year of high grocery and fuel prices.
"We've asked people to tighten their belts. It's only fair we tighten ours," she said.
Cr Mick Farrelly, who voted against the motion, said the shire was "kicking the can down a very potholed road".
Gravel roads
Council will now defer resealing works on 14 kilometres of gravel roads, including sections of Boundary Road and the Kellys Lane link.
The budget goes on public exhibition from 20 February.
---
news|tarrawong-traders-reopen-three-months-on
Tarrawong traders reopen doors three months on
By Sam Whitford · 9 February 2026
The smell of fresh paint has replaced the smell of river mud along Tarrawong's main street, where six businesses reopened on Saturday.
Baker Lou Pappas was up at 3am to fire the new ovens for the first time since the water went through her shop.
"I cried when the first tray of vanilla slices came out. Honestly, I did," she said.
@BG1
The newsagency, pharmacy and both cafes are now trading, while the hardware store expects to open by Easter.
Shop owners say insurance payouts have been slow, with some still waiting on assessors.
@BG2
@FACT
---
sport|magpies-snatch-final-over-win-at-rec-reserve
Magpies snatch final-over win at Rec Reserve
By Josh Tran · 10 February 2026
Tarrawong Magpies kept their finals hopes alive with a two-wicket win over Kyabram on Saturday, getting home with three balls to spare.
Chasing 187, the Magpies slumped to 6/94 before skipper Daniel Crowe steadied with a patient 61.
Teenager Riley Moss then hit the winning runs, a lofted drive over mid-on that cleared the rope.
"He's got ice in his veins, that kid," Crowe said.
Scores
Kyabram 9/186 (B. Hales 54; T. Nguyen 3/31)
Tarrawong 8/188 (D. Crowe 61, R. Moss 22no)
---
news|insurance-claims-still-unresolved-for-flood-families
Flood families still waiting on insurance, survey finds
By Sam Whitford · 17 February 2026
Almost half of Tarrawong households that lodged flood claims are still waiting for a final decision, according to a survey by the local recovery committee.
The committee received 212 responses, with 97 households saying their claim had not been settled.
Retiree Geoff Barlow and his wife have been living in a caravan in their driveway since November.
"You ring up, you get a different person every time, and every time you start again," he said.
@BG1
The Insurance Council of Australia said it had sent extra assessors to the region in January and urged residents to escalate complaints to the Australian Financial Complaints Authority.
@FACT
---
community|surf-club-fundraiser-smashes-target
Lake Boga lifesavers smash fundraising target
By Ella Karimi · 19 February 2026
A trivia night, a sausage sizzle and a very determined grandmother have helped the Lake Boga Inland Lifesaving Club raise $42,000 for a new rescue boat.
The club set a goal of $30,000 when its 22-year-old boat failed a safety inspection last winter.
Eighty-one-year-old club life member Joan Petrie alone raised more than $6,000 by knitting and selling beanies.
"Every dollar goes on the water, not in the clubhouse," president Andrew Lim said.
Members will vote on a name for the boat at the AGM next month. Early favourite: "Joanie".
---
opinion|why-i-still-pay-for-my-local-paper
Opinion: Why I still pay for my local paper
By Margaret Slee · 21 February 2026
My father read the paper at the kitchen table every Thursday with a pencil behind his ear, ready for the crossword.
These days I read it on my phone, but I still pay for it, and I'd like to explain why.
When the council wanted to close the pool two summers ago, it wasn't Facebook that sat through six hours of meetings and read the consultants' report. It was a reporter.
Nobody else is going to do that for free.
Paywalls annoy people, I understand. But a newspaper with no money is a newspaper with no reporters, and a town with no reporters only hears one side.
So yes, I subscribe. For the price of a coffee a week, I think it's a bargain.
Margaret Slee is a retired teacher from Swan Hill.
---
news|levee-plan-goes-to-community-vote
Levee plan goes to community vote
By Kate Hollis · 25 February 2026
Tarrawong residents will get the final say on whether a $14 million earthen levee is built along the eastern edge of town.
The state government has agreed to fund most of the project, but only if a majority of affected landholders support it.
Some farmers fear the levee would push water onto their paddocks downstream.
"You protect the town, fine, but the water has to go somewhere," said dairy farmer Neil Ashby.
@BG1
Ballot papers will be posted to 640 households in the week of 9 March.
Key dates
Information session: Tarrawong Memorial Hall, 3 March, 7pm
Ballot closes: 27 March
@BG2
---
business|almond-growers-face-tight-water-season
Almond growers brace for tight water season
By Priya Nair · 2 March 2026
Almond growers in the Sunraysia say the rising price of temporary water could force some to let younger trees die off this summer.
Allocation prices in the southern Murray-Darling Basin have climbed above $300 a megalitre, more than double last year's figure.
Grower Tony Calabrese, who farms 120 hectares near Robinvale, said he had stopped planting new blocks.
"The trees don't care what the market's doing. They need water every week," he said.
Industry body Almond Board of Australia says the 2026 crop is still on track to be the second-largest on record.
---
news|school-crossing-supervisor-retires-after-31-years
Lollipop lady hangs up her sign after 31 years
By Ella Karimi · 4 March 2026
For 31 years, Bev Kinnane has stood on the corner of Curlewis and Gray streets, stopping traffic so children could get to school.
On Friday, students from Tarrawong Primary lined the footpath to say goodbye.
"I've seen kids grow up, then I've seen their kids grow up," Mrs Kinnane said.
Principal Ray Dowd estimates she has walked more than 200,000 children across the road.
"Thank you Mrs K"
The banner, painted by the grade 6 class, will hang in the school foyer.
---
news|caravan-park-to-reopen-for-easter
Riverside caravan park to reopen in time for Easter
By Sam Whitford · 8 March 2026
The Tarrawong Riverside Caravan Park will reopen to campers on 2 April after a clean-up that removed more than 40 tonnes of silt and debris.
Managers Darren and Kylie Fox said bookings were already strong for the school holidays.
Eleven of the park's cabins were written off, and replacements will not arrive until winter.
@BG1b
"We've had people ring from Adelaide and Melbourne asking if they can come up and help. That's how much people love this place," Mrs Fox said.
@BG2
@FACT
---
health|hospital-emergency-waits-worst-in-region
Emergency waits at Swan Hill hospital worst in region
By Priya Nair · 11 March 2026
Patients at Swan Hill District Health waited longer in the emergency department than anywhere else in the Loddon Mallee last quarter, new figures show.
Only 58 per cent of patients were seen within clinically recommended times, down from 66 per cent a year earlier.
The hospital blamed a shortage of locum doctors over summer.
What the numbers show
Median wait for triage category 3: 41 minutes
Patients who left without being seen: 312
The state opposition said the figures were "a disgrace".
---
sport|netball-league-adds-under-13-division
Netball league adds under-13 grade as numbers boom
By Josh Tran · 13 March 2026
The Central Murray netball league will field an under-13 division for the first time this winter after a record 420 juniors registered.
League president Sharon Doyle said the growth had come mostly from girls who started in the Net Set Go program during COVID.
"We're running out of courts before we run out of kids," she said.
Six clubs have confirmed teams, with Nyah-Nyah West and Kerang yet to decide.
---
news|tarrawong-footy-oval-back-in-play
Footy returns to a flood-scarred Tarrawong oval
By Josh Tran · 16 March 2026
Tarrawong Football Netball Club will play its first home game in almost a year after the ground was declared fit following months of repair.
Volunteers relaid more than 2,000 square metres of turf that had been smothered by silt.
"It's a footy ground again. For a while there it was a swamp," club president Luke Hanrahan said.
@BG1
The round two match against Mystic Park starts at 2.10pm on 11 April.
@BG2
---
news|cookie-consent-rules-confuse-small-businesses
New privacy rules leave small traders scratching their heads
By Priya Nair · 18 March 2026
Small businesses in the Mallee say they have no idea whether proposed changes to the Privacy Act will force them to add cookie consent pop-ups to their websites.
The federal government's reforms would give Australians more say over how their online data is tracked.
Swan Hill florist Deb Carrol runs her own website and says she "wouldn't know a cookie from a cupcake".
The Council of Small Business Organisations wants businesses with fewer than 20 staff exempted.
Explainer
A cookie is a small file a website saves in your browser to remember who you are.
---
environment|murray-cod-numbers-bounce-back
Murray cod numbers bounce back after blackwater event
By Ella Karimi · 22 March 2026
Surveys by the Arthur Rylah Institute have found juvenile Murray cod in stretches of the river where fish kills were reported two years ago.
Scientists netted 37 young cod near Nyah, a sign that spawning has resumed.
"It's the best news we've had on the river in a long time," fisheries scientist Dr Hannah Kerr said.
Anglers are reminded the closed season for cod runs from 1 September to 30 November.
---
news|council-election-candidates-announced
Fifteen candidates nominate for council by-election
By Kate Hollis · 24 March 2026
Fifteen candidates will contest the Campbell Shire by-election triggered by the resignation of former deputy mayor Colin Reid.
The field includes two former councillors, a dairy farmer, a retired police officer and a 19-year-old TAFE student.
Voting is compulsory and by post.
Ballot packs will arrive in letterboxes from 14 April.
---
lifestyle|recipe-quandong-crumble
Recipe: Nan's quandong crumble
By Lou Pappas · 27 March 2026
Quandongs were once a staple of Mallee kitchens, and a few old-timers still know where to find the trees.
Ingredients
2 cups quandongs, halved and stones removed
½ cup brown sugar
1 cup plain flour
100g cold butter, cubed
Method
Simmer the quandongs with half the sugar and a splash of water until soft.
Rub the butter into the flour and remaining sugar, scatter over the fruit and bake at 180°C for 30 minutes.
---
news|grants-announced-for-flood-hit-businesses
Grants of up to $50,000 for flood-hit businesses
By Sam Whitford · 30 March 2026
Businesses in Tarrawong and surrounding districts can now apply for recovery grants of up to $50,000 under a jointly funded state and federal package.
The grants can be used for clean-up, equipment replacement and lost stock, but not for rent.
Hardware store owner Pete Lucas said the money would arrive "about four months too late".
@BG1b
Applications close on 30 June.
@FACT
"""

T_ORDER_SWAP = {2, 9, 14}
def top(c):
    i, r, a = c['i'], c['rnd'], c['art']
    out = []
    if i not in (6, 15):
        out.append(('navigation', 'Skip to content'))
    out.append(('navigation', 'Home › %s' % a['sec'].capitalize()))
    if i % 3 != 1:
        out.append(('audio', 'Listen to this article · %d min' % r.randint(2, 6)))
    if i in (0, 4, 11):
        out.append(('cookie', 'We use cookies to improve your experience. Accept'))
    return out

def mid(c):
    i, r = c['i'], c['rnd']
    out = []
    if i not in (5, 12):
        nl = 'Get the Courier Morning Brief in your inbox before 7am. Sign up free' if i % 4 else 'Sign up for the Courier Morning Brief, delivered before 7am.'
        out.append((0.4, 'newsletter', nl))
    out.append((0.7, 'related', 'Read more: ' + RELATED[i]))
    if i in (3, 8, 13):
        out.append((0.55, 'ad', 'Advertisement'))
    return out

def bottom(c):
    i, r = c['i'], c['rnd']
    out = []
    share = [('share', 'Share this story: Facebook · X · Email · Copy link')]
    social = [('social', 'Follow the Murray Flats Courier on Facebook and Instagram')]
    if i != 10:
        out += (social + share) if i in T_ORDER_SWAP else (share + social)
    if i not in (4, 16):
        out.append(('comments', '%d comments' % r.randint(0, 48)))
    if c['campaign']:
        out.append(('paywall', 'Autumn offer: your first 12 weeks for $1 a week. Ends %d April.' % r.randint(12, 30)))
    if i != 7:
        head = 'Support local journalism' if i % 2 == 0 else 'Local news needs local readers'
        out.append(('paywall', head))
        out.append(('paywall', 'You have read %d of your %d free articles this month. Subscribe for unlimited access from $%d.99 a week.' % (r.randint(2, 5), 5, r.choice([3, 4]))))
        out.append(('paywall', 'Subscribe now'))
        out.append(('ui', 'Already a subscriber? Log in'))
    if i not in (2, 13):
        out.append(('app', 'Download the Courier app for breaking news alerts'))
    out.append(('legal', '© %d Murray Flats Courier Pty Ltd. All rights reserved.' % (2026 if i != 5 else 2025)))
    return out

RELATED = [
 "Shire budget: what the rates freeze means for you", "Bakery's long road back after the flood",
 "Kyabram coach quits after seven seasons", "Recovery centre extends opening hours",
 "Inland lifesavers join Royal Life Saving program", "Letters: the paper, the pool and the council",
 "Downstream farmers form action group", "Water prices hit three-year high",
 "Tarrawong Primary wins state music award", "Holiday bookings surge along the river",
 "Ambulance ramping: union calls for action", "Kerang Blues unveil new coach",
 "Groundsman's secret to a perfect wicket", "Scams targeting small businesses on the rise",
 "Carp cull trial to begin near Boundary Bend", "Who is running: meet the candidates",
 "Country Women's Association cookbook turns 100", "Pharmacy reopens in temporary premises",
]

def parse(raw):
    arts = []
    for chunk in raw.strip().split('\n---\n'):
        ls = [l for l in chunk.strip().split('\n') if l.strip()]
        sec, slug = ls[0].split('|')
        body = []
        for l in ls[1:]:
            body.append({'@BG1': BG1, '@BG1b': BG1b, '@BG2': BG2, '@FACT': FACT}.get(l, l))
        arts.append({'sec': sec, 'slug': slug, 'lines': body})
    return arts

arts = parse(RAW)
assert len(arts) == 18, len(arts)
build('sb13-au', 'en', 'murrayflatscourier.com.au', arts, {'top': top, 'mid': mid, 'bottom': bottom}, 1301)
