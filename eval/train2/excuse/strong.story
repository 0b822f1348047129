# Wrong warfarin dose on discharge
Kind: failure

## Situation
I was a junior pharmacist checking discharge prescriptions on a busy medical ward.

## Action
I approved a warfarin dose that matched the drug chart, and I didn't open that morning's ward-round notes, where the consultant had halved it.

## Result
The patient went home on double the intended dose and came back in two days later.

## Lessons
I learned to read the latest ward-round notes before I sign off any anticoagulant. Since then I have checked those notes on every discharge I have screened, more than 1,500 of them.

# Untested payroll migration
Kind: failure

## Situation
I was a backend engineer at a payroll start-up, and I owned a database migration due before the new tax year.

## Action
I ran it against staging only, because my estimate had left no time to rehearse it on a production copy.

## Result
The migration locked the payroll table for 40 minutes on go-live day, and 2,000 customers saw errors.

## Lessons
I learned to build a full-size rehearsal into my estimate instead of squeezing it in at the end. On my next three migrations I scheduled a production-copy rehearsal in week one, and all three ran in under five minutes.

# Frost-damaged bedding plants
Kind: failure

## Situation
I was assistant manager at a garden centre when 600 trays of bedding plants arrived a fortnight before a cold snap.

## Action
Stopping a delivery needed the regional manager's sign-off, and although I could see the frost coming, I never picked up the phone to him.

## Result
We lost 70% of the plants, a £9,000 write-off.

## Lessons
I learned to raise a risk with whoever makes the decision the moment I see it. The following spring I called the regional manager about a late-frost forecast, and we pushed two deliveries back a week.

# Benefits letters with the wrong date
Kind: failure

## Situation
I managed a 25-person benefits processing team at a county council.

## Action
When the new letter templates failed testing, the decision to hold the mailing sat with the service director, and I didn't put my test results in front of her before she made it.

## Result
4,300 residents received letters with the wrong payment date, and our helpline took 1,200 extra calls in a week.

## Lessons
I learned that raising a concern is part of my job even when the decision belongs to someone else. On the next two mailings I sent the director a written go/no-go note, and both went out clean.

# Wrong GCSE entries
Kind: failure

## Situation
I was head of science at a comprehensive, responsible for entering 140 students for GCSE.

## Action
I sent the entries from the previous year's spreadsheet. Why didn't I check the exam board's new tier codes? Because I assumed nothing had changed, and that assumption was mine.

## Result
Thirty-one students sat the wrong paper, and we spent six weeks on appeals.

## Lessons
I learned to check the board's specification updates every September. Since then I have run the entries against the current code list each year, and we have had no wrong entries in three exam series.

# Black Friday at the depot
Kind: challenge

## Situation
I ran a parcel depot in Northampton through the Black Friday peak, with 38 vans against the 55 the volume needed.

## Task
I had to protect the delivery promise for our two largest retail clients.

## Action
I agreed with both clients to move 15% of their non-urgent parcels to next-day, and I hired 12 subcontract vans with our transport planner.

## Result
We delivered 96% on time for the week and kept both contracts.

# Missed contractual time limit
Kind: failure

## Situation
As a second-year associate I was preparing a claim for a construction client.

## Action
I worked from the firm's standard checklist, which had nothing on the contract's shorter time limit, and I didn't read the contract's own terms myself, which was my job.

## Result
We issued the claim three days after the contractual deadline, and the client lost a £180,000 claim.

## Lessons
I learned to read the contract's own time limits myself rather than rely on a checklist. On every matter since, I have diarised the contractual deadlines in my first week on the file.

# Scrap on the stamping line
Kind: failure

## Situation
I was a night-shift supervisor at an automotive stamping plant when a die started cracking door panels.

## Action
I spotted the burrs at 3am and kept the press running for another hour while I waited for maintenance, and that hour was my decision.

## Result
We scrapped 1,100 door panels, £40,000 of steel and press time.

## Lessons
I learned to stop the press at the first bad panel and check the die. Since then I have stopped the line on first sight of burrs four times, and none of those stops cost more than 20 panels.

# Gala on cup final night
Kind: failure

## Situation
I was events manager at a cancer charity, and our annual gala fell on the same night as a major football final.

## Action
The trustees chose the date, and I saw the clash in January but didn't raise it with them until the invitations had gone out.

## Result
We sold 22 of 40 tables, and the gala lost £18,000.

## Lessons
I learned to put the trade-offs in writing to whoever sets the date. For the next two events I sent the director a one-page date analysis, and both sold out.

# Allergy reaction at a wedding
Kind: failure

## Situation
I was banqueting manager for a 180-guest wedding at a country house hotel.

## Action
I briefed the kitchen from the final table plan, which had no allergy notes, and I hadn't asked the couple for a separate dietary list.

## Result
A guest on table 9 reacted to the nuts in the dessert and spent the night in A&E.

## Lessons
I learned to ask every couple for a signed dietary list two weeks out and to confirm it on the day. Since then I have collected that list for more than 60 weddings and checked it at the pass before each course.

# Challenging the board forecast
Kind: challenge

## Situation
I was an FP&A analyst preparing the revenue forecast for a hotel group's board meeting, and the CFO had set an occupancy assumption of 82%.

## Task
I wasn't senior enough to change the number, so my job was to make sure the board saw the risk.

## Action
I built a downside case from three years of booking data and walked the CFO through it two days before the pack closed.

## Result
She added my case to the board pack, and the board phased £6 million of capital spend, which protected the group when occupancy came in at 71%.

# Tailings dam reading
Kind: failure

## Situation
I was environmental superintendent at a copper mine when a piezometer on the tailings dam started reading high.

## Action
Dam safety sat with the geotechnical team, but the reading was in front of me and I should have phoned them that day instead of logging it for their monthly review.

## Result
Seepage reached a creek two weeks later, and the mine paid A$250,000 in clean-up costs and fines.

## Lessons
I learned to escalate any abnormal reading the same day, whoever owns the asset. Since then I have phoned the responsible engineer within the hour for each of the nine alarms I have seen.

# Savings launch clash
Kind: failure

## Situation
I was product manager for the savings feature in a mobile banking app.

## Action
I heard about marketing's launch date late because I had stopped going to their planning meeting, and I shipped what we had to meet it.

## Result
The feature went out with a broken interest calculator, and 900 customers complained in the first week.

## Lessons
I learned to set up a joint launch calendar with marketing at the start of each quarter. I have run that calendar for six quarters now, and every launch date has matched the build plan.

# Day surgery unit closure
Kind: challenge

## Situation
I was the nurse in charge of a day surgery unit when the trust closed it for three months to open winter beds.

## Task
Reversing the closure was not in my power, so I focused on keeping 30 nurses together and our elective patients moving.

## Action
I held a weekly team meeting, agreed a rotation into theatres with the theatre manager, and ran two weekend lists at a partner hospital.

## Result
Two of the 30 nurses left during the closure, and the waiting list grew by 40 patients instead of the 400 we had forecast.

# Laying off half the company
Kind: failure

## Situation
I co-founded a B2B analytics start-up, and our bridge round fell through in March.

## Action
I laid off half the team with one week's notice, because I had let our runway fall to six weeks before I started raising.

## Result
We survived another nine months, but we lost our two strongest engineers and three customers.

## Lessons
I learned to keep 12 months of runway and start raising at 9. At my current company I opened our seed extension with 10 months of cash in the bank, and we closed it with 4 months to spare.

# Market-entry report for Poland
Kind: failure

## Situation
I was an engagement manager at a strategy firm, advising a fashion retailer on entering Poland.

## Action
I had a fortnight for three months of analysis, and I accepted that timeline without narrowing the question.

## Result
My sizing came in 35% too high, and the client cut our next engagement.

## Lessons
I learned to negotiate scope on day one when the time doesn't fit the question. On my next two projects I agreed a narrower question at kick-off, and both clients extended the work.

# Overbuying winter coats
Kind: failure

## Situation
I was a womenswear buyer for a high-street chain going into a mild autumn.

## Action
The final order quantity was the trading director's decision, and I brought her the weather data a week after she had signed the order.

## Result
We carried 40,000 unsold coats into January and marked them down by 60%.

## Lessons
I learned to bring a weather-adjusted buy to the table alongside the plan. For the next two seasons I presented a low and a high scenario at the buying meeting, and end-of-season stock fell to 8%.

# Results day crash
Kind: failure

## Situation
I was the digital service manager for a government exam results portal.

## Action
I sized the servers for the usual staggered release without confirming the plan with the policy team, who had moved every result to 8am.

## Result
The portal went down for three hours, and 250,000 students could not see their grades.

## Lessons
I learned to ask the policy team directly about release plans instead of waiting to hear. Since then I have held a readiness review with the policy lead two months before each results day, and the last four have run without an outage.

# Half marathon water stations
Kind: achievement

## Situation
I coordinated 120 volunteers for a city half marathon raising money for a homelessness charity.

## Task
I couldn't run nine water stations myself, so I needed leaders on the ground.

## Action
I recruited a captain for each station from the charity's regular volunteers and trained them with the race director a week before.

## Result
All nine stations opened on time, and 4,000 runners finished with no heat cases.

# Kettle recall
Kind: failure

## Situation
I was quality engineer for a small-appliance maker launching a new kettle.

## Action
My test budget covered 20 units, and I didn't argue for the full thermal test I knew the design needed.

## Result
We recalled 18,000 kettles after 14 reports of overheating bases.

## Lessons
I learned to size the test plan to the risk and argue for the budget up front. On the next product I made the case for a full thermal test to the operations director, and we found and fixed two faults before launch.
