# Theatre list overrun
Kind: failure
## Situation
As theatre coordinator at a district hospital, I built the weekly orthopaedic operating lists.
## Action
I booked four hip replacements on one afternoon list without checking the surgeon's average operating times.
## Result
I had to cancel two patients on the day, and 1 of them waited another 5 weeks.
## Lessons
I learned to build lists from real case durations rather than the template, and the following Monday I pulled 12 months of theatre times for every surgeon and rebuilt the templates from them.

# Blast schedule
Kind: failure
## Situation
I was a drill-and-blast engineer at an iron-ore mine.
## Action
I changed the blast pattern to cut explosive costs without running it past the processing plant.
## Result
Fragmentation got coarser and crusher throughput dropped by 8% for a fortnight.
## Lessons
It taught me that a saving in my area can be a cost in someone else's, and since then I have reviewed every pattern change with the plant metallurgist before the first blast.

# Seasonal stock order
Kind: failure
## Situation
I was a buyer for outdoor clothing at a department store group.
## Action
I ordered our winter coats on last year's sales curve, without looking at the mild-weather forecast.
## Result
We ended the season with 6,000 coats unsold and marked them down by 50%.
## Lessons
I learned to weigh the forecast and early sell-through before committing, and the next autumn I split the coat order in two and placed the second half only after four weeks of sales data.

# Database migration
Kind: failure
## Situation
I was the engineer responsible for moving our customer database to a managed cloud service.
## Action
I ran the migration on a Friday evening and skipped the full rehearsal on a copy of production.
## Result
We had 3 hours of downtime on Saturday morning while I restored from backup.
## Lessons
I learned that rehearsals are not optional for me, however small a change looks; on the 5 migrations I have run since, I rehearsed each one on a production copy first.

# Parents' evening
Kind: failure
## Situation
In my first year as a head of year, I organised the Year 9 parents' evening.
## Action
I booked appointments at five-minute intervals without leaving any gaps for overruns.
## Result
By 7 pm teachers were running 40 minutes late, and 30 parents left without seeing everyone.
## Lessons
I learned that I had planned for ideal conversations rather than real ones, so for the spring parents' evening I booked eight-minute slots with a break every hour.

# Grant application
Kind: failure
## Situation
I was the development officer at a community arts charity applying for a lottery grant.
## Action
I wrote the application alone and only showed it to our programme director the day before the deadline.
## Result
The funder turned us down, and the feedback said our outcomes were unclear; we lost £75,000 of potential funding.
## Lessons
The experience showed me that I write better bids when the people who run the work shape them from the start, and on the next bid I held a planning session with the programme director in week 1.

# Planning consultation
Kind: failure
## Situation
I was a planning officer at a district council leading the consultation on a new housing site.
## Action
I ran the consultation online only and didn't hold any events in the village.
## Result
We received 14 responses, and 200 residents turned up to the committee meeting in protest.
## Lessons
I learned to match the consultation method to who lives in the area, and for the next site I ran 3 drop-in sessions in the village hall alongside the online survey.

# Scrap on the new alloy
Kind: failure
## Situation
I was a quality engineer at a foundry introducing a new aluminium alloy.
## Action
I approved the first production run on the strength of lab samples, without a trial run on the line.
## Result
We scrapped 1,200 castings for porosity.
## Lessons
I learned that lab results don't tell me everything, and when we introduced a magnesium alloy the following year I insisted on a 50-casting line trial before I released it.

# Missed limitation date
Kind: failure
## Situation
I was a junior solicitor handling personal-injury claims.
## Action
I relied on my own memory for a limitation date instead of putting it in the firm's diary system.
## Result
We issued the claim 2 days before the limitation date, after a partner spotted it on a file review.
## Lessons
I learned that my memory is not a system; from the next morning I diarised every key date on the day each file opened, and I audit my own diary every Friday.

# Loan covenant breach
Kind: failure
## Situation
I was a relationship manager at a commercial bank with a portfolio of 40 mid-sized companies.
## Action
I saw one client's quarterly figures slipping but didn't ask for the management accounts early.
## Result
They breached their covenant, and we had to restructure a £4M facility.
## Lessons
I learned to act as soon as a client's numbers start to move, and since then I have asked for monthly accounts from any client whose quarterly revenue drops by more than 10%.

# Peak season staffing
Kind: failure
## Situation
I managed a parcel sorting hub before the Christmas peak.
## Action
I planned agency staffing on the previous year's volumes and didn't model the new client's forecast.
## Result
We had a 2-day backlog of 80,000 parcels in the first week of December.
## Lessons
I learned to plan from forecasts rather than history, and for the next peak I built the staffing model myself with a line for every new client.

# Conference booking
Kind: failure
## Situation
I was the sales manager at a conference hotel.
## Action
I held 120 rooms for a pharmaceutical conference without asking for a deposit.
## Result
The client cut the booking to 60 rooms three weeks out, and we lost about £25,000 of revenue.
## Lessons
I learned to protect the hotel with deposits and release dates, even for clients I know well, and every group contract I have signed since has included both.

# Rota cover
Kind: failure
## Situation
I was a care home manager with a staff of 35.
## Action
I approved leave for three senior carers in the same week because each asked me separately and I didn't check the rota.
## Result
We used agency staff on 9 shifts and spent £3,400 over budget.
## Lessons
I learned that I decide badly on requests in isolation, so the next month I set up a shared leave planner and I now approve leave only against it.

# Trial enrolment
Kind: failure
## Situation
I was a clinical trial manager running a study across 6 hospitals.
## Action
I picked the sites on their size, without asking how many eligible patients each one actually saw.
## Result
After 6 months we had enrolled 40 of the 150 patients we needed.
## Lessons
I learned to ask for real patient numbers before choosing sites, and on my next study I sent a feasibility questionnaire to 15 hospitals before selecting 6.

# Procurement tender
Kind: failure
## Situation
I led a tender for a new fleet-management system at a regional water company.
## Action
I wrote the specification with IT but didn't involve the depot supervisors who would use it.
## Result
We had to re-tender after the pilot, adding 5 months to the project.
## Lessons
I learned that the users have to shape the specification, and on the re-tender I ran 4 workshops with the depot supervisors before writing a line of it.

# Store refit
Kind: failure
## Situation
As area manager at a coffee chain, I ran the refit of 4 stores in one month.
## Action
I scheduled the refits back to back without a contingency week.
## Result
The last store opened 9 days late and lost about £18,000 in sales.
## Lessons
I realised that I plan for the best case, and in this year's refit programme I built a spare week after every second store.
