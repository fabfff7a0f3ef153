from common import write_site

BG1 = "The Mill Street Bridge, which carries Route 9 over the Tillery River, was closed to all traffic on Aug. 14 after state inspectors found cracking in two of its steel floor beams."
BG1b = "The Mill Street Bridge, which carries Route 9 over the Tillery River, was closed to all traffic on Aug. 14 after state inspectors found cracking in three of its steel floor beams."
BG2 = "Before the closure, the 1931 bridge carried about 9,800 vehicles a day. The detour through Harlan Avenue adds roughly 4 miles for drivers heading to the east side."
FACT = "Mill Street Bridge at a glance: built 1931 · 412 feet long · rated 4 of 9 in last inspection"

A = [
 dict(sec="news", nav="News › Transportation", slug="mill-street-bridge-closed-indefinitely",
  head="Mill Street Bridge closed indefinitely after inspectors find cracked beams",
  by="By Dana Whitcomb · Aug. 15, 2026",
  body=["Drivers who cross the Tillery River every morning woke up Thursday to orange barrels and a message board that read simply: BRIDGE CLOSED.",
   "State transportation officials said the decision came late Wednesday, hours after an inspection crew flagged damage that had not been noted during the last routine check in 2024.",
   "\u201cWe don\u2019t close a bridge lightly,\u201d said Marcus Oyelaran, district engineer for the state Department of Transportation. \u201cBut once we saw those cracks, there was no other responsible call.\u201d",
   BG1, BG2,
   "Oyelaran would not estimate how long repairs would take. He said engineers first need to determine whether the floor beams can be reinforced or must be replaced outright.",
   "Businesses on the east end of Mill Street said they were already feeling it. \u201cThursday is usually our busiest breakfast,\u201d said Rosa Delgado, who owns the Bluebird Diner. \u201cWe had maybe a dozen people.\u201d",
   FACT,
   "Caption: Barricades block the west approach of the Mill Street Bridge on Thursday morning.",
   "[legal] Photo: Jesse Park / Riverbend Ledger"]),
 dict(sec="education", nav="News › Education", slug="school-board-approves-later-start-times",
  head="School board approves later start times for Riverbend high schools",
  by="By Priya Raman · Aug. 18, 2026",
  body=["Riverbend's two public high schools will start classes at 8:30 a.m. beginning next fall, 45 minutes later than the current bell, after a 5-2 vote by the school board Monday night.",
   "Supporters cited research linking early start times to chronic sleep loss in teenagers. Several students spoke during public comment, including junior Amara Lutz, who told the board she regularly falls asleep in first period.",
   "Opponents worried about after-school jobs and sports schedules. Board member Gregory Haines, who voted no, said the district had not worked out how late practices would affect students who ride the activity bus.",
   "What changes",
   "High school first bell: 8:30 a.m.",
   "Middle school first bell: 8:00 a.m. (unchanged)",
   "Elementary first bell: 7:50 a.m., up from 8:15 a.m.",
   "The elementary shift drew the most pushback from parents, who said younger children would be waiting for buses in the dark during winter months.",
   "Superintendent Leah Morrow said the district would hold three listening sessions before the schedule is finalized in January."]),
 dict(sec="news", nav="News › Transportation", slug="mill-street-bridge-detour-east-side-businesses",
  head="Three weeks into bridge closure, east side businesses count the cost",
  by="By Dana Whitcomb · Sept. 4, 2026",
  body=["At the Bluebird Diner, Rosa Delgado has started turning off half the lights in the dining room. There is no point, she says, in lighting tables no one is sitting at.",
   "Delgado estimates her sales are down about 40% since late August. Two doors down, a barbershop has cut its Saturday hours, and the hardware store on the corner has put up a hand-lettered sign: WE\u2019RE STILL OPEN.",
   BG1,
   "The city's economic development office said it is considering a small grant program for affected businesses, but no proposal has gone to the council yet.",
   "\u201cEverybody keeps saying it\u2019s temporary,\u201d said barber Luis Ferreira. \u201cTemporary for who? My rent isn\u2019t temporary.\u201d",
   BG2,
   "Council member Teresa Nguyen, who represents the east side, said she plans to ask the state to install clearer signage pointing drivers toward Mill Street shops via the detour.",
   FACT]),
 dict(sec="health", nav="News › Health", slug="county-reports-first-west-nile-case",
  head="County confirms first human West Nile virus case of the year",
  by="By Sam Okafor · Aug. 22, 2026",
  body=["Tillery County health officials on Friday confirmed the county's first human case of West Nile virus this year, in an adult resident of the Northgate neighborhood.",
   "The patient was hospitalized and is recovering, according to the health department, which did not release further details.",
   "Mosquito pools testing positive for the virus have been found at six sites across the county since July, more than in any summer since 2018.",
   "Protect yourself",
   "Use repellent containing DEET, picaridin or oil of lemon eucalyptus.",
   "Empty standing water from buckets, planters and gutters.",
   "Wear long sleeves at dusk and dawn.",
   "Most people infected with West Nile never develop symptoms. About 1 in 5 develop a fever, and fewer than 1 in 100 develop serious neurological illness, according to the Centers for Disease Control and Prevention."]),
 dict(sec="opinion", nav="Opinion", slug="opinion-riverbend-needs-a-real-housing-plan",
  head="Opinion: Riverbend doesn't need another housing study. It needs a plan.",
  by="By Harold Jenkins · Aug. 25, 2026",
  body=["Harold Jenkins is a retired contractor and a member of the Riverbend Planning Commission. The views expressed are his own.",
   "In the 11 years I have served on the planning commission, the city has commissioned four housing studies. I have read all of them. They say the same thing.",
   "We do not build enough homes. We make it too hard to build small ones. And the people who pay the price are young families, older residents on fixed incomes, and the workers who keep this town running.",
   "The latest study, released this summer, estimates Riverbend is short about 1,900 units. That number was 1,100 in 2019.",
   "Enough.",
   "The council should do three things this fall: allow duplexes on every residential lot, drop parking minimums near the bus lines, and cut the permit review timeline to 60 days.",
   "None of this is radical. Towns our size across the state have done it. What they did not do was commission a fifth study."]),
 dict(sec="news", nav="News › Local Government", slug="council-delays-vote-on-water-rate-increase",
  head="Council delays vote on 12% water rate increase",
  by="By Priya Raman · Aug. 27, 2026",
  body=["The Riverbend City Council on Tuesday postponed a vote on a proposed 12% water rate increase after more than two hours of public comment, most of it opposed.",
   "Utilities director Kevin Sato said the increase is needed to pay for replacing lead service lines, a federal requirement the city must meet by 2037.",
   "The average household would pay about $6.40 more per month under the proposal.",
   "Several speakers asked why the city had not applied for more federal grant money. Sato said the city had applied and received $3.2 million, but that it covers less than a fifth of the estimated cost.",
   "Council President Miriam Stokes said the vote would return to the agenda on Sept. 23, after staff prepare a version that phases the increase in over three years."]),
 dict(sec="community", nav="Community", slug="food-bank-fundraiser-breaks-record",
  head="Food bank's Harvest Run raises a record $212,000",
  by="By Sam Okafor · Sept. 1, 2026",
  body=["More than 1,400 runners and walkers turned out Saturday for the Tillery Valley Food Bank's annual Harvest Run, helping the organization raise a record $212,000.",
   "Executive director Joanne Pruitt said the money will go toward the food bank's new refrigerated warehouse, which will let it accept more fresh produce from area farms.",
   "\u201cEvery dollar helps us put about three meals on someone\u2019s table,\u201d Pruitt said. \u201cPeople gave this year like they understood how tight things are.\u201d",
   "Demand at the food bank's partner pantries is up 18% from last year, driven largely by working families, according to the organization's own figures.",
   "Donations are still being accepted through the end of September. A local credit union has pledged to match gifts up to $25,000.",
   "The top finisher in the 5K, 17-year-old Mateo Ruiz of Riverbend High, finished in 16 minutes, 41 seconds.",
   "Caption: Runners leave the starting line on Front Street on Saturday morning.",
   "[legal] Photo: Carla Benson for Riverbend Ledger"]),
 dict(sec="news", nav="News › Transportation", slug="state-picks-repair-not-replace-mill-street-bridge",
  head="State will repair, not replace, Mill Street Bridge; reopening targeted for spring",
  by="By Dana Whitcomb · Sept. 19, 2026",
  body=["The state Department of Transportation said Friday it will reinforce the damaged floor beams of the Mill Street Bridge rather than replace the structure, a decision that could reopen the crossing by April.",
   "A full replacement would have taken at least three years and cost an estimated $48 million, district engineer Marcus Oyelaran said. The repair is expected to cost about $6.5 million.",
   "Key dates",
   "October: contractor selected",
   "November\u2013March: steel reinforcement work",
   "April: load testing and reopening",
   BG1b,
   BG2,
   "Oyelaran cautioned that the timeline depends on weather and on the steel arriving on schedule. \u201cIf we have a bad winter, we\u2019ll tell people that,\u201d he said.",
   FACT]),
 dict(sec="arts", nav="Arts & Culture", slug="paramount-theater-reopens-after-restoration",
  head="The Paramount reopens, 96 years after its first show",
  by="By Lena Hoffmann · Sept. 6, 2026",
  body=["The marquee is lit again on Front Street.",
   "After a four-year, $9 million restoration, the Paramount Theater reopened Friday night with a sold-out screening of \u201cSingin\u2019 in the Rain\u201d and a live organ prelude on the theater's original Wurlitzer.",
   "Restorers stripped six layers of paint from the lobby ceiling to uncover the 1930 stenciling, which had been hidden since a 1962 remodel.",
   "\u201cWhen the first panel came through, people just stood there,\u201d said project manager Denise Albright. \u201cNobody alive had seen it.\u201d",
   "The theater will host films, concerts and community events. A schedule for the fall season is posted in the lobby.",
   "The nonprofit Friends of the Paramount raised about two-thirds of the cost from local donors; the rest came from state historic preservation tax credits."]),
 dict(sec="news", nav="News › Public Safety", slug="fire-destroys-barn-on-county-road-12",
  head="Fire destroys historic barn on County Road 12; no injuries reported",
  by="By Sam Okafor · Sept. 9, 2026",
  body=["A fire late Monday destroyed a 19th-century dairy barn on County Road 12 north of Riverbend, fire officials said.",
   "Crews from four departments responded shortly after 11 p.m. The barn was fully engulfed when the first engine arrived, said Northgate Fire Chief Ben Alvarez.",
   "No people or animals were inside. The cause is under investigation, but Alvarez said there was no indication it was deliberately set.",
   "The barn, built around 1880, belonged to the Hollister family, who have farmed the land for five generations."]),
 dict(sec="explainers", nav="Explainers", slug="how-to-read-your-property-tax-bill",
  head="Explainer: How to read your new property tax bill",
  by="By Priya Raman · Sept. 11, 2026",
  body=["Property tax bills for the coming year land in Tillery County mailboxes this week. Many homeowners will see an increase after this spring's countywide reassessment.",
   "Here is what the main lines on the bill mean.",
   "Assessed value",
   "This is the county's estimate of your property's market value as of Jan. 1. If you think it is wrong, you can appeal.",
   "Tax rate",
   "Each taxing body \u2014 the county, the city, the school district and the library \u2014 sets its own rate. They are added together on your bill.",
   "Exemptions",
   "Homeowners 65 and older, veterans with disabilities and people who live in the home they own may qualify for reductions. These must be applied for; they are not automatic.",
   "The deadline to file an assessment appeal is Oct. 31. Forms are available at the county assessor's office and online."]),
 dict(sec="community", nav="Community", slug="ledger-member-drive-how-local-newsrooms-survive",
  head="Why a growing number of local newsrooms rely on readers, not ads",
  by="By Lena Hoffmann · Sept. 14, 2026",
  body=["When the Riverbend Courier printed its last edition in 2019, the city went almost a year without a daily source of local news.",
   "That gap is a familiar story. Researchers at Northwestern University estimate the United States has lost more than a third of its newspapers since 2005.",
   "What replaced many of them is a different model: nonprofit newsrooms supported by reader donations, foundation grants and small-business sponsors.",
   "Nonprofit news outlets raised about 40% of their revenue from individual donors last year, according to the Institute for Nonprofit News, up from roughly a quarter a decade ago.",
   "Disclosure: The Riverbend Ledger is itself a nonprofit newsroom and a member of the Institute for Nonprofit News.",
   "\u201cThe membership model only works if people feel ownership,\u201d said Ramona Castillo, who studies local media at the state university. \u201cYou can\u2019t just ask for money. You have to show people what they\u2019re getting.\u201d",
   "Critics note that donor-funded outlets can struggle to reach readers in lower-income neighborhoods, who are less likely to give."]),
 dict(sec="sports", nav="Sports", slug="riverbend-falls-to-northgate-in-rivalry-game",
  head="Northgate edges Riverbend 24-21 in rivalry game",
  by="By Tyler Brooks · Sept. 13, 2026",
  body=["Northgate kicker Eli Marsh hit a 37-yard field goal with nine seconds left Friday night to give the Hawks a 24-21 win over Riverbend in the 88th meeting between the schools.",
   "Riverbend quarterback Jaylen Price threw for 246 yards and two touchdowns, including a 61-yard strike to Devonte Miles that tied the game with under three minutes to play.",
   "Northgate answered with a 10-play drive, converting a fourth-and-2 at the Riverbend 30.",
   "\u201cWe\u2019ll see them again,\u201d Riverbend coach Frank DeLuca said. \u201cHopefully in November.\u201d",
   "Riverbend (2-2) hosts Eastbrook next Friday. Northgate improves to 4-0."]),
 dict(sec="news", nav="News › Environment", slug="tillery-river-cleanup-draws-300-volunteers",
  head="River cleanup pulls 3 tons of trash from the Tillery",
  by="By Sam Okafor · Sept. 21, 2026",
  body=["About 300 volunteers spent Saturday morning wading, paddling and hauling along an eight-mile stretch of the Tillery River, collecting roughly three tons of trash.",
   "The haul included 41 tires, two shopping carts, a refrigerator door and what organizers believe is part of a 1970s boat trailer.",
   "\u201cEvery year we think we\u2019ll find less,\u201d said Nora Feld of the Tillery River Alliance. \u201cEvery year we\u2019re wrong.\u201d",
   "Volunteers steered clear of the area around the Mill Street Bridge, which remains closed for structural repairs.",
   "The alliance said it will share data on what was found with the county's solid waste department."]),
 dict(sec="news", nav="News › Transportation", slug="mill-street-bridge-contract-awarded",
  head="Contract awarded for Mill Street Bridge repairs",
  by="By Dana Whitcomb · Oct. 16, 2026",
  body=["The state has awarded a $6.1 million contract to Keller & Sons Construction of Ashford to repair the Mill Street Bridge, clearing the way for work to begin next month.",
   "The bid came in about $400,000 below the state's estimate. Keller & Sons was one of three firms that bid on the project.",
   "Work will be done mostly from barges beneath the bridge, meaning river traffic near the span will be restricted through March.",
   BG1b,
   "The state said it still expects the bridge to reopen in April, weather permitting.",
   BG2,
   FACT]),
 dict(sec="health", nav="News › Health", slug="hospital-opens-new-maternity-ward",
  head="Riverbend General opens new maternity unit after two-year wait",
  by="By Priya Raman · Oct. 2, 2026",
  body=["Riverbend General Hospital opened its new maternity unit Wednesday, ending a two-year period in which expectant parents had to travel to Ashford or beyond to give birth.",
   "The hospital closed its previous labor and delivery floor in 2024, citing staffing shortages. The new unit has eight birthing suites and a four-bed special care nursery.",
   "Nurse manager Elaine Cho said the hospital has hired 22 nurses and two obstetricians since January.",
   "\u201cBabies don\u2019t wait for the highway,\u201d Cho said. \u201cHaving this here matters.\u201d",
   "The first baby delivered in the new unit, a girl, was born at 6:12 a.m. Thursday."]),
 dict(sec="opinion", nav="Opinion", slug="letters-to-the-editor-october",
  head="Letters to the editor: Bridges, buses and the library",
  by="Riverbend Ledger Opinion · Oct. 5, 2026",
  body=["On the bridge",
   "Thank you for your reporting on the Mill Street Bridge. I have lived on the east side for 40 years and nobody downtown seems to remember we exist. \u2014 Gloria Benitez, Riverbend",
   "On bus service",
   "The city should extend Route 4 to the hospital. My mother has no car and the walk from the last stop is nearly a mile. \u2014 Daniel Cho, Northgate",
   "On library hours",
   "Bring back Sunday hours. That's all. \u2014 Pete Larkin, Riverbend",
   "Letters should be under 250 words and include your name and town. We do not publish anonymous letters."]),
 dict(sec="business", nav="Business", slug="brewery-expands-into-old-mill-building",
  head="Tillery Brewing to expand into long-vacant Harlan Mill",
  by="By Tyler Brooks · Oct. 8, 2026",
  body=["Tillery Brewing Co. plans to move its production into the long-empty Harlan Mill building, a project the company says will add 25 jobs over two years.",
   "Co-owner Natalie Shore said the brewery has outgrown its Front Street location, where it currently brews about 6,000 barrels a year.",
   "The 1890s mill, vacant since a textile maker left in 2003, will need a new roof and extensive structural work.",
   "The city's planning commission is scheduled to review the site plan on Oct. 20.",
   "Cheers.",
   "That was the one-word response from Mayor Ellen Park when asked about the plan at Tuesday's council meeting."]),
]

def assemble(i, art, rng, arts):
    top = []
    if i not in (4, 13): top.append("[navigation] Skip to content")
    top.append(f"[navigation] Home › {art['nav']}")
    if i % 3 != 0:
        top.append(f"[audio] Listen to this article · {rng.randint(3,8)} min")
    body = [art["head"], art["by"]] + list(art["body"])
    # mid: newsletter box after 3rd paragraph (A/B wording)
    if i not in (5, 10, 17):
        nl = ("[newsletter] Get The Ledger's free morning newsletter, delivered by 6 a.m." if i % 4 else
              "[newsletter] Get The Ledger's free morning newsletter in your inbox, weekdays by 6 a.m.")
        body = body[:5] + [nl, "[ui] Sign up"] + body[5:]
    # per-page related
    if i % 5 != 2:
        other = arts[(i + 6) % 18]["head"]
        pos = min(len(body) - 1, 8)
        body = body[:pos] + [f"[related] Read more: {other}"] + body[pos:]
    bottom = []
    if i not in (3, 11):
        bottom.append("[share] Share this story: Facebook · X · Email")
    goal_done = 1200 + i * 37
    appeal = []
    appeal.append("[appeal] Before you go: the Riverbend Ledger is a nonprofit newsroom, free for everyone." if i % 6 else
                  "[appeal] Before you go: the Riverbend Ledger is a nonprofit newsroom, free for everyone to read.")
    appeal.append(f"[appeal] {goal_done:,} readers have become members this fall. Help us reach 2,000 by Dec. 31.")
    if i in (2, 7, 11, 15, 18):
        appeal.append("[appeal] NewsMatch will double your gift through Dec. 31 \u2014 your $50 becomes $100.")
    appeal += ["[ui] Become a member", "[ui] Maybe later"]
    if i in (6, 14): appeal = []  # drive box missing on a couple of pages
    bottom += appeal
    tail = ["[social] Follow the Ledger on Facebook, Instagram and Bluesky",
            "[legal] Republish this story for free under a Creative Commons license.",
            f"[legal] © {2026 if i != 18 else 2027} Riverbend Ledger, a nonprofit newsroom. All rights reserved."]
    if i in (8, 12): tail = [tail[1], tail[0], tail[2]]
    if i == 9: tail = tail[:1] + tail[2:]
    bottom += tail
    if i in (1, 10):
        bottom.append("[cookie] We use cookies to understand how readers use our site. Accept")
    return top + body + bottom

write_site("sb8-us", "en", "www.riverbend-ledger.org", A, assemble, 8101)
