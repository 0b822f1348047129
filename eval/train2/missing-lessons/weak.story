# Sepsis screening pilot
Kind: failure
## Situation
As a sister in the emergency department, I led a pilot of a new sepsis screening tool.
## Action
I launched it on a Monday with a single briefing and no follow-up training on nights.
## Result
Night shifts completed the screen on 35% of eligible patients, and I paused the pilot after 4 weeks.
## Lessons
It turned out that half the night staff were bank nurses who had never seen the tool.

# Pump replacement
Kind: failure
## Situation
I was the maintenance planner at a gold mine with a critical dewatering pump.
## Action
I deferred the pump overhaul by a month to save the budget for a conveyor job.
## Result
The pump failed in the wet season and the lower benches flooded, costing 6 days of production.
## Lessons
We found out afterwards that the bearings had been running hot for weeks.

# Pop-up shop
Kind: failure
## Situation
I was the founder of an online homeware brand trying our first physical store.
## Action
I signed a 3-month lease on a pop-up in a shopping centre without testing the footfall data.
## Result
We took £11,000 in sales against £24,000 in costs.
## Lessons
Looking back, the high street was going through a hard time, and 9 independent shops in that centre closed that year.

# Mobile app launch
Kind: failure
## Situation
I was the product manager for a banking app's new savings feature.
## Action
I set the launch date before the accessibility review and shipped without it.
## Result
We had to pull the feature for 2 weeks to fix screen-reader issues.
## Lessons
I learned that the accessibility team was booked up 6 weeks in advance.

# School trip
Kind: failure
## Situation
As a Year 6 teacher, I organised a residential trip for 58 pupils.
## Action
I booked the coach company on price alone and confirmed the pick-up time by phone only.
## Result
We left 2 hours late after a mix-up over the pick-up time, and lost the first afternoon's activities.
## Lessons
It was a learning experience for everyone involved, and the children still enjoyed the trip.

# Gala dinner
Kind: failure
## Situation
I was the events manager at a cancer charity planning our annual gala.
## Action
I moved the gala to a bigger venue to sell more tables, without testing demand first.
## Result
We sold 32 of 50 tables and made £40,000 less than the year before.
## Lessons
The following year the charity went back to the old venue, and the gala sold out.

# IT procurement
Kind: failure
## Situation
I was a project manager at a government agency buying a new case-management system.
## Action
I chose the supplier mainly on their demo and didn't ask for reference sites.
## Result
The project ran 9 months over and £1.2M over budget.
## Lessons
In the end, the agency replaced the system four years later.

# Line changeover
Kind: failure
## Situation
I was a shift manager at a food factory making ready meals.
## Action
I ran a changeover from a nut product to a nut-free one and signed it off without the full allergen swab.
## Result
We held back 14,000 packs and lost a day's output.
## Lessons
Afterwards I discovered that the swab kits on my line had run out that week.

# Contract drafting
Kind: failure
## Situation
I was a commercial associate drafting a supply agreement for a retail client.
## Action
I reused a precedent from another deal without checking its limitation-of-liability clause.
## Result
The client carried uncapped liability for 6 months until the partner caught it at renewal.
## Lessons
That precedent has since been withdrawn from the firm's library.

# Forecast miss
Kind: failure
## Situation
I was the FP&A manager at a mid-sized manufacturer.
## Action
I signed off a revenue forecast that assumed our biggest customer would renew at the same volume.
## Result
They renewed at 60% of the volume, and we missed the half-year forecast by £2.3M.
## Lessons
It was a tough six months for the whole finance team, and the CFO had to explain the miss to the board.

# Route change
Kind: failure
## Situation
I was a transport planner at a grocery distributor.
## Action
I merged two delivery routes to save a vehicle without driving the new route first.
## Result
We missed 20% of our delivery windows in the first fortnight.
## Lessons
I found out that one of the roads on the new route had a weight limit of 7.5 tonnes.

# Kitchen opening
Kind: failure
## Situation
I was the head chef opening a second restaurant for our group.
## Action
I wrote a 40-dish opening menu and trained the brigade for only a week.
## Result
Ticket times ran at 35 minutes on the first weekend, and we comped £4,000 of meals.
## Lessons
Opening weeks in restaurants are always chaotic, and most new places go through the same thing.

# Volunteer burnout
Kind: failure
## Situation
I chaired a parent-teacher association at our local primary school.
## Action
I agreed to run six fundraising events in one term and relied on the same 8 volunteers for all of them.
## Result
Four of the 8 stepped down by Easter, and we cancelled the summer fair.
## Lessons
The school has since hired a part-time fundraiser, so the PTA runs fewer events now.

# Audit finding
Kind: failure
## Situation
I was an internal auditor at an insurance group reviewing claims controls.
## Action
I sampled 25 claims from a single month and drew conclusions for the whole year.
## Result
External audit found an error rate of 4% in the months I hadn't tested, and I had to reissue our report.
## Lessons
I learned that the claims system had been upgraded midway through the year, which changed how approvals were logged.

# Hiring a team lead
Kind: failure
## Situation
I was the operations director of a regional courier company.
## Action
I promoted our best driver to depot team lead without any management training.
## Result
Within 3 months, 5 drivers had left the depot.
## Lessons
It was disappointing, and he went back to driving, which he is very good at.

# Hotel refurbishment
Kind: failure
## Situation
I was the general manager of a 90-room hotel during a floor-by-floor refurbishment.
## Action
I kept selling rooms on the floor below the works without warning guests about the noise.
## Result
We refunded £6,500 and our review score dropped from 8.7 to 8.1 that month.
## Lessons
The refurbishment was finished on time in the end, and the new rooms are now the hotel's best sellers.
