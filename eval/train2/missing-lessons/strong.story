# Sepsis screening pilot
Kind: failure
## Situation
As a sister in the emergency department, I led a pilot of a new sepsis screening tool.
## Action
I launched it on a Monday with a single briefing and no follow-up training on nights.
## Result
Night shifts completed the screen on 35% of eligible patients, and I paused the pilot after 4 weeks.
## Lessons
I learned that I plan change around the day team I see, and when I relaunched the tool I trained every night shift in person, including the bank nurses.

# Pump replacement
Kind: failure
## Situation
I was the maintenance planner at a gold mine with a critical dewatering pump.
## Action
I deferred the pump overhaul by a month to save the budget for a conveyor job.
## Result
The pump failed in the wet season and the lower benches flooded, costing 6 days of production.
## Lessons
I learned to rank deferrals by the cost of failure, not by the cost of the job, and since then I have run a risk score on every deferral before I sign it.

# Pop-up shop
Kind: failure
## Situation
I was the founder of an online homeware brand trying our first physical store.
## Action
I signed a 3-month lease on a pop-up in a shopping centre without testing the footfall data.
## Result
We took £11,000 in sales against £24,000 in costs.
## Lessons
I learned that I commit too early when I'm excited about an idea, and for our next store I ran a 2-weekend market stall first to test demand.

# Mobile app launch
Kind: failure
## Situation
I was the product manager for a banking app's new savings feature.
## Action
I set the launch date before the accessibility review and shipped without it.
## Result
We had to pull the feature for 2 weeks to fix screen-reader issues.
## Lessons
I learned to treat accessibility as part of done rather than a final gate, and on my next 3 features I booked the review when I wrote the brief.

# School trip
Kind: failure
## Situation
As a Year 6 teacher, I organised a residential trip for 58 pupils.
## Action
I booked the coach company on price alone and confirmed the pick-up time by phone only.
## Result
We left 2 hours late after a mix-up over the pick-up time, and lost the first afternoon's activities.
## Lessons
I learned to get every booking detail in writing, and for the following year's trip I sent the coach company a written itinerary and had them confirm it by email.

# Gala dinner
Kind: failure
## Situation
I was the events manager at a cancer charity planning our annual gala.
## Action
I moved the gala to a bigger venue to sell more tables, without testing demand first.
## Result
We sold 32 of 50 tables and made £40,000 less than the year before.
## Lessons
I learned to test demand before I add capacity, and the next year I opened a pre-registration list in spring before choosing the venue.

# IT procurement
Kind: failure
## Situation
I was a project manager at a government agency buying a new case-management system.
## Action
I chose the supplier mainly on their demo and didn't ask for reference sites.
## Result
The project ran 9 months over and £1.2M over budget.
## Lessons
I learned that I was swayed by a polished demo, and on every procurement I have run since I visited at least two reference sites before scoring.

# Line changeover
Kind: failure
## Situation
I was a shift manager at a food factory making ready meals.
## Action
I ran a changeover from a nut product to a nut-free one and signed it off without the full allergen swab.
## Result
We held back 14,000 packs and lost a day's output.
## Lessons
I learned never to sign off on a step I haven't seen done, and since then I have checked the swab results myself before every allergen changeover.

# Contract drafting
Kind: failure
## Situation
I was a commercial associate drafting a supply agreement for a retail client.
## Action
I reused a precedent from another deal without checking its limitation-of-liability clause.
## Result
The client carried uncapped liability for 6 months until the partner caught it at renewal.
## Lessons
I learned that I trusted precedents too readily, and since then I have run a clause checklist on every precedent before I draft from it.

# Forecast miss
Kind: failure
## Situation
I was the FP&A manager at a mid-sized manufacturer.
## Action
I signed off a revenue forecast that assumed our biggest customer would renew at the same volume.
## Result
They renewed at 60% of the volume, and we missed the half-year forecast by £2.3M.
## Lessons
I learned to test my key assumptions with the people closest to the customer, and for the next forecast I met the account managers for our top 10 customers before signing off.

# Route change
Kind: failure
## Situation
I was a transport planner at a grocery distributor.
## Action
I merged two delivery routes to save a vehicle without driving the new route first.
## Result
We missed 20% of our delivery windows in the first fortnight.
## Lessons
I learned that a route on a map is not a route on the road, and since then I have driven every new route with a driver before it goes live.

# Kitchen opening
Kind: failure
## Situation
I was the head chef opening a second restaurant for our group.
## Action
I wrote a 40-dish opening menu and trained the brigade for only a week.
## Result
Ticket times ran at 35 minutes on the first weekend, and we comped £4,000 of meals.
## Lessons
I learned that I overestimate what a new team can do at once, and when we opened our third site I launched with 15 dishes and added more over 6 weeks.

# Volunteer burnout
Kind: failure
## Situation
I chaired a parent-teacher association at our local primary school.
## Action
I agreed to run six fundraising events in one term and relied on the same 8 volunteers for all of them.
## Result
Four of the 8 stepped down by Easter, and we cancelled the summer fair.
## Lessons
I learned that I have to protect volunteers' time as carefully as money, and the next year I capped the term at 2 events and recruited a separate team for each.

# Audit finding
Kind: failure
## Situation
I was an internal auditor at an insurance group reviewing claims controls.
## Action
I sampled 25 claims from a single month and drew conclusions for the whole year.
## Result
External audit found an error rate of 4% in the months I hadn't tested, and I had to reissue our report.
## Lessons
I learned to design my samples around changes in the year, and in every audit since I have spread my sample across all 12 months and checked for system changes first.

# Hiring a team lead
Kind: failure
## Situation
I was the operations director of a regional courier company.
## Action
I promoted our best driver to depot team lead without any management training.
## Result
Within 3 months, 5 drivers had left the depot.
## Lessons
I learned that I promoted for skill at the job rather than for leading people, and for the next two promotions I used a leadership assessment and a 3-month coaching plan.

# Hotel refurbishment
Kind: failure
## Situation
I was the general manager of a 90-room hotel during a floor-by-floor refurbishment.
## Action
I kept selling rooms on the floor below the works without warning guests about the noise.
## Result
We refunded £6,500 and our review score dropped from 8.7 to 8.1 that month.
## Lessons
I learned to put guest experience ahead of short-term occupancy, and for the next phase of works I blocked the floors below and emailed every affected guest before arrival.
