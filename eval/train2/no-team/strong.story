# Faster changeovers on the bottling line
Kind: achievement

## Situation
I was a process engineer at a soft-drinks bottling plant where changeovers between bottle sizes took 95 minutes.

## Task
I had to get changeovers under 45 minutes to allow shorter runs.

## Action
Alongside the plant manager, I filmed six changeovers; I then separated the work that could happen while the line was running and designed quick-release guide rails.

## Result
Changeovers dropped to 38 minutes, freeing 11 hours of line time a week.

# A donor database for the hospice
Kind: achievement

## Situation
I was the only fundraiser at a small rural hospice, and our donor records lived in four spreadsheets.

## Task
I wanted a single donor database in place before the Christmas appeal.

## Action
With help from our IT contractor, I moved 6,000 records into a free charity CRM, and I wrote the thank-you journeys myself.

## Result
Christmas appeal income rose from £38,000 to £61,000.

# Falls on an elderly care ward
Kind: achievement

## Situation
As ward manager of a 28-bed elderly care ward, I was seeing nine falls a month.

## Task
I set out to halve falls within six months.

## Action
I introduced hourly rounding and low beds, and the nurses on my ward designed a red-sock system to mark patients at high risk.

## Result
Falls dropped to four a month by the fifth month, and none caused a fracture.

# Instant payouts for drivers
Kind: achievement

## Situation
I was a product manager at a delivery app where drivers waited a week for their earnings, and driver churn was 11% a month.

## Task
I owned the case for same-day payouts.

## Action
Priya and I ran a two-week pilot with 300 drivers, and I negotiated the payout fees with our card partner.

## Result
Churn in the pilot group fell to 6%, and same-day payouts went to all 14,000 drivers in the next quarter.

# Automating the month-end close
Kind: achievement

## Situation
I was finance manager at a hotel group, and the month-end close took nine working days.

## Task
I wanted to get the management accounts to the directors by day four.

## Action
I mapped every journal in the close, and my two analysts automated 60 of them while I rebuilt the reporting pack to pull straight from the ledger.

## Result
The close came down to four days, saving 30 hours of overtime each month.

# Smoke alarms for older tenants
Kind: achievement

## Situation
I was a tenancy sustainment manager at a housing association with 3,000 tenants over 75.

## Task
I wanted every one of those homes to have a working smoke alarm by winter.

## Action
I set up a joint visiting programme with the county fire service, and I trained our 20 tenancy officers to book home safety checks on every visit.

## Result
Within five months, 2,740 homes had new alarms fitted, and reported kitchen fires fell from 17 to 6 that winter.

# Loading bay turnaround
Kind: achievement

## Situation
I was the shift manager at a grocery distribution centre where lorries waited an average of 70 minutes to unload.

## Task
I had to get unloading under 30 minutes before the Christmas peak.

## Action
I asked the night shift for ideas, and their suggestion of pre-booked bay slots became the core of the plan I rolled out across all 24 bays.

## Result
Average wait fell to 22 minutes, and detention charges dropped by £9,000 a month.

# Cutting API latency
Kind: achievement

## Situation
I was a backend engineer at an online furniture retailer, and the product API's p95 latency had crept up to 1.2 seconds.

## Task
I set myself the goal of getting it under 300 ms before the January sale.

## Action
I profiled the slowest endpoints and rewrote the three worst database queries, and thanks to Tom's work on the caching layer, product lookups stopped hitting the database at all.

## Result
p95 latency fell to 280 ms, and hosting costs dropped by £4,000 a month.

# Website for a refugee drop-in
Kind: achievement

## Situation
I coordinated a weekly drop-in for refugees in a church hall, and most new arrivals heard about it only by word of mouth.

## Task
I wanted to reach families in their first month in the city.

## Action
I wrote the content in five languages with interpreters from our regulars, and a volunteer from the local college built the website.

## Result
Weekly attendance grew from 35 to 90 in six months, and 40% of newcomers found us through the site.

# Research council bid
Kind: achievement

## Situation
I was a research development manager at a university that had not won a large research council grant in four years.

## Task
I had to get a competitive bid in for a £2 million call within ten weeks.

## Action
I co-wrote the bid with the head of the robotics lab, and I ran three mock panels to test the case for impact.

## Result
We won £2.1 million over four years.

# Roster change at the mine
Kind: achievement

## Situation
I was the underground manager at a nickel mine where fatigue incidents were rising on the 12-hour night roster.

## Task
I had to bring in a safer roster without losing production.

## Action
Together with the union rep, I surveyed 240 workers, and I designed an 8-day rotation that cut consecutive nights from seven to four.

## Result
Fatigue incidents fell by 60% in the first year, and production held at 101% of plan.

# Warehouse shuttle installation
Kind: achievement

## Situation
I was the engineering manager at a pharmaceutical wholesaler installing an automated shuttle store.

## Task
I had to bring it live without interrupting next-day deliveries to 1,800 pharmacies.

## Action
The supplier's engineers and I ran the shuttle in parallel with manual picking for three weeks, and I moved order lines across in daily blocks of 10%.

## Result
We went live with no missed deliveries, and picking capacity doubled to 40,000 lines a day.

# Saturday revision classes
Kind: achievement

## Situation
I was head of Year 11 at a secondary school where maths results had fallen for two years.

## Task
I wanted to lift the proportion of students passing GCSE maths.

## Action
I identified the 60 students within ten marks of a pass and set up Saturday revision classes, which my deputy ran while I tracked progress each week.

## Result
The maths pass rate rose from 58% to 71%.

# Paired reading in Year 4
Kind: achievement

## Situation
I teach Year 4 in a primary school where a third of my class was reading below age-related expectations.

## Task
I want every one of them reading at the expected level by July.

## Action
I have recruited 12 parents to hear readers three mornings a week, and I set each child's book level from a fortnightly assessment.

## Result
By March, 25 of my 30 pupils were at the expected standard, up from 19 in September.

# Daily mile at the school
Kind: achievement

## Situation
I was deputy head of a primary school where the local health survey showed 28% of our Year 6 pupils were overweight.

## Task
I wanted every pupil active for at least 15 minutes a day.

## Action
I built a daily mile into the timetable, and our PE department set up the track and the class rotas.

## Result
Within a year, 94% of pupils were doing the daily mile, and the overweight figure in Year 6 fell to 22%.

# First enterprise customer
Kind: achievement

## Situation
I co-founded a compliance software start-up that had 30 small customers and no enterprise deals.

## Task
I needed an enterprise logo before our Series A.

## Action
My co-founder handled the investor conversations while I ran the sales cycle with a bank's compliance team, including a six-week security review.

## Result
The bank signed a £240,000 three-year contract, and we closed a £5 million Series A two months later.

# Midweek pricing at the resort
Kind: achievement

## Situation
I was revenue manager at a 150-room coastal resort where midweek occupancy sat at 48% outside the summer.

## Task
I wanted to fill midweek rooms without discounting weekends.

## Action
A mentor at a sister hotel suggested packaging dinner and spa access, so I built that midweek package and priced it against three competitors.

## Result
Midweek occupancy rose to 66%, adding £410,000 in room revenue over the winter.

# Menu costings at the brasserie
Kind: achievement

## Situation
I was general manager of a 90-cover brasserie running a gross margin of 61%.

## Task
I had to reach 68% without raising menu prices.

## Action
I recosted all 42 dishes with the chefs, swapped four expensive garnishes, and renegotiated the meat contract.

## Result
Gross margin reached 69% within four months.

# Procurement savings for a retailer
Kind: achievement

## Situation
I was a manager at a consultancy engaged by a fashion retailer to cut indirect spending.

## Task
I had to find £5 million of savings in 16 weeks.

## Action
I analysed £80 million of spending across 30 categories, and I ran the supplier renegotiations with the client's procurement lead.

## Result
We signed £6.2 million of annual savings by week 15.

# Payments reconciliation service
Kind: achievement

## Situation
I was a software engineer at a fintech where payment reconciliation broke on 2% of transactions every night.

## Task
I took on rebuilding the reconciliation service.

## Action
I paired with a senior engineer from the payments team for the first month, then wrote the matching engine and the replay tooling.

## Result
Nightly breaks fell to 0.05%, and manual investigation time fell from 20 hours a week to 2.

# Antibiotic review on the medical wards
Kind: achievement

## Situation
I was a consultant physician at a teaching hospital where intravenous antibiotics ran on for a median of seven days.

## Task
I wanted to cut unnecessary IV days without raising readmissions.

## Action
I wrote a 48-hour review prompt into the electronic prescribing system, and the pharmacy team reviewed every IV course with me on my two ward rounds each week.

## Result
Median IV duration fell from seven days to four, and readmissions stayed at 9%.

# Self-checkout rollout
Kind: achievement

## Situation
I was regional operations manager for 18 convenience stores where evening queues were losing us customers.

## Task
I had to decide whether self-checkouts would pay back within two years.

## Action
Three store managers piloted the tills for eight weeks, and I built the business case from their queue and shrinkage data.

## Result
The rollout to all 18 stores paid back in 14 months, and evening transactions rose 12%.

# Rough sleeping in the town centre
Kind: achievement

## Situation
I was a homelessness prevention lead at a district council, with 45 people sleeping rough in the town centre.

## Task
I had to halve that number within a year.

## Action
I set up a weekly case review with the council's housing officers and a local mental health charity, and I secured 20 supported flats from a housing association.

## Result
Rough sleeping fell to 17 people within ten months.

# A clause library for the firm
Kind: achievement

## Situation
As a senior associate in a commercial law firm, I saw lawyers spending hours redrafting the same supply-agreement clauses for every client.

## Task
I wanted to cut first-draft time for standard supply agreements.

## Action
I reviewed 120 past agreements, my trainee, Aisha, drafted half of the 45 annotated clauses, and I built a template that assembled a first draft from a short questionnaire.

## Result
First-draft time fell from six hours to 90 minutes.
