# Returning nine turboprops to service
Kind: challenge

Situation: It's January, and an engine directive grounds nine of our 24 turboprops overnight.
Task: As director of maintenance, I own getting them back before the half-term peak.
Action: The engineering crews work double shifts on the inspections. I call the chief executive of a partner airline that night and borrow two spare engines, and I rebuild the maintenance schedule with our planners every evening. We airfreight borescope kits from Toulouse.
Result: All nine aircraft fly again in eleven days, and we cancel 40 flights instead of the forecast 600.

# Tripling fill-finish output
Kind: achievement

## Situation
In 2021 our contract manufacturing site took an order for 30 million vaccine doses, three times its annual volume.

## Task
As site director, I owned delivery to the government's schedule.

## Action
I moved the site to a 24/7 rota within a month and negotiated the parallel-release protocol with the regulator. The validation team qualified a second filling line in ten weeks, and I reviewed every batch record with quality assurance before release.

## Result
We shipped 31 million doses by the contract date with zero batch rejections.

# A strawberry harvest with half the crew
Kind: challenge

## Situation
Our soft-fruit farm lost 45% of its seasonal workforce in 2021 after a change in visa rules.

## Task
I ran the farm and had 900 tonnes of strawberries to pick before they spoiled.

## Action
I moved everyone to early-morning shifts and leased two picking rigs that carried the crews along the rows. We switched the packhouse to larger punnets, which I agreed with our two supermarket buyers in advance.

## Result
We picked 860 tonnes, 96% of the crop, and the season made £210,000 in profit.

# Reopening after the river flood
Kind: achievement

## Situation
A February flood put 1.2 metres of water through the ground floor of our 140-room hotel.

## Task
As general manager, I had to reopen before Easter.

## Action
I kept all 85 employees on full pay and redeployed them into cleaning, painting and guest calls. The maintenance team stripped and dried the ground floor while I negotiated the insurance advance, and we moved every conference booking to a partner venue nearby.

## Result
The hotel reopened in seven weeks, and we held 92% of the Easter bookings.

# Closing a copper exchange without losing a telecare line
Kind: achievement

## Situation
Our telecoms company had to move 60,000 customers in one region from copper to fibre before the exchange closed.

## Task
I was programme director for the region.

## Action
We wrote to every household twice. I insisted on calling the 4,000 customers with telecare alarms individually and set the rule that no line with an alarm moved without a battery back-up fitted. Our engineers fitted the units, and I hosted three of the weekend library sessions.

## Result
All 60,000 lines migrated four weeks early, and every telecare alarm kept service.

# The consultancy payments investigation
Kind: achievement

## Situation
A tip suggested our county council had paid £9 million to a consultancy without a tender.

## Task
As investigations editor, I owned the story and its legal risk.

## Action
I drafted the 40 freedom-of-information requests, and our data reporters matched the payments against company accounts. We put every allegation to the council ten days before publication, and I went through each draft line by line with the lawyers.

## Result
The series ran over five days, and the council suspended the contract within a week.

# Halving injuries at the copper mine
Kind: achievement

## Situation
Our mine's lost-time injury rate was 2.4 per million hours, twice the industry average.

## Task
As general manager, I had two years to halve it.

## Action
I started a ten-minute safety talk at the start of every shift and led the first one on each crew myself. We replaced the oldest loaders with sensor-equipped vehicles, and I read every near-miss report the crews filed through the new app for the first six months.

## Result
The injury rate fell to 0.9 within 20 months, and near-miss reports rose from 30 a month to 210.

# Narrowing a group emissions claim
Kind: achievement

## Situation
Our client, a car maker, faced a £400 million group claim over emissions software.

## Task
As lead partner, I set the defence strategy.

## Action
I decided to narrow the claim to three test cases and argue causation first. The litigation team reviewed 1.3 million documents with predictive coding, and I chose and briefed the two independent engineering experts.

## Result
The court dismissed 80% of the claims at the preliminary stage, and the client settled the rest for £22 million.

# Building a home-grown first team
Kind: achievement

## Situation
Our rugby club's academy had produced one first-team player in five years.

## Task
As director of rugby, I owned the pathway.

## Action
I set a single playing style from under-14s to the first team, and I put academy players into first-team training every Thursday. The coaching staff rewrote their sessions around it, and we gave all 48 players individual strength plans.

## Result
Within three seasons seven academy graduates had debuted, saving £600,000 a year on signings.

# Underestimating launch-day load
Kind: failure

## Situation
Our studio launched its first multiplayer game in 2020 expecting 50,000 players in week one.

## Action
I signed off a server plan sized to the marketing forecast and left load tests until the last fortnight. When crashes started, we added queueing and I took the call to disable cross-play.

## Result
210,000 players arrived on day one, the servers crashed for 30 hours, and refunds cost £380,000.

## Lessons
I had never challenged the forecast. On our next two launches I required load tests at ten times forecast eight weeks out, and both held their first-day peaks.

# Moving a university's exams online in five weeks
Kind: achievement

## Situation
In March 2020, our university had five weeks to move 1,100 exams online for 22,000 students.

## Task
As pro-vice-chancellor for education, I was accountable for every exam going ahead.

## Action
I ruled that every closed-book paper would become a 24-hour open-book assessment, and the academic staff rewrote them. The IT team load-tested the platform for 8,000 users, and I set up a round-the-clock help line across three time zones.

## Result
98% of exams ran on schedule, and complaints fell from 160 to 45.

# Recovering six weeks on the hospital wing
Kind: achievement

## Situation
Our firm was six weeks behind on a £60 million hospital wing with a fixed handover date.

## Task
I was the project director.

## Action
I resequenced the fit-out floor by floor and brought commissioning forward in parallel. We moved our subcontractors to two shifts, and I invited the client's estates team onto daily snagging walks so we fixed each defect the day we spotted it.

## Result
We handed over on the contract date and avoided £1.8 million in damages.
