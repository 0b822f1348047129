# Getting the fleet back in the air after the grounding
Kind: challenge

Situation: It's January, and an engine directive grounds nine of our 24 turboprops overnight.
Task: As director of maintenance, I own returning them to service before the half-term peak.
Action: The engineering crews work double shifts on the inspections, and we borrow two spare engines from a partner airline. Our planners rebuild the maintenance schedule every evening, and the stores team airfreights borescope kits from Toulouse.
Result: All nine aircraft are flying again in eleven days, and we cancel 40 flights instead of the 600 the first forecast showed.

# Scaling up vaccine fill-finish
Kind: achievement

## Situation
In 2021 our contract manufacturing site received an order to fill 30 million vaccine doses, three times its annual volume.

## Task
As site director, I was accountable for delivery to the government's schedule.

## Action
The whole site moved to a 24/7 rota within a month. The validation team qualified a second filling line in ten weeks instead of the usual six months, and quality assurance released batches in parallel with the final tests under an agreed protocol.

## Result
We shipped 31 million doses by the contract date with zero batch rejections.

# Bringing in the harvest with half the pickers
Kind: challenge

## Situation
Our soft-fruit farm lost 45% of its seasonal workforce in 2021 when visa rules changed.

## Task
I ran the farm and had to harvest 900 tonnes of strawberries before they spoiled.

## Action
Between us, the family and the remaining pickers moved to early-morning shifts, and we leased two picking rigs that carried the crews along the rows. The packhouse team switched to larger punnets to save handling time.

## Result
We picked 860 tonnes, 96% of the crop, and the season still made £210,000 in profit.

# Reopening the hotel after the flood
Kind: achievement

## Situation
A river flood put 1.2 metres of water through the ground floor of our 140-room hotel in February.

## Task
As general manager, my goal was reopening before the Easter bookings.

## Action
The maintenance team stripped and dried the ground floor, and our events staff moved every conference booking to a partner venue down the road. We kept all 85 employees on full pay and redeployed them into cleaning, painting and guest calls.

## Result
The hotel reopened in seven weeks, and we held 92% of the Easter bookings.

# Switching off the copper network in a region
Kind: achievement

## Situation
Our telecoms company had to move 60,000 customers in one region from copper lines to fibre before the exchange closed.

## Task
I was programme director for the region.

## Action
The team wrote to every household twice and called the 4,000 customers with telecare alarms individually. Our engineers fitted battery back-up units for vulnerable customers, and we ran weekend drop-in sessions at seven libraries.

## Result
All 60,000 lines migrated four weeks ahead of the closure date, with no telecare alarm losing service.

# Breaking the council spending story
Kind: achievement

## Situation
A tip suggested our county council had paid £9 million to a consultancy with no tender.

## Task
As investigations editor, I owned the story and its legal risk.

## Action
The newsroom filed 40 freedom-of-information requests, and our data reporters matched the payments against company accounts. We put every allegation to the council and the firm ten days before publication, and the lawyers read each draft twice.

## Result
The series ran over five days, the council suspended the contract within a week, and the story won a regional press award.

# Raising safety standards underground
Kind: achievement

## Situation
Our copper mine recorded a lost-time injury rate of 2.4 per million hours, twice the industry average.

## Task
As general manager, I had a board target of halving it within two years.

## Action
The supervisors held a ten-minute safety talk at the start of every shift, and we replaced the oldest loaders with vehicles fitted with proximity sensors. The crews reported near misses through a new app, and the safety team reviewed every report within 24 hours.

## Result
The injury rate fell to 0.9 within 20 months, and near-miss reports rose from 30 a month to 210.

# Winning the class action defence
Kind: achievement

## Situation
Our client, a car maker, faced a £400 million group claim over emissions software.

## Task
As lead partner, I was responsible for the defence strategy.

## Action
Our litigation group reviewed 1.3 million documents with predictive coding, and we commissioned two independent engineering experts. The trial team narrowed the claim to three test cases and argued causation first.

## Result
The court dismissed 80% of the claims at the preliminary stage, and the client settled the rest for £22 million.

# Rebuilding the academy's pathway
Kind: achievement

## Situation
Our rugby club's academy had produced only one first-team player in five years.

## Task
As director of rugby, I owned the pathway.

## Action
The coaching staff built a single playing style from under-14s to the first team, and we put academy players into first-team training every Thursday. The strength and conditioning group set individual plans for all 48 players.

## Result
Within three seasons, seven academy graduates had made first-team debuts, and the club saved £600,000 a year on signings.

# A game launch that crashed on day one
Kind: failure

## Situation
Our studio launched its first online multiplayer game in 2020, expecting 50,000 players in the first week.

## Action
We sized the servers for the forecast and left matchmaking load tests until the last fortnight. The team disabled cross-play and added queueing once the crashes started.

## Result
210,000 players arrived on day one, servers crashed for 30 hours, and refunds cost £380,000.

## Lessons
I had set the capacity plan from a marketing forecast I never challenged. On our next two launches I insisted on load tests at ten times the forecast eight weeks out, and both held their first-day peaks.

# Moving the university to online exams
Kind: achievement

## Situation
In March 2020, our university had five weeks to move 1,100 exams online for 22,000 students.

## Task
As pro-vice-chancellor for education, I was accountable for every exam going ahead.

## Action
The academic staff rewrote closed-book papers as 24-hour open-book assessments, and the IT team load-tested the platform for 8,000 simultaneous users. We set up a help line staffed around the clock across three time zones.

## Result
98% of exams ran on schedule, and complaints fell from 160 the previous year to 45.

# Handing over the hospital wing on time
Kind: achievement

## Situation
Our construction firm was six weeks behind on a £60 million hospital wing, with a fixed handover date.

## Task
I was the project director.

## Action
The site team resequenced the fit-out floor by floor, and we brought the mechanical and electrical commissioning forward in parallel. Our subcontractors moved to two shifts, and the client's estates team joined daily snagging walks.

## Result
We handed over on the contract date, avoided £1.8 million in damages, and the wing opened to patients a week later.
