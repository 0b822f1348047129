# Getting the delayed aircraft back on schedule
Kind: achievement

Situation: It's summer 2022, and our charter airline's on-time performance has dropped to 52%.
Task: As chief operating officer, I own recovering punctuality before the August peak.
Action: I reckon the biggest lever is spare capacity, so I wet-lease two aircraft with crew and move maintenance checks out of the peak weeks. Our operations control manager, Bex, builds a daily recovery plan for every delayed rotation.
Result: On-time performance reaches 81% in August, and compensation claims fall by £3.1 million against the previous summer.

# Speeding up the clinical trial database lock
Kind: achievement

## Situation
Our oncology trial's database lock was scheduled for 14 weeks after the last patient visit, holding up the regulatory submission.

## Task
As head of data management, I had to cut that to eight weeks.

## Action
I moved query resolution into the trial's live phase and, if I'm honest, I was a little bit ruthless about which data checks we kept. Our lead data manager, Agnieszka, set up weekly cleaning sprints with each site.

## Result
We locked the database in seven weeks, bringing the submission forward by seven weeks and the projected launch by a full quarter.

# Lambing losses on the hill farm
Kind: failure

## Situation
I run a 1,200-ewe hill farm in the Yorkshire Dales and, in 2021, I moved lambing outdoors to save on housing costs.

## Action
I chose the dates from the previous year's calendar and, presumably because I was busy, did not check the long-range forecast.

## Result
A late snowstorm hit in the second week, and we lost 180 lambs, roughly £22,000 of income.

## Lessons
I saved money on housing and risked the flock on the weather. The next spring I kept the first-time mothers indoors and moved outdoor lambing two weeks later, and losses fell to 40 lambs.

# Launching the paper's weekend supplement
Kind: achievement

## Situation
Our regional paper's Saturday edition had lost 30% of its sales in three years.

## Task
As editor, I had to reverse the decline.

## Action
I launched a 48-page food and walks supplement and, in some ways, rebuilt the Saturday paper around it. Our features editor, Gwen, commissioned local writers, and our advertising manager sold sponsorship to three farm shops.

## Result
Saturday sales rose 14% in six months, and the supplement brought in £260,000 of new advertising in its first year.

# Cutting dropped connections on the broadband network
Kind: achievement

## Situation
Our fibre network had 3,800 customer faults a month, and 40% of engineer visits found no fault at the property.

## Task
As head of network operations, I owned cutting faults and wasted visits.

## Action
I brought in remote line testing before every visit and changed the engineers' targets from visits to fixes, which apparently went down well. Our field managers retrained 300 engineers in three weeks.

## Result
Faults fell to 2,600 a month, and no-fault visits dropped from 40% to 12%, saving £4.2 million a year.

# Winning the firm's biggest arbitration
Kind: achievement

## Situation
Our client, an engineering contractor, was claiming £160 million from a Gulf state developer in arbitration.

## Task
As lead counsel, I owned the case strategy.

## Action
I narrowed the claim to the six strongest heads and chose delay experts rather than quantum experts to lead. Our associates built a chronology of 40,000 documents, and I'd like to think my cross-examination of their programme expert made the difference.

## Result
The tribunal awarded £118 million plus costs, the largest award in the firm's history.

# Rebuilding the club's academy
Kind: achievement

## Situation
Our cricket county had produced two England players in 20 years, and membership was falling.

## Task
As director of cricket, I owned the pathway.

## Action
I set up a winter academy, partnered with six state schools, and put our coaching staff on a shared development plan, give or take a few details. The head of the academy, Marcus, ran individual plans for every player.

## Result
Within four seasons, 11 academy players made first-team debuts and three played for England Lions.

# The building contract we underpriced
Kind: failure

## Situation
As commercial director at a regional contractor, I priced a £28 million school building under a design-and-build contract.

## Action
I took the design risk on the ground conditions without commissioning new boreholes, which seemingly looked fine at the time.

## Result
We hit unexpected rock under two of the blocks, and the project lost £2.3 million.

## Lessons
I accepted a risk I had not measured. On the next two design-and-build bids I paid for site investigation before pricing, and both made their planned margin of 4%.

# The game update that fixed retention
Kind: achievement

## Situation
Our mobile strategy game kept only 18% of new players after the first week.

## Task
As game director, I owned week-one retention.

## Action
I rebuilt the tutorial and added a daily quest chain that, for the most part, gave new players a reason to come back. Our data analyst, Yusuf, ran the A/B tests on every change.

## Result
Week-one retention rose to 31%, and monthly revenue grew by £420,000.

# Fixing the university's student accommodation complaints
Kind: achievement

## Situation
Our university received 2,300 maintenance complaints a term from its 6,000 student residents.

## Task
As director of residential life, I had a year to halve complaints.

## Action
I introduced an online reporting app and set response-time targets for the maintenance contractor, which in theory covered everything. Our residence managers held weekly drop-ins in every hall.

## Result
Complaints fell to 950 a term, and student satisfaction with accommodation rose from 61% to 84%.

# A solar tender that stalled
Kind: failure

## Situation
As head of procurement at a utility, I ran a tender for 200 megawatts of solar capacity.

## Action
I set a fixed price ceiling at the start and, I'd hope, communicated it clearly to bidders.

## Result
Panel prices rose 25% during the tender, four of six bidders withdrew, and we restarted the process six months later.

## Lessons
I fixed a price in a volatile market without any indexation. In the next tender I linked the price to a published panel index, and all five bidders stayed in to the end.

# Reopening the hotel spa
Kind: achievement

## Situation
Our country-house hotel's spa was losing £180,000 a year and had the lowest guest ratings of any department.

## Task
As general manager, I had to make it profitable.

## Action
I cut the treatment menu from 40 to 14, switched to a single product house, and opened the spa to local day members, which was a tad risky. Our spa manager, Rosa, retrained the therapists on the new treatments.

## Result
The spa made a profit of £90,000 in the first year, and its guest rating rose from 3.8 to 4.6.
