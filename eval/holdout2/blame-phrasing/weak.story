# Payroll recovery
Kind: challenge

## Situation
Our payroll bureau botched the March run and short-paid three hundred warehouse staff two days before rent was due.

## Task
As HR operations manager I had to get everyone paid correctly that week.

## Action
I pulled the timesheet exports myself, worked with two payroll clerks to rebuild the affected payslips, and arranged same-day transfers through our bank.

## Result
All 300 corrections landed within 48 hours, and grievances about the run fell to zero by the next payday.

# Controlled drugs register
Kind: challenge

## Situation
When I took over the surgical ward, I found the previous charge nurse had let the controlled-drugs register slide for months.

## Task
I needed the register fit for the pharmacy audit six weeks later.

## Action
I reconciled the stock count with our ward pharmacist, set up a two-signature check at each handover, and coached the eight night nurses on the new routine.

## Result
The audit found no discrepancies, and the monthly count now takes 20 minutes instead of two hours.

# Office fit-out slip
Kind: failure

## Situation
I managed the fit-out of our new Leeds office for 120 staff.

## Action
Because the architects couldn't make up their minds about the floor plan, the programme slid five weeks and I had to extend our old lease.

## Result
The extension cost us £38,000.

## Lessons
I learned to freeze the design at a fixed gate and route any late change through a costed request, and on the Bristol move the following year I ran that gate and finished on schedule.

# Shelf-space deal
Kind: achievement

## Situation
We needed national distribution for our snack range, but our largest distributor spent two quarters stalling on the shelf-space agreement.

## Task
As head of sales I owned getting us into at least 400 stores that year.

## Action
I brought our finance lead into the talks, offered a six-month sell-through guarantee, and set up a trial in 40 stores to prove demand.

## Result
The trial sold 2.3 times the category average, and we signed for 520 stores in November.

# Assessment data
Kind: challenge

## Situation
In my second year as a Year 7 tutor, the head of maths flatly refused to share the baseline assessment scores with the pastoral team.

## Task
I wanted to identify pupils who needed numeracy support before Christmas.

## Action
I ran a short diagnostic of my own with the two other tutors, grouped the 31 pupils who scored below 40%, and set up a twice-weekly catch-up club with a teaching assistant.

## Result
By Easter, 24 of those 31 pupils had moved above the 60% mark.

# Lost purchase order
Kind: failure

## Situation
I was buying a replacement chiller for our dairy plant before the summer peak.

## Action
Priya in finance managed to lose the signed purchase order twice, so the supplier released our slot to another customer.

## Result
The chiller arrived five weeks late, and we threw away 11 tonnes of yoghurt during a heatwave.

## Lessons
I learned to keep my own copy of every signed order and confirm the supplier has it in writing, and on the two capital purchases I have made since, I got written confirmation within a day.

# Integration freeze
Kind: challenge

## Situation
We were integrating our booking platform with a hotel chain, and their IT people ignored our change requests for most of a month.

## Task
I was the delivery manager and had to keep the go-live date.

## Action
I mapped the 14 open requests by risk, agreed a weekly joint review with their project sponsor, and moved two of our developers onto the work we could do without them.

## Result
We went live on the planned date with 12 of the 14 changes in place and the other two shipped nine days later.

# Inherited codebase
Kind: achievement

## Situation
The agency before us had left the retailer's app in an appalling state, held together with copy-pasted code.

## Task
I was hired as lead engineer to make it releasable every week.

## Action
I wrote a test harness for the checkout flow, paired with the two junior developers to untangle the cart module, and set up a release pipeline with our QA analyst.

## Result
Release frequency went from once every six weeks to weekly, and crash rates dropped from 4% of sessions to 0.6%.

# Compliance rollout
Kind: challenge

## Situation
Head office dumped a new anti-money-laundering rollout on our branch network two days before the regulator's visit, without any training material.

## Task
As regional operations manager for 18 branches I had to make the checks work in time.

## Action
I wrote a one-page checklist overnight, ran three video briefings with branch managers the next morning, and stationed my two compliance officers in the largest branches.

## Result
The regulator sampled 60 files and raised two minor points, compared with 11 at the previous visit.

# Winter sessions
Kind: failure

## Situation
I coordinate a volunteer-run youth club in a church hall.

## Action
The landlord wouldn't lift a finger about the broken heating all winter, so attendance at our Tuesday sessions collapsed and I cancelled the term early.

## Result
We went from 35 regulars to nine by February.

## Lessons
I learned to agree repair terms in writing before we take on a venue, and when we moved to the community centre last year I negotiated a 48-hour repair clause into the licence.

# Partnership collapse
Kind: failure

## Situation
I spent eight months negotiating a co-branding partnership with a sportswear label.

## Action
Our legal team torpedoed it in the last week over an indemnity clause that the other side had already softened.

## Result
The label walked away and we lost a projected £1.2M in first-year sales.

## Lessons
I learned to bring legal reviewers into the first draft, not the last, and on the next two partnerships I booked a legal review at the term-sheet stage and both signed within 12 weeks.

# Steel delivery
Kind: failure

## Situation
I was site manager on a four-storey school extension.

## Action
The frame went up three weeks late, courtesy of a steel fabricator who shipped beams cut to the wrong drawings.

## Result
The delay cost £62,000 in crane hire and preliminaries.

## Lessons
I learned to hold a drawing-revision check with each fabricator before cutting starts, and on my current job I ran that check with both steel suppliers in the first week.
