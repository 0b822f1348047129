# Theatre list overrun
Kind: failure
## Situation
As theatre coordinator at a district hospital, I built the weekly orthopaedic operating lists.
## Action
I booked four hip replacements on one afternoon list without checking the surgeon's average operating times.
## Result
I had to cancel two patients on the day, and 1 of them waited another 5 weeks.
## Lessons
I now realise that I should build lists from real case durations rather than from the template.

# Blast schedule
Kind: failure
## Situation
I was a drill-and-blast engineer at an iron-ore mine.
## Action
I changed the blast pattern to cut explosive costs without running it past the processing plant.
## Result
Fragmentation got coarser and crusher throughput dropped by 8% for a fortnight.
## Lessons
It taught me that a saving in my area can be a cost in someone else's, and that I need to consult downstream before any change.

# Seasonal stock order
Kind: failure
## Situation
I was a buyer for outdoor clothing at a department store group.
## Action
I ordered our winter coats on last year's sales curve, without looking at the mild-weather forecast.
## Result
We ended the season with 6,000 coats unsold and marked them down by 50%.
## Lessons
Next time I would weigh the forecast and early sell-through data before committing the second order.

# Database migration
Kind: failure
## Situation
I was the engineer responsible for moving our customer database to a managed cloud service.
## Action
I ran the migration on a Friday evening and skipped the full rehearsal on a copy of production.
## Result
We had 3 hours of downtime on Saturday morning while I restored from backup.
## Lessons
I learned that rehearsals are not optional for me, however small a change looks, and I will try to protect time for them.

# Parents' evening
Kind: failure
## Situation
In my first year as a head of year, I organised the Year 9 parents' evening.
## Action
I booked appointments at five-minute intervals without leaving any gaps for overruns.
## Result
By 7 pm teachers were running 40 minutes late, and 30 parents left without seeing everyone.
## Lessons
Since then I have been much more aware of how long real conversations take.

# Grant application
Kind: failure
## Situation
I was the development officer at a community arts charity applying for a lottery grant.
## Action
I wrote the application alone and only showed it to our programme director the day before the deadline.
## Result
The funder turned us down, and the feedback said our outcomes were unclear; we lost £75,000 of potential funding.
## Lessons
The experience showed me that I write better bids when the people who run the work shape them from the start.

# Planning consultation
Kind: failure
## Situation
I was a planning officer at a district council leading the consultation on a new housing site.
## Action
I ran the consultation online only and didn't hold any events in the village.
## Result
We received 14 responses, and 200 residents turned up to the committee meeting in protest.
## Lessons
In future, I plan to match the consultation method to who actually lives in the area.

# Scrap on the new alloy
Kind: failure
## Situation
I was a quality engineer at a foundry introducing a new aluminium alloy.
## Action
I approved the first production run on the strength of lab samples, without a trial run on the line.
## Result
We scrapped 1,200 castings for porosity.
## Lessons
If I had to do it again, I'd insist on a line trial before release, and I know now that lab results don't tell me everything.

# Missed limitation date
Kind: failure
## Situation
I was a junior solicitor handling personal-injury claims.
## Action
I relied on my own memory for a limitation date instead of putting it in the firm's diary system.
## Result
We issued the claim 2 days before the limitation date, after a partner spotted it on a file review.
## Lessons
I learned that my memory is not a system, and that I have to diarise every key date on the day a file opens.

# Loan covenant breach
Kind: failure
## Situation
I was a relationship manager at a commercial bank with a portfolio of 40 mid-sized companies.
## Action
I saw one client's quarterly figures slipping but didn't ask for the management accounts early.
## Result
They breached their covenant, and we had to restructure a £4M facility.
## Lessons
I'm working on being more proactive with clients whose numbers start to move.

# Peak season staffing
Kind: failure
## Situation
I managed a parcel sorting hub before the Christmas peak.
## Action
I planned agency staffing on the previous year's volumes and didn't model the new client's forecast.
## Result
We had a 2-day backlog of 80,000 parcels in the first week of December.
## Lessons
Since then, the hub has used a forecast model that includes every new client.

# Conference booking
Kind: failure
## Situation
I was the sales manager at a conference hotel.
## Action
I held 120 rooms for a pharmaceutical conference without asking for a deposit.
## Result
The client cut the booking to 60 rooms three weeks out, and we lost about £25,000 of revenue.
## Lessons
I came to understand that I have to protect the hotel with deposits and release dates, even for clients I know well.

# Rota cover
Kind: failure
## Situation
I was a care home manager with a staff of 35.
## Action
I approved leave for three senior carers in the same week because each asked me separately and I didn't check the rota.
## Result
We used agency staff on 9 shifts and spent £3,400 over budget.
## Lessons
From that point on, I tried to be more careful about leave requests.

# Trial enrolment
Kind: failure
## Situation
I was a clinical trial manager running a study across 6 hospitals.
## Action
I picked the sites on their size, without asking how many eligible patients each one actually saw.
## Result
After 6 months we had enrolled 40 of the 150 patients we needed.
## Lessons
I've learned to ask for real patient numbers before choosing sites, and I'll keep that in mind for future studies.

# Procurement tender
Kind: failure
## Situation
I led a tender for a new fleet-management system at a regional water company.
## Action
I wrote the specification with IT but didn't involve the depot supervisors who would use it.
## Result
We had to re-tender after the pilot, adding 5 months to the project.
## Lessons
Ever since, I've kept in mind that the users have to shape the specification.

# Store refit
Kind: failure
## Situation
As area manager at a coffee chain, I ran the refit of 4 stores in one month.
## Action
I scheduled the refits back to back without a contingency week.
## Result
The last store opened 9 days late and lost about £18,000 in sales.
## Lessons
I realised that I plan for the best case, and that I need to add slack to my own schedules.
