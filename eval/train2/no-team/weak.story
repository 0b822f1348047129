# Cutting API latency
Kind: achievement

## Situation
I was a backend engineer at an online furniture retailer, and the product API's p95 latency had crept up to 1.2 seconds.

## Task
I set myself the goal of getting it under 300 ms before the January sale.

## Action
I profiled the slowest endpoints, rewrote the three worst database queries, and added a cache for product lookups.

## Result
p95 latency fell to 280 ms, and hosting costs dropped by £4,000 a month.

# Catheter infections on the surgical wards
Kind: achievement

## Situation
As the infection prevention nurse for a district general hospital, I saw catheter-related infections running at 9 per 1,000 catheter days.

## Task
I aimed to halve that rate within a year.

## Action
I audited 200 catheter insertions, wrote a one-page insertion checklist, and taught it at every surgical ward's safety briefing.

## Result
The infection rate fell to 3.8 per 1,000 catheter days within ten months.

# Store layout for back-to-school
Kind: achievement

## Situation
I managed a stationery and books store in a shopping centre where back-to-school sales had been flat for three years.

## Task
My target was 10% growth over the summer holidays.

## Action
I analysed the baskets from the previous August, moved school bundles to the front of the store, and rebuilt the window every fortnight.

## Result
Back-to-school sales rose 17%, and average basket value went from £18 to £24.

# Reading catch-up in Year 3
Kind: achievement

## Situation
I teach Year 3 at a primary school where a third of my class arrived reading below age-related expectations.

## Task
I want every one of them reading at the expected level by the end of the year.

## Action
I have rebuilt my phonics groups around weekly assessments, and I run a 15-minute catch-up session every morning before registration.

## Result
By March, 24 of my 30 pupils were at the expected standard, up from 19 in September.

# Automating the month-end close
Kind: achievement

## Situation
I was a management accountant at a hotel group, and the month-end close took nine working days.

## Task
I wanted to get the management accounts to the directors by day four.

## Action
I mapped every journal in the close, automated 60 of them with macros, and rebuilt the reporting pack so it pulled straight from the ledger.

## Result
The close came down to four days, saving 30 hours of overtime each month.

# Legacy giving campaign
Kind: achievement

## Situation
I was a fundraising officer at an animal welfare charity whose legacy income had fallen two years running.

## Task
I needed to grow legacy pledges ahead of a new five-year strategy.

## Action
I rewrote the legacy mailing around real stories of rescued animals and personally called 150 lapsed supporters to talk about it.

## Result
Legacy pledges rose from 40 to 112 in a year, worth £2.4 million in expected gifts.

# Delivery routes for a bakery
Kind: achievement

## Situation
I joined a wholesale bakery as its transport planner, with 22 vans delivering to 600 cafés every morning.

## Task
I had to cut mileage without moving any delivery windows.

## Action
I kept testing new route patterns in a free optimisation tool, rebuilt all 22 routes, and moved six cafés onto an earlier drop.

## Result
Daily mileage fell by 14%, saving £68,000 a year in fuel.

# Grant application form
Kind: achievement

## Situation
I was a policy officer at a regional development agency, and half of all small-business grant applications arrived incomplete.

## Task
I wanted to lift the completion rate before the next funding round.

## Action
I interviewed 20 applicants about the form, cut it from 14 pages to 5, and wrote a plain-English guidance note.

## Result
Complete applications rose from 51% to 88%, and average processing time fell from 6 weeks to 3.

# Blast pattern redesign
Kind: achievement

## Situation
I was a drill-and-blast engineer at an open-pit iron ore mine where oversize rock was slowing the crusher.

## Task
I had to cut oversize without raising explosive costs.

## Action
I reviewed 80 blasts, redesigned the burden and spacing for the hardest domain, and changed the timing sequence.

## Result
Oversize fell from 12% to 4%, and crusher throughput rose by 9%.

# Midweek pricing at the resort
Kind: achievement

## Situation
I was revenue manager at a 150-room coastal resort where midweek occupancy sat at 48% outside the summer.

## Task
I wanted to fill midweek rooms without discounting weekends.

## Action
I would always start the week by reviewing pick-up, and I built a midweek package with dinner and spa access that I priced against three competitors.

## Result
Midweek occupancy rose to 66%, adding £410,000 in room revenue over the winter.

# A clause library for the firm
Kind: achievement

## Situation
As a senior associate in a commercial law firm, I saw lawyers spending hours redrafting the same supply-agreement clauses for every client.

## Task
I wanted to cut first-draft time for standard supply agreements.

## Action
I reviewed 120 past agreements, wrote a library of 45 annotated clauses, and built a template that assembled a first draft from a short questionnaire.

## Result
First-draft time fell from six hours to 90 minutes.

# Faster changeovers on the bottling line
Kind: achievement

## Situation
I was a process engineer at a soft-drinks bottling plant where changeovers between bottle sizes took 95 minutes.

## Task
I had to get changeovers under 45 minutes to allow shorter runs.

## Action
I filmed six changeovers, separated the work that could happen while the line was running, and designed quick-release guide rails.

## Result
Changeovers dropped to 38 minutes, freeing 11 hours of line time a week.
