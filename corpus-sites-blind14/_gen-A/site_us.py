"""The Driftless Dispatch -- made-up nonprofit regional newsroom, southwest Wisconsin."""
from common import expand, insert_after

SITE, LANG, HOST = "us", "en", "driftlessdispatch.org"

# ---------------------------------------------------------------- series
SERIES = {
    "BG1": ("Nitrate, which reaches groundwater mostly from commercial fertilizer and manure, "
            "has been linked to blue baby syndrome in infants and, in some studies, to colorectal "
            "cancer and birth defects. The federal drinking water limit is 10 milligrams per liter."),
    "BG2": ("In the karst landscape of southwest Wisconsin, where cracked limestone lets surface "
            "water reach aquifers within days, a 2019 study of randomly selected private wells in "
            "Grant, Iowa and Lafayette counties found that more than a third failed federal health "
            "standards for bacteria or nitrate."),
    "FACT": ("Well owners in Grant, Iowa and Lafayette counties can get a free nitrate screening "
             "through the Southwest Wisconsin Well Testing Program: 608-555-0186."),
}
SERIES_KICKER = "UNDER THE SURFACE · A Dispatch series on the water beneath the Driftless"


def A(section, label, slug, headline, byline, body, tags, minutes, series=False):
    return dict(section=section, label=label, slug=slug, headline=headline, byline=byline,
                body=body, tags=tags, min=minutes, series=series)


ARTICLES = [
    A("news", "News", "highway-131-closed-ontario-kickapoo-flooding",
      "Highway 131 closes near Ontario for the third time this year as the Kickapoo tops its banks",
      "By Maren Olstad | April 3, 2024",
      ["State Highway 131 between Ontario and Rockton was closed again Tuesday morning after the Kickapoo River rose more than four feet overnight, the Vernon County Highway Department said.",
       "It is the third closure of the stretch since January, and the earliest in the year that county officials can remember the road going under.",
       "\"We've got people driving 40 minutes around to get to work in Wilton,\" said Highway Commissioner Dale Fremstad. \"That's every time it rains more than an inch.\"",
       "The National Weather Service in La Crosse recorded 2.3 inches of rain at Ontario between Monday evening and Tuesday morning, on ground already soaked by a wet March.",
       "A fix years away",
       "The state Department of Transportation has proposed raising a half-mile section of the highway by three feet, but the project is not scheduled before 2028 and has no dedicated funding.",
       "Fremstad said detour signs would stay up until crews can inspect the culverts at Bear Creek, likely Thursday."],
      ["Flooding", "Highway 131", "Kickapoo River", "Vernon County"], 3),
    A("environment", "Environment", "lafayette-county-wells-nitrate-testing-results",
      "Nearly one in four private wells tested in Lafayette County this spring exceeded the nitrate limit",
      "By Jenna Kowalczyk | April 9, 2024",
      ["Of 412 private wells sampled during Lafayette County's free testing week in March, 97 came back above the federal safety limit for nitrate, according to results released Monday by the county conservation office.",
       "The share, 23.5%, is higher than in any of the county's three previous testing rounds, though officials cautioned that this year's wells were volunteered by their owners, not chosen at random.",
       "\"People who already suspect a problem are more likely to sign up,\" said county conservationist Terry Lindahl. \"But even with that caveat, the trend isn't going the direction we'd like.\"",
       "@BG1", "@BG2",
       "The highest reading this year, 41 milligrams per liter, came from a shallow well on a dairy operation east of Darlington, Lindahl said. Owners of wells above the limit received letters advising them to stop giving the water to infants and pregnant women.",
       "@FACT"],
      ["Under the Surface", "Nitrate", "Groundwater", "Lafayette County"], 5, True),
    A("schools", "Schools", "kickapoo-area-school-district-operating-referendum-november",
      "Kickapoo Area schools will ask voters for $4.2 million to keep class sizes down",
      "By Luis Ortega | April 11, 2024",
      ["The Kickapoo Area School District board voted 6-1 Monday night to put a four-year, $4.2 million operating referendum on the November ballot, its second attempt in two years.",
       "A similar request failed in 2022 by 61 votes. Since then the district has cut two teaching positions and a bus route, and combined its fourth- and fifth-grade classes at the Readstown campus.",
       "Superintendent Angela Moe said the new request is smaller and spread over more years. If approved, it would raise the school tax on a $150,000 home by about $96 a year.",
       "Board member Curt Haugen, the lone no vote, said he supports the schools but worries about asking farm families for more money in a year of low milk prices.",
       "The district will hold listening sessions at the Viola and Readstown libraries in May."],
      ["Referendum", "Kickapoo Area School District", "School funding"], 4),
    A("local-government", "Local Government", "viroqua-main-street-two-hour-parking-ordinance",
      "After two-hour debate, Viroqua council votes to end free all-day parking on Main Street",
      "By Maren Olstad | April 16, 2024",
      ["Drivers will be limited to two hours on Viroqua's Main Street between Court and Jefferson streets starting June 1, under an ordinance the city council approved 5-2 Tuesday.",
       "Business owners packed the council chambers, and they did not agree with each other. Several said employees and upstairs tenants take the best spaces by 8 a.m. and keep them all day.",
       "\"My customers are older. They're not going to walk two blocks with a walker in January,\" said Ruth Ellefson, who owns a fabric shop on the 200 block.",
       "Others worried that tickets would drive shoppers to La Crosse. \"You get one ticket and you don't come back,\" said the owner of a nearby cafe.",
       "The ordinance makes a first violation a warning and later ones $15. The city will add 28 all-day spaces in the lot behind the public library.",
       "Council member Jim Aasen, who voted no, said the city should have tried signs asking for voluntary turnover first."],
      ["Viroqua", "City council", "Parking", "Downtown"], 4),
    A("environment", "Environment", "lafayette-county-cover-crop-incentive-aquifer",
      "Lafayette County offers farmers $40 an acre to plant cover crops over vulnerable aquifers",
      "By Jenna Kowalczyk | April 23, 2024",
      ["Farmers whose fields sit above the county's most vulnerable groundwater can now receive $40 an acre for three years to plant cover crops such as winter rye, under a program the Lafayette County Board approved last week.",
       "The money comes from a $600,000 state grant and is capped at 200 acres per farm. Officials hope to enroll 8,000 acres by fall.",
       "@BG1",
       "Cover crops hold nitrogen in the root zone over winter instead of letting it leach down with snowmelt. Trials at the University of Wisconsin's Lancaster research station have found they can cut nitrate losses by a third or more.",
       "Mark Brenneman, who farms 900 acres near Belmont, has planted rye for six years and said he would sign up. \"It's not a silver bullet,\" he said. \"But it's something you can do this fall without waiting on Madison.\"",
       "@BG2", "@FACT"],
      ["Under the Surface", "Cover crops", "Nitrate", "Agriculture"], 5, True),
    A("health", "Health", "boscobel-clinic-weekend-urgent-care-closing",
      "Boscobel clinic to close urgent care on weekends, citing staffing shortage",
      "By Priya Raman | April 25, 2024",
      ["Residents of Boscobel will have to drive to Prairie du Chien or Richland Center for weekend urgent care starting May 18, after Tri-County Health said it can no longer staff Saturday and Sunday shifts at its Boscobel clinic.",
       "The clinic will stay open weekdays from 7 a.m. to 7 p.m. The emergency department next door, which is run by a separate hospital, is not affected.",
       "Tri-County spokesperson Denise Kraemer said the clinic has been short two nurse practitioners since last summer and has relied on traveling staff at more than twice the usual cost.",
       "\"We would rather have reliable weekday hours than a schedule that falls apart every other weekend,\" she said.",
       "Mayor Steve Wacker said he had asked the company to reconsider. \"For a lot of families here, the ER is the only other choice, and that's a bill they can't afford for an ear infection.\""],
      ["Boscobel", "Health care", "Rural clinics", "Grant County"], 3),
    A("farm-food", "Farm & Food", "hollow-ridge-creamery-brick-cheese-gold",
      "A Richland Center cheesemaker's aged brick takes gold in Madison",
      "By Luis Ortega | May 1, 2024",
      ["Brick cheese, the pungent, washed-rind style invented in Wisconsin in the 1870s, does not get much respect at the supermarket. On Thursday it got a gold medal.",
       "Hollow Ridge Creamery of Richland Center won its class at the state cheese championship with a brick aged 14 months, beating 23 entries from much larger plants.",
       "Sylvia Tranel turns wheels of brick in the aging room at Hollow Ridge Creamery on April 29. (Luis Ortega / The Driftless Dispatch)",
       "Tranel, 58, took over the four-person plant from her father in 2003. It buys milk from nine farms, all within 15 miles.",
       "\"The big guys make a brick that's milder because that's what sells,\" Tranel said. \"We make the one my grandfather would recognize.\"",
       "She said she has no plans to expand, but the creamery's small shop on Highway 14 sold out of the winning cheese by Saturday afternoon."],
      ["Cheese", "Richland County", "Small business"], 3),
    A("outdoors", "Outdoors", "trout-opener-timber-coulee-anglers",
      "Trout opener brings anglers from six states to Timber Coulee",
      "By Ben Schaller | May 4, 2024",
      ["By dawn Saturday, cars with plates from Illinois, Iowa, Minnesota, Indiana, Michigan and Ohio lined the gravel pull-offs along Timber Coulee Creek for the start of Wisconsin's regular inland trout season.",
       "The spring-fed streams of Vernon and Monroe counties hold some of the densest wild brown trout populations in the Midwest, the result of decades of habitat work that began after the erosion of the 1930s.",
       "\"I've fished Montana. I come back here,\" said Dave Kopecky of Naperville, Illinois, as he released a 16-inch brown near the Olson Road bridge.",
       "DNR fisheries biologist Kirsten Hale said electrofishing surveys last fall found trout numbers slightly down after the dry summer of 2023 but still well above the long-term average.",
       "Easement signs mark where public access begins and ends, Hale reminded anglers. Several farmers along the creek reported trespassing on opening day last year."],
      ["Trout", "Fishing", "Vernon County", "DNR"], 3),
    A("environment", "Environment", "benton-family-bottled-water-nitrate-well-cost",
      "Six years of bottled water: what one Benton family pays for a well they can't drink from",
      "By Jenna Kowalczyk | May 7, 2024",
      ["Every Saturday, Carla Meier drives to the gas station in Cuba City and loads 20 gallon jugs of water into the back of her SUV. Her family of five has done it since 2018, when a test showed their well at nearly three times the federal nitrate limit.",
       "She keeps a tally in a spiral notebook on the kitchen counter. Water, so far: $4,870. A reverse-osmosis filter under the sink, installed in 2021: $1,350, plus $180 a year in cartridges.",
       "A new, deeper well would cost $28,000 to $35,000, two drillers told her. The state's well compensation program would cover a fraction, and only if the family earned less.",
       "@BG1", "@BG2",
       "\"We didn't cause this, and we can't fix it ourselves,\" Meier said. \"We just live here.\"",
       "@FACT"],
      ["Under the Surface", "Nitrate", "Private wells", "Benton"], 6, True),
    A("arts", "Arts & Culture", "mineral-point-driftless-clay-trail-shuttle",
      "Mineral Point studio tour returns with 32 stops and a new shuttle",
      "By Hannah Friedl | May 10, 2024",
      ["The Driftless Clay Trail, a self-guided tour of potters' studios in and around Mineral Point, returns May 18-19 with 32 participating artists, the most since it began in 2011.",
       "For the first time, a free shuttle will loop between downtown and the outlying studios on County Road QQ every 30 minutes, paid for by the city's room tax.",
       "Organizer Nell Pritchard said the shuttle answers complaints about parking on narrow farm roads. \"Last year we had a tour bus stuck in a driveway for an hour,\" she said.",
       "Eight of this year's artists are first-time participants, including two wood-fire potters who moved to Iowa County from Minneapolis during the pandemic.",
       "Maps are available at the chamber office on High Street and at each studio."],
      ["Mineral Point", "Pottery", "Art tours", "Iowa County"], 3),
    A("business", "Business", "soldiers-grove-grove-market-grocery-closing",
      "Soldiers Grove's only grocery store will close in June",
      "By Maren Olstad | May 14, 2024",
      ["Grove Market, the only full-service grocery store in Soldiers Grove, will close June 29 after its owners failed to find a buyer, they announced in a letter taped to the front door Monday.",
       "Owners Rick and Joanne Stellpflug, both in their late 60s, said they had listed the business for three years. \"We kept hoping,\" the letter said. \"We are tired, and we are sorry.\"",
       "The closure will leave the village of about 550 people a 25-minute drive from grocery stores in Viroqua or Richland Center.",
       "Village President Ann Skrede said the board would meet with a state rural grocery program about a cooperative model, like the one that reopened a store in Ferryville in 2019.",
       "The store's eight employees will receive two weeks' severance, the Stellpflugs said."],
      ["Soldiers Grove", "Grocery stores", "Crawford County", "Food access"], 3),
    A("news", "News", "crawford-county-sheriff-body-cameras-grant",
      "Crawford County deputies will wear body cameras by fall under federal grant",
      "By Ben Schaller | May 16, 2024",
      ["All 22 patrol deputies in the Crawford County Sheriff's Office will be equipped with body cameras by October, paid for with a $118,000 federal grant, Sheriff Dale McCullick said Wednesday.",
       "Crawford is one of the last counties in southwest Wisconsin without them. The office has had dashboard cameras in squad cars since 2009.",
       "McCullick said the cameras would protect deputies as much as the public. \"When someone says we did something we didn't do, I want to be able to show them,\" he said.",
       "The grant covers the cameras and five years of video storage. The county will pay for a part-time records clerk to handle public requests for footage, estimated at $31,000 a year.",
       "The county board's public safety committee approved the plan unanimously."],
      ["Crawford County", "Sheriff", "Body cameras", "Public safety"], 3),
    A("environment", "Environment", "well-compensation-bill-stalls-legislature",
      "Bill to help rural families replace contaminated wells stalls in Madison again",
      "By Jenna Kowalczyk | May 21, 2024",
      ["A bipartisan bill that would have raised the income limit and doubled the maximum grant under Wisconsin's well compensation program died in committee without a vote, the second session in a row it has done so.",
       "The proposal would have let households earning up to $100,000 a year qualify for grants of up to $32,000. Under current rules, few families with nitrate problems qualify at all.",
       "\"Everybody in the Capitol says they care about clean water,\" said Rep. Karen Dahl, a Platteville Republican and one of the bill's authors. \"Then it comes time to spend money and it goes to the bottom of the pile.\"",
       "The chair of the Assembly environment committee did not respond to requests for comment.",
       "@BG1", "@BG2", "@FACT"],
      ["Under the Surface", "Legislature", "Well compensation", "Nitrate"], 5, True),
    A("schools", "Schools", "platteville-students-tiny-house-veterans",
      "Platteville high schoolers build a tiny house for a homeless veteran",
      "By Hannah Friedl | May 23, 2024",
      ["The 18 students in Platteville High School's construction trades class spent the school year framing, wiring and roofing a 240-square-foot house in the parking lot behind the tech ed wing.",
       "On Friday, a flatbed will haul it to Lancaster, where a nonprofit that houses homeless veterans will place it on a lot with three others.",
       "Students install a window on the tiny house on May 20. (Hannah Friedl / The Driftless Dispatch)",
       "Junior Kaden Rettenmaier said the hardest part was the plumbing. \"You do it wrong, you find out right away,\" he said.",
       "Teacher Rob Steinhoff said the class has built a house every year since 2017. Local businesses donate most of the materials; this year's project cost the district about $3,200."],
      ["Platteville", "Veterans", "Career and technical education"], 3),
    A("health", "Health", "la-farge-volunteer-ambulance-paid-crew",
      "La Farge's volunteer ambulance squad is down to six members. Paid crews may be next.",
      "By Priya Raman | May 28, 2024",
      ["The La Farge Area Ambulance Service answered 214 calls last year with a roster of 11 volunteer EMTs. Today it has six, and two of them are over 70.",
       "At a meeting Thursday, representatives of the village and four surrounding towns will discuss hiring two full-time paramedics, a move that would more than double what each municipality pays for ambulance coverage.",
       "\"We are not going to be able to cover nights by summer,\" said squad director Jean Hauge, who has volunteered for 31 years.",
       "Rural Wisconsin has lost about a quarter of its volunteer EMS services over the past decade, according to a state survey, as members age out and younger residents commute to jobs elsewhere.",
       "Hauge said she still hopes to recruit. The squad will pay for EMT training for anyone willing to commit to two years."],
      ["La Farge", "EMS", "Volunteers", "Rural health"], 4),
    A("environment", "Environment", "darlington-dnr-listening-session-manure-rules",
      "At packed Darlington meeting, well owners press state regulators on manure rules",
      "By Jenna Kowalczyk | June 4, 2024",
      ["More than 200 people filled the Darlington High School gym Monday night for a listening session with the Department of Natural Resources on proposed changes to manure spreading rules where bedrock is shallow.",
       "The rule would extend limits already in place in northeastern Wisconsin to 15 southwestern counties, banning winter spreading on fields where bedrock lies within five feet of the surface.",
       "@BG1",
       "In the karst landscape of southwest Wisconsin, where cracked limestone lets surface water reach aquifers within days, a 2019 study of randomly selected private wells in Grant, Iowa and Lafayette counties found that more than a third of them failed federal health standards for bacteria or nitrate.",
       "Farmers at the meeting said the rule would force them to build costly storage. \"I've got 180 cows and a pit that holds four months,\" said Josh Ruf of Gratiot. \"Who pays for the rest?\"",
       "Others held up jugs of water from their wells. A woman from Shullsburg read her children's names aloud, and then their test results.",
       "The DNR will accept written comments through July 15.",
       "@FACT"],
      ["Under the Surface", "DNR", "Manure", "Darlington"], 5, True),
    A("farm-food", "Farm & Food", "vernon-county-dairy-farms-below-300",
      "Vernon County now has fewer than 300 dairy farms, half as many as a decade ago",
      "By Luis Ortega | June 6, 2024",
      ["Vernon County had 291 licensed dairy herds on June 1, according to state agriculture data, the first time the number has fallen below 300 since the state began keeping county counts.",
       "In 2014 the county had 604. Most of the farms that closed milked fewer than 100 cows, and many were Amish farms that shipped milk in cans.",
       "Several of those farms lost their market in 2022 when a cheese plant in Cashton stopped taking can milk, said extension agent Paul Nettum.",
       "The number of cows has fallen much less than the number of farms, Nettum said, because the remaining herds are larger.",
       "\"The cows are still here,\" he said. \"The neighbors aren't.\""],
      ["Dairy", "Vernon County", "Farm economy"], 3),
    A("outdoors", "Outdoors", "kickapoo-valley-reserve-trail-bridges-rebuild",
      "Kickapoo Valley Reserve to rebuild five trail bridges lost in 2018 flood",
      "By Ben Schaller | June 11, 2024",
      ["Six years after floodwaters swept them downstream, five footbridges on the Kickapoo Valley Reserve's southern trail network will be rebuilt this summer, reserve managers said.",
       "The bridges connected 14 miles of hiking, horse and ski trails between La Farge and Rockton. Since the 2018 flood, users have had to ford the river or turn back.",
       "The $1.1 million project is funded by FEMA, the state Stewardship Program and $140,000 raised by the Friends of the Kickapoo Valley Reserve.",
       "Reserve director Marcy West said the new bridges will sit three feet higher than the old ones, on concrete abutments. \"We designed these for the floods we're having now, not the ones we used to have,\" she said.",
       "Trails 4 and 5 will be closed from July 1 to Oct. 15 during construction."],
      ["Kickapoo Valley Reserve", "Trails", "Flooding", "Outdoors"], 3),
]

# ---------------------------------------------------------------- template
TOPBAR = "Donate · Newsletters · Events · Send us a tip · Search"
MENU = "News · Local Government · Environment · Farm & Food · Schools · Health · Outdoors · Arts & Culture · Opinion"
COOKIE = [
    [("cookie", "We use cookies to learn which stories readers find useful. We never sell your information."),
     ("cookie", "Accept · Decline · Cookie settings")],
    [("cookie", "This site uses cookies for basic analytics and to remember your newsletter choices. See our privacy policy."),
     ("cookie", "Got it · Manage preferences")],
]
SHARE = "Share this story: Facebook · Bluesky · X · Email · Copy link"
NEWSLETTER = [
    [("newsletter", "The Friday Dispatch"),
     ("newsletter", "One email a week with everything we published, plus the public meetings worth showing up to."),
     ("newsletter", "Your email address"),
     ("newsletter", "Sign me up")],
    [("newsletter", "Like what you're reading? Get it in your inbox every Friday morning."),
     ("newsletter", "It's free. Unsubscribe whenever you want."),
     ("newsletter", "Email"),
     ("newsletter", "Subscribe")],
]
SPONSORS = ["Kickapoo Valley Cooperative — member-owned since 1974",
            "Vernon Memorial Foundation",
            "Driftless Area Land Conservancy"]
RELATED_ALL = [3, 7, 11, 14, 0, 9, 16, 5, 2, 17, 6, 10, 13, 12, 15, 1, 8, 4]  # rotation order


def members(i):
    return 1962 + 9 * i + (i * 7) % 5


def appeal(i):
    first = ("The Dispatch has no paywall and no billionaire owner. Our reporting is paid for by the people who read it."
             if i % 2 == 0 else
             "Local news costs money to make. In the Driftless, readers are the ones paying for it.")
    out = [("appeal", first),
           ("appeal", f"{members(i):,} members and counting — help us reach 2,500 by June 30.")]
    campaign = 6 <= i <= 10
    if campaign:
        out.append(("appeal", "Spring member drive: a group of Driftless donors will match every new gift, up to $25,000, through May 31."))
    out.append(("appeal", "$8 a month · $15 a month · $30 a month · Other amount"))
    out.append(("appeal", "Double my gift" if campaign else "Join as a member"))
    return out


def related(i, art, arts):
    if art["series"]:
        others = [a for a in arts if a["series"] and a is not art]
        k = i % len(others)
        pick = (others[k:] + others[:k])[:3]
        head = "More from Under the Surface"
    else:
        pool = [arts[j] for j in RELATED_ALL if arts[j] is not art and not arts[j]["series"]]
        k = (i * 2) % len(pool)
        pick = (pool[k:] + pool[:k])[:3]
        head = "More from The Dispatch"
    return [("related", head)] + [("related", a["headline"]) for a in pick]


def readmore_target(i, art, arts):
    j = (i + 5) % 18
    if arts[j] is art:
        j = (j + 1) % 18
    return arts[j]["headline"]


def build(i, art, arts):
    L = [("navigation", "Skip to main content")]
    cookie_top = i not in (5, 12)
    if cookie_top:
        L += COOKIE[i % 2]
    L += [("navigation", "The Driftless Dispatch"),
          ("navigation", TOPBAR),
          ("navigation", MENU),
          ("navigation", f"Home › {art['label']}")]
    if art["series"]:
        L.append(("navigation", SERIES_KICKER))
    L.append((None, art["headline"]))
    L.append(("ui", f"{art['min']} min read"))
    L.append((None, art["byline"]))
    share_top = i % 6 != 4
    if share_top:
        L.append(("share", SHARE))
    if i % 3 == 1:
        secs = 60 * art["min"] + 7 * i + 11
        L += [("audio", "Listen to this story"), ("audio", f"{secs // 60}:{secs % 60:02d}")]

    body = [(None, t) for t in expand(art["body"], SERIES)]
    rm_at = 1 if len(body) <= 5 else 2
    mid_at = rm_at + 2
    nl_mid = i not in (3, 10, 15)
    if nl_mid:
        mid = NEWSLETTER[(i // 3) % 2]
    else:
        mid = [("ad", "Support for this story comes from"), ("ad", SPONSORS[i % 3])]
    if mid_at < len(body) - 1:
        body = insert_after(body, mid_at, mid)
        mid_done = True
    else:
        mid_done = False
    body = insert_after(body, rm_at, [("related", f"Read more: {readmore_target(i, art, arts)}")])
    L += body

    blocks = {}
    blocks["appeal"] = appeal(i) if i != 13 else []
    blocks["republish"] = ([("legal", "Republish this story for free. Our articles may be reprinted under a Creative Commons Attribution-NoDerivatives 4.0 license.")]
                           if i % 4 == 0 else [])
    blocks["tags"] = [("navigation", "Topics: " + ", ".join(art["tags"]))]
    blocks["related"] = related(i, art, arts)
    blocks["follow"] = [("social", "Follow @driftlessdispatch on Facebook, Instagram and Bluesky.")]
    if i in (2, 9, 14):
        blocks["comments"] = []
    elif i in (6, 16):
        blocks["comments"] = [("comments", "Comments are closed on this story.")]
    else:
        blocks["comments"] = [("comments", f"{(i * 13 + 4) % 37 + 2} comments"),
                              ("comments", "Comments are moderated and must be signed with your full name. Read our community guidelines.")]
    blocks["newsletter"] = [] if (nl_mid and mid_done) else NEWSLETTER[(i // 3 + 1) % 2]
    blocks["radio"] = ([("audio", "Hear Dispatch reporters on WDRT 91.9 FM, Tuesdays at 7:30 a.m.")]
                       if i % 5 == 2 else [])
    blocks["share"] = [] if share_top else [("share", SHARE)]
    blocks["corrections"] = [("ui", "Spot an error? Email corrections@driftlessdispatch.org")]

    variant = i % 3
    if variant == 0:
        order = ["share", "corrections", "republish", "appeal", "newsletter", "tags", "related", "radio", "follow", "comments"]
    elif variant == 1:
        order = ["tags", "share", "appeal", "related", "newsletter", "comments", "radio", "follow", "corrections"]
    else:
        order = ["republish", "related", "appeal", "tags", "follow", "newsletter", "radio", "comments", "corrections"]
    for b in order:
        L += blocks[b]

    L += [("navigation", "About · Our staff · Board · Ethics & funding · Donor list · Contact · Jobs"),
          ("legal", "© 2024 Driftless Dispatch Inc. The Driftless Dispatch is a nonprofit 501(c)(3) newsroom based in Viroqua, Wisconsin."),
          ("legal", "Privacy policy · Terms of use · Accessibility"),
          ("ui", "Back to top")]
    if not cookie_top:
        L += COOKIE[i % 2]
    return L
