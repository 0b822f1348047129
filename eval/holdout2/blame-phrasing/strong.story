# Payroll recovery
Kind: failure

## Situation
Our payroll bureau changed its import format in March, and the run short-paid three hundred warehouse staff because I had not tested our export against the new layout.

## Action
I rebuilt the affected payslips with two payroll clerks and arranged same-day transfers through our bank.

## Result
All 300 corrections landed within 48 hours.

## Lessons
I learned to run a parallel test whenever a provider changes a format, and at the bureau's next update in September I ran a test payroll a week early and caught two field errors.

# Controlled drugs register
Kind: challenge

## Situation
When I took over the surgical ward, the previous charge nurse had moved to theatres, and the controlled-drugs register had gaps going back to January.

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
The architects issued three revisions of the floor plan, each one reflecting a change I had requested after the design stage, and the programme slid five weeks.

## Result
I had to extend our old lease, which cost us £38,000.

## Lessons
I learned to freeze my requirements at a fixed gate and route any late change through a costed request, and on the Bristol move the following year I ran that gate and finished on schedule.

# Shelf-space deal
Kind: achievement

## Situation
We needed national distribution for our snack range, and our largest distributor took two quarters to sign while its buying team reorganised.

## Task
As head of sales I owned getting us into at least 400 stores that year.

## Action
I brought our finance lead into the talks, offered a six-month sell-through guarantee, and set up a trial in 40 stores to prove demand.

## Result
The trial sold 2.3 times the category average, and we signed for 520 stores in November.

# Assessment data
Kind: challenge

## Situation
In my second year as a Year 7 tutor, the head of maths asked me to put my request for the baseline assessment scores through the data manager.

## Task
I wanted to identify pupils who needed numeracy support before Christmas.

## Action
I sent the request that afternoon, and while it was processed I ran a short diagnostic with the two other tutors and set up a twice-weekly catch-up club with a teaching assistant for the 31 pupils who scored below 40%.

## Result
By Easter, 24 of those 31 pupils had moved above the 60% mark.

# Lost purchase order
Kind: failure

## Situation
I was buying a replacement chiller for our dairy plant before the summer peak.

## Action
Priya in finance needed a signed purchase order before she could release the deposit, and I sent it to the wrong approver twice, so the supplier released our slot to another customer.

## Result
The chiller arrived five weeks late, and we threw away 11 tonnes of yoghurt during a heatwave.

## Lessons
I learned to check the approval route before I raise an order, and on the two capital purchases I have made since, I confirmed the approver with finance on day one.

# Integration freeze
Kind: challenge

## Situation
We were integrating our booking platform with a hotel chain whose IT department had a change freeze for most of a month.

## Task
I was the delivery manager and had to keep the go-live date.

## Action
I mapped the 14 open requests by risk, agreed a weekly joint review with their project sponsor, and moved two of our developers onto the work we could do during the freeze.

## Result
We went live on the planned date with 12 of the 14 changes in place and the other two shipped nine days later.

# Inherited codebase
Kind: achievement

## Situation
The retailer's app came to us from another agency with no automated tests and a checkout module of 9,000 lines.

## Task
I was hired as lead engineer to make it releasable every week.

## Action
I wrote a test harness for the checkout flow, paired with the two junior developers to untangle the cart module, and set up a release pipeline with our QA analyst.

## Result
Release frequency went from once every six weeks to weekly, and crash rates dropped from 4% of sessions to 0.6%.

# Compliance rollout
Kind: challenge

## Situation
Head office issued a new anti-money-laundering procedure to our branch network two days before the regulator's visit, with training material due the following month.

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
The heating broke in November, and the landlord told me a repair would take until spring; I kept the Tuesday sessions running in the cold hall instead of looking for another venue.

## Result
We went from 35 regulars to nine by February.

## Lessons
I learned to look for alternatives as soon as a venue problem appears, and when the boiler failed at the community centre last year I moved us to the school sports hall within a week.

# Partnership collapse
Kind: failure

## Situation
I spent eight months negotiating a co-branding partnership with a sportswear label.

## Action
Our legal team raised an indemnity concern in the last week, because I had not shared the draft with them until the terms were settled.

## Result
The label walked away and we lost a projected £1.2M in first-year sales.

## Lessons
I learned to bring legal reviewers into the first draft, not the last, and on the next two partnerships I booked a legal review at the term-sheet stage and both signed within 12 weeks.

# Steel delivery
Kind: failure

## Situation
I was site manager on a four-storey school extension.

## Action
The steel fabricator cut the beams to revision C of the drawings, which was the set I had sent them, not the revision D our engineer had issued.

## Result
The frame went up three weeks late, and the delay cost £62,000 in crane hire and preliminaries.

## Lessons
I learned to hold a drawing-revision check with each fabricator before cutting starts, and on my current job I ran that check with both steel suppliers in the first week.
