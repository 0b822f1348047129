# Wrong warfarin dose on discharge
Kind: failure

## Situation
I was a junior pharmacist checking discharge prescriptions on a busy medical ward.

## Action
I approved a warfarin dose that matched the drug chart, but I had no way of knowing the consultant had changed it on that morning's ward round.

## Result
The patient went home on double the intended dose and came back in two days later.

## Lessons
I learned to read the latest ward-round notes before I sign off any anticoagulant. Since then I have checked those notes on every discharge I have screened, more than 1,500 of them.

# Untested payroll migration
Kind: failure

## Situation
I was a backend engineer at a payroll start-up, and I owned a database migration due before the new tax year.

## Action
I ran it against staging only, because there simply weren't enough hours left to rehearse it on a production copy.

## Result
The migration locked the payroll table for 40 minutes on go-live day, and 2,000 customers saw errors.

## Lessons
I learned to build a full-size rehearsal into my estimate instead of squeezing it in at the end. On my next three migrations I scheduled a production-copy rehearsal in week one, and all three ran in under five minutes.

# Frost-damaged bedding plants
Kind: failure

## Situation
I was assistant manager at a garden centre when 600 trays of bedding plants arrived a fortnight before a cold snap.

## Action
I could see the frost coming, but stopping a delivery was above my pay grade, so I had the trays set out on the open benches.

## Result
We lost 70% of the plants, a £9,000 write-off.

## Lessons
I learned to raise a risk with whoever makes the decision the moment I see it. The following spring I called the regional manager about a late-frost forecast, and we pushed two deliveries back a week.

# Benefits letters with the wrong date
Kind: failure

## Situation
I managed a 25-person benefits processing team at a county council.

## Action
When the new letter templates failed testing, it wasn't my call whether to hold the mailing, so I let the print run go ahead.

## Result
4,300 residents received letters with the wrong payment date, and our helpline took 1,200 extra calls in a week.

## Lessons
I learned that raising a concern is part of my job even when the decision belongs to someone else. On the next two mailings I sent the service director a written go/no-go note, and both went out clean.

# Wrong GCSE entries
Kind: failure

## Situation
I was head of science at a comprehensive, responsible for entering 140 students for GCSE.

## Action
I sent the entries from the previous year's spreadsheet. The exam board had changed the tier codes that year, and how on earth was I supposed to know that?

## Result
Thirty-one students sat the wrong paper, and we spent six weeks on appeals.

## Lessons
I learned to check the board's specification updates every September. Since then I have run the entries against the current code list each year, and we have had no wrong entries in three exam series.

# Black Friday at the depot
Kind: failure

## Situation
I ran a parcel depot in Northampton through the Black Friday peak.

## Action
I planned routes for the 38 vans I had, but with 55 needed there was never any way I was going to hit the delivery promise.

## Result
On-time delivery fell to 81% for the week, and two retail clients issued penalty notices.

## Lessons
I learned to model peak capacity in September and secure subcontract vans early. The next year I booked 20 subcontract vans by October, and we delivered 97% on time through peak.

# Missed contractual time limit
Kind: failure

## Situation
As a second-year associate I was preparing a claim for a construction client.

## Action
I was only following the checklist the supervising partner handed me, and there was nothing on it about the contract's shorter time limit.

## Result
We issued the claim three days after the contractual deadline, and the client lost a £180,000 claim.

## Lessons
I learned to read the contract's own time limits myself rather than rely on a checklist. On every matter since, I have diarised the contractual deadlines in my first week on the file.

# Scrap on the stamping line
Kind: failure

## Situation
I was a night-shift supervisor at an automotive stamping plant when a die started cracking door panels.

## Action
I spotted the burrs at 3am, but by that point there was nothing anyone on my shift could have done about it.

## Result
We scrapped 1,100 door panels, £40,000 of steel and press time.

## Lessons
I learned to stop the press at the first bad panel and check the die. Since then I have stopped the line on first sight of burrs four times, and none of those stops cost more than 20 panels.

# Gala on cup final night
Kind: failure

## Situation
I was events manager at a cancer charity, and our annual gala fell on the same night as a major football final.

## Action
I didn't get a vote on the date, so I went ahead and sold tables as best I could.

## Result
We sold 22 of 40 tables, and the gala lost £18,000.

## Lessons
I learned to put the trade-offs in writing to whoever sets the date. For the next two events I sent the director a one-page date analysis, and both sold out.

# Allergy reaction at a wedding
Kind: failure

## Situation
I was banqueting manager for a 180-guest wedding at a country house hotel.

## Action
I briefed the kitchen from the final table plan, but not one person had mentioned that a guest on table 9 had a severe nut allergy.

## Result
The guest reacted to the dessert and spent the night in A&E.

## Lessons
I learned to ask every couple for a signed dietary list two weeks out and to confirm it on the day. Since then I have collected that list for more than 60 weddings and checked it at the pass before each course.

# Optimistic board forecast
Kind: failure

## Situation
I was an FP&A analyst preparing the revenue forecast for a hotel group's board meeting.

## Action
I could see the occupancy assumption was too high, but I wasn't senior enough to push back on a number the CFO had set.

## Result
Revenue came in 12% below forecast, and the board cut the capital plan by £6 million.

## Lessons
I learned to put my concerns in writing with the numbers behind them, whatever my grade. On the next forecast I sent the CFO a downside case, and she included it in the board pack.

# Tailings dam reading
Kind: failure

## Situation
I was environmental superintendent at a copper mine when a piezometer on the tailings dam started reading high.

## Action
I logged the reading, but dam safety was never part of my remit, so I left it for the geotechnical team's monthly review.

## Result
Seepage reached a creek two weeks later, and the mine paid A$250,000 in clean-up costs and fines.

## Lessons
I learned to escalate any abnormal reading the same day, whoever owns the asset. Since then I have phoned the responsible engineer within the hour for each of the nine alarms I have seen.

# Savings launch clash
Kind: failure

## Situation
I was product manager for the savings feature in a mobile banking app.

## Action
Marketing announced a launch date of the 1st, and I was the last person in the building to hear about it, so I shipped what we had to meet it.

## Result
The feature went out with a broken interest calculator, and 900 customers complained in the first week.

## Lessons
I learned to set up a joint launch calendar with marketing at the start of each quarter. I have run that calendar for six quarters now, and every launch date has matched the build plan.

# Day surgery unit closure
Kind: challenge

## Situation
I was the nurse in charge of a day surgery unit when the trust closed it for three months to open winter beds.

## Task
I had to keep 30 nurses engaged and our elective patients moving.

## Action
The closure came from way above my head, so I told my team there was nothing any of us could change and found them shifts on other wards with the matron.

## Result
Eleven of the 30 nurses left during the closure, and our waiting list grew by 400 patients.

# Laying off half the company
Kind: failure

## Situation
I co-founded a B2B analytics start-up, and our bridge round fell through in March.

## Action
I laid off half the team with one week's notice. Honestly, what else was I meant to do?

## Result
We survived another nine months, but we lost our two strongest engineers and three customers.

## Lessons
I learned to keep 12 months of runway and start raising at 9. At my current company I opened our seed extension with 10 months of cash in the bank, and we closed it with 4 months to spare.

# Market-entry report for Poland
Kind: failure

## Situation
I was an engagement manager at a strategy firm, advising a fashion retailer on entering Poland.

## Action
With a fortnight to do three months of analysis, I was never going to be in a position to get the market sizing right.

## Result
Our sizing came in 35% too high, and the client cut our next engagement.

## Lessons
I learned to negotiate scope on day one when the time doesn't fit the question. On my next two projects I agreed a narrower question at kick-off, and both clients extended the work.

# Overbuying winter coats
Kind: failure

## Situation
I was a womenswear buyer for a high-street chain going into a mild autumn.

## Action
The weather data pointed to a warm season, but the final order quantity simply wasn't up to me.

## Result
We carried 40,000 unsold coats into January and marked them down by 60%.

## Lessons
I learned to bring a weather-adjusted buy to the table alongside the plan. For the next two seasons I presented a low and a high scenario at the buying meeting, and end-of-season stock fell to 8%.

# Results day crash
Kind: failure

## Situation
I was the digital service manager for a government exam results portal.

## Action
I wasn't in the loop when policy decided to release every result at 8am, so I sized the servers for the usual staggered release.

## Result
The portal went down for three hours, and 250,000 students could not see their grades.

## Lessons
I learned to ask the policy team directly about release plans instead of waiting to hear. Since then I have held a readiness review with the policy lead two months before each results day, and the last four have run without an outage.

# Half marathon water stations
Kind: failure

## Situation
I coordinated 120 volunteers for a city half marathon raising money for a homelessness charity.

## Action
On race morning half the water stations were short of volunteers, but I couldn't be in nine places at once, could I?

## Result
Three stations opened 40 minutes late, and 2,000 runners went past without water.

## Lessons
I learned to appoint a captain for each station with a reserve list. At the next two races I trained nine captains, and every station opened on time.

# Kettle recall
Kind: failure

## Situation
I was quality engineer for a small-appliance maker launching a new kettle.

## Action
I sampled 20 units from the first batch; the budget I'd been handed didn't stretch to a full thermal test, so catching the fault was never realistic.

## Result
We recalled 18,000 kettles after 14 reports of overheating bases.

## Lessons
I learned to size the test plan to the risk and argue for the budget up front. On the next product I made the case for a full thermal test to the operations director, and we found and fixed two faults before launch.
