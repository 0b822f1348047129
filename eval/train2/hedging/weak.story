# Discharge lounge
Kind: achievement
## Situation
Our hospital's beds were blocked every morning by patients waiting for discharge medicines.
## Task
As a pharmacy team leader I was asked to speed up discharges.
## Action
I basically moved two pharmacists onto the wards from 8 am and agreed a discharge-medicines cut-off with the ward managers.
## Result
Median time from decision to discharge fell from 6 hours to 3.

# Dust suppression
Kind: achievement
Situation: Our quarry kept breaching its dust limits in dry weather, and the neighbours had complained to the council.
Task: I was asked, as environmental officer, to bring us back within the permit.
Action: I worked with the plant manager on water sprays at the crusher and I sort of rescheduled the blasting to calmer hours.
Result: We had 1 exceedance in the next 12 months, down from 9.

# Click and collect
Kind: achievement
## Situation
Our DIY chain's click-and-collect orders were often not ready when customers arrived.
## Task
I guess my job as operations lead was to make the promise reliable.
## Action
I set up a picking slot every hour with the store managers and added a text to customers once the order was packed.
## Result
Orders ready on arrival rose from 72% to 96%.

# Flaky tests
Kind: challenge
## Situation
Our mobile team's test suite failed at random about one run in four.
## Task
As tech lead I needed the build trustworthy again before the spring release.
## Action
I tracked every failure for two weeks with our QA engineer and rewrote the 14 worst tests, if that makes sense.
## Result
Random failures dropped to 1 run in 50.

# Maths intervention
Kind: achievement
## Situation
In our secondary school, 40 Year 11 pupils were predicted to miss a pass in maths.
## Task
As head of maths I had to lift their grades before the exams.
## Action
I ran small-group sessions with two colleagues, and I'd like to think I picked the right topics for each group.
## Result
31 of the 40 passed.

# Food parcel logistics
Kind: achievement
## Situation
Our food bank's volunteers spent Saturday mornings queuing to pack parcels.
## Task
I was asked to redesign the packing as logistics volunteer.
## Action
I laid out a packing line with the warehouse lead and pre-bagged the dry goods on Fridays.
## Result
Packing time was more or less halved, from four hours to two, and we served 60 more families each week.

# Passport appointments
Kind: challenge
## Situation
Our passport office had a 10-week wait for appointments before the summer rush.
## Task
I think my role as area manager was to get the wait under four weeks.
## Action
I opened evening slots with the union reps and moved 6 staff from back office to the counters.
## Result
The wait fell to 3 weeks by June.

# Tooling changeover
Kind: achievement
## Situation
Changeovers on our stamping press took most of a shift.
## Task
As production engineer I led a quick-changeover project.
## Action
I filmed the changeover with the setters, and we kind of moved every task we could to before the press stopped.
## Result
Changeover time fell from 5 hours to 50 minutes.

# Pro bono clinic
Kind: achievement
## Situation
Our law firm's pro bono housing clinic could only see 10 tenants a week.
## Task
As the associate running it I wanted to double that.
## Action
I trained 8 trainee solicitors with a supervising partner, and in a way I turned the clinic into a triage service.
## Result
We now see 24 tenants a week.

# Credit decisioning
Kind: achievement
## Situation
Our lender took five days to decide on small-business loans.
## Task
As credit risk manager I had to bring that down.
## Action
I built a scorecard with the data science team and let underwriters approve loans under £50,000 on the score.
## Result
Decisions on small loans now take 1 day, and defaults are pretty much unchanged at 2.1%.

# Cross-dock layout
Kind: achievement
## Situation
At our cross-dock, trailers sat in the yard for hours waiting for a door.
## Task
As site manager I had to cut trailer dwell time.
## Action
I reassigned the doors by destination with the shift leads and set up a booking system for carriers.
## Result
Average dwell time went from 5 hours to 90 minutes, I suppose.

# Breakfast service
Kind: achievement
## Situation
Our 200-room hotel had long queues at breakfast on weekend mornings.
## Task
As food and beverage manager I had to get guests seated faster.
## Action
I feel like the big change was opening a second buffet station, which I set up with the head chef.
## Result
Peak wait for a table dropped from 20 minutes to 5.

# Underwriting backlog
Kind: challenge
## Situation
Our insurance underwriting team had 900 cases waiting after two people left.
## Task
As team manager I had to clear them without losing quality.
## Action
I split the cases by complexity with my senior underwriter and, to some extent, I took the simple ones myself.
## Result
We cleared the backlog in 6 weeks with a 1.5% error rate on audit.

# Safety induction
Kind: achievement
## Situation
On our power-station construction site, new workers waited two days for a safety induction.
## Task
As the HSE lead I had to get people inducted on their first morning.
## Action
I recorded the induction video with the client's safety manager and set up a daily 7 am session.
## Result
Arguably the main win was that new starters were on the tools by 10 am on day 1, saving about £40,000 in idle time.

# Donor CRM
Kind: achievement
## Situation
Our arts charity kept donor records in six separate spreadsheets.
## Task
As development manager I led the move to one CRM.
## Action
I cleaned the data with a volunteer analyst and, you know, trained the 5 fundraisers on the new system myself.
## Result
We merged 14,000 records and cut duplicate mailings by 80%.

# Stock count
Kind: achievement
## Situation
Our pharmacy chain's annual stock count closed every branch for a day.
## Task
As regional manager I was asked to find a way to count without closing.
## Action
I introduced rolling cycle counts with the 12 branch managers, counting one section a week.
## Result
Stock accuracy probably went up, from 91% to 98%, and no branch closed for counting that year.

# Apprentice scheme
Kind: achievement
## Situation
Our engineering firm struggled to hire maintenance technicians.
## Task
As HR business partner I set up an apprenticeship scheme.
## Action
I designed the programme with the local college and two senior technicians who became mentors.
## Result
We took on 12 apprentices, and 10 of them are still with us, which is somewhat encouraging.

# Route planning
Kind: achievement
## Situation
Our home-care agency's carers spent a third of each shift driving between clients.
## Task
As care coordinator I was asked to cut the travel time.
## Action
I regrouped clients by postcode with the senior carers and, I mean, rebuilt all 30 rounds.
## Result
Travel time per shift dropped from 2.5 hours to 1.5.

# Court bundles
Kind: achievement
## Situation
Our litigation team printed court bundles the night before every hearing.
## Task
As senior paralegal I was asked to move us to electronic bundles.
## Action
I maybe spent the first month testing three bundling tools with the IT team before choosing one.
## Result
We stopped printing for 95% of hearings and saved £22,000 a year on courier and print costs.

# Loan servicing migration
Kind: challenge
## Situation
Our building society had to move 80,000 mortgages onto a new servicing platform.
## Task
As migration lead I owned the data cut-over.
## Action
I ran 4 rehearsal migrations with the vendor's data team and the finance reconciliation team.
## Result
The cut-over completed in one weekend with every balance reconciled to the penny, so I'd say it went fairly well.
