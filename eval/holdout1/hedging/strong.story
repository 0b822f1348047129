# Recovering punctuality for the August peak
Kind: achievement

Situation: It's summer 2022, and our charter airline's on-time performance has dropped to 52%.
Task: As chief operating officer, I own recovering punctuality before the August peak.
Action: I wet-lease two aircraft with crew and move maintenance checks out of the peak weeks rather than run the fleet without spare capacity. Bex, our operations control manager, builds a daily recovery plan for every delayed rotation, and I chair the 6 a.m. call that signs it off.
Result: On-time performance reaches 81% in August, and compensation claims fall by £3.1 million against the previous summer.

# Locking the trial database in seven weeks
Kind: achievement

## Situation
Our oncology trial's database lock was scheduled for 14 weeks after the last patient visit.

## Task
As head of data management, I had to cut that to eight weeks.

## Action
I moved query resolution into the live phase of the trial and cut the data checks from 900 to 340, keeping every check tied to a primary endpoint. Agnieszka, our lead data manager, ran weekly cleaning sprints with each site.

## Result
We locked the database in seven weeks, bringing the submission forward by a quarter.

# Outdoor lambing in a late snow
Kind: failure

## Situation
I run a 1,200-ewe hill farm in the Yorkshire Dales, and in 2021 I moved lambing outdoors to save on housing costs.

## Action
I set the dates from the previous year's calendar without checking the long-range forecast.

## Result
A late snowstorm hit in the second week, and we lost 180 lambs, £22,000 of income.

## Lessons
I saved on housing and risked the flock on the weather. The next spring I kept the first-time mothers indoors and moved outdoor lambing two weeks later, and losses fell to 40 lambs.

# A supplement that saved Saturday
Kind: achievement

## Situation
Our regional paper's Saturday edition had lost 30% of its sales in three years.

## Task
As editor, I had to reverse the decline.

## Action
I launched a 48-page food and walks supplement and rebuilt the Saturday paper around it. Gwen, our features editor, commissioned local writers, including a walking guide to the Hope Valley line that became our best-selling issue. Our advertising manager sold sponsorship to three farm shops.

## Result
Saturday sales rose 14% in six months, and the supplement brought in £260,000 of new advertising in its first year.

# Fewer wasted engineer visits
Kind: achievement

## Situation
Our fibre network logged 3,800 faults a month, and 40% of engineer visits found no fault at the property.

## Task
As head of network operations, I owned cutting faults and wasted visits.

## Action
I brought in remote line testing before every visit, checking the line's error rate in bits per second, and changed engineers' targets from visits to fixes. Our field managers retrained 300 engineers in three weeks.

## Result
Faults fell to 2,600 a month, and no-fault visits dropped from 40% to 12%, saving £4.2 million a year.

# A £118 million arbitration award
Kind: achievement

## Situation
Our client, an engineering contractor, was claiming £160 million from a Gulf state developer in arbitration.

## Task
As lead counsel, I owned the case strategy.

## Action
I narrowed the claim to the six strongest heads and chose delay experts to lead. Our associates built a chronology of 40,000 documents, and I cross-examined the developer's programme expert on a little-used clause in the contract that shifted the delay risk.

## Result
The tribunal awarded £118 million plus costs, the largest award in the firm's history.

# Producing county cricketers again
Kind: achievement

## Situation
Our cricket county had produced two England players in 20 years, and membership was falling.

## Task
As director of cricket, I owned the pathway.

## Action
I set up a winter academy, partnered with six state schools, and put every coach on one development plan. Marcus, head of the academy, wrote individual plans for each player, and two local businesses supported the academy with kit and transport in kind.

## Result
Within four seasons, 11 academy players made first-team debuts and three played for England Lions.

# Pricing the ground risk
Kind: failure

## Situation
As commercial director at a regional contractor, I priced a £28 million school under a design-and-build contract.

## Action
I took the ground-condition risk without commissioning new boreholes. The old site survey seemed sound; it was twelve years old, and I never asked who had written it.

## Result
We hit rock under two of the blocks, and the project lost £2.3 million.

## Lessons
I accepted a risk I had not measured. On the next two design-and-build bids I paid for site investigation before pricing, and both made their planned 4% margin.

# A tutorial that keeps players
Kind: achievement

## Situation
Our mobile strategy game kept 18% of new players after the first week.

## Task
As game director, I owned week-one retention.

## Action
I rebuilt the tutorial and added a daily quest chain that gave new players a reason to return. Yusuf, our data analyst, ran A/B tests on every change, and I cut two features the tests showed players were supposed to love and never used.

## Result
Week-one retention rose to 31%, and monthly revenue grew by £420,000.

# Halving accommodation complaints
Kind: achievement

## Situation
Our university received 2,300 maintenance complaints a term from 6,000 student residents.

## Task
As director of residential life, I had a year to halve them.

## Action
I introduced a reporting app and set response-time targets for the maintenance contractor, with penalties for repeat visits. Our residence managers held weekly drop-ins in every hall, and I read the full complaint log every Monday to see what kinds of faults kept returning.

## Result
Complaints fell to 950 a term, and satisfaction with accommodation rose from 61% to 84%.

# A fixed price in a rising market
Kind: failure

## Situation
As head of procurement at a utility, I ran a tender for 200 megawatts of solar capacity.

## Action
I set a fixed price ceiling at the start with no link to panel prices.

## Result
Panel prices rose 25% during the tender, four of six bidders withdrew, and we restarted six months later.

## Lessons
I fixed a price in a volatile market. In the next tender I linked the price to a published panel index, and all five bidders stayed in to the end.

# Turning the spa into a profit centre
Kind: achievement

## Situation
Our country-house hotel's spa lost £180,000 a year and had the lowest guest ratings of any department.

## Task
As general manager, I had to make it profitable.

## Action
I cut the treatment menu from 40 to 14, switched to a single product house, and opened the spa to local day members. Rosa, our spa manager, retrained the therapists and changed the feel of the treatment rooms with new lighting and music.

## Result
The spa made £90,000 profit in its first year, and its guest rating rose from 3.8 to 4.6.
