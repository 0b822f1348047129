# Month-end close
Kind: achievement

## Situation
When I joined the distribution company as financial controller, the month-end close took nine working days.

## Task
I set myself the goal of closing the books in five.

## Action
I rewrote the close checklist, automated the three largest bank reconciliations in Excel, and moved the accrual reviews to the last week of each month.

## Result
By the fourth month I closed in five days, and the audit adjustments fell from 23 to 6.

# Checkout latency
Kind: achievement

## Situation
The checkout service at the online florist slowed to a crawl during the Valentine's peak.

## Task
I took on cutting page-load time before Mother's Day.

## Action
I profiled the service, found two unindexed database queries and a blocking call to the address lookup, and rewrote both paths with caching.

## Result
p95 latency fell from 2.4 seconds to 350 ms, and the Mother's Day peak ran at 3 times the Valentine's volume without errors.

# Dormant accounts
Kind: achievement

## Situation
My sales territory had 140 accounts that hadn't ordered for over a year.

## Task
I wanted to win back revenue from that list before year end.

## Action
I scored the accounts by past spend, called the top 40 myself, and offered each a free site survey.

## Result
I reactivated 12 accounts worth £180,000 in annual orders.

# Falls on the ward
Kind: achievement

## Situation
My stroke rehabilitation ward had recorded nine inpatient falls in a quarter.

## Task
I volunteered to own the falls-prevention audit.

## Action
I audited every falls-risk assessment on the ward, designed a one-page bedside prompt card, and added a falls check to my own shift routine.

## Result
Falls dropped from nine a quarter to three.

# Seed round
Kind: achievement

## Situation
My edtech startup had a working prototype and four months of runway.

## Task
I needed to raise a seed round before the money ran out.

## Action
I built the financial model, wrote the deck, and pitched 30 investors over six weeks, refining the story after each meeting.

## Result
I closed a £1.2M seed round with two months of runway to spare.

# Food bank bookings
Kind: achievement

## Situation
The town food bank handled bookings on paper, and families queued outside for up to an hour.

## Task
As a volunteer I offered to fix the booking process.

## Action
I built an online booking form with 15-minute slots, set up text reminders, and printed a QR code for the church noticeboard.

## Result
Queue times fell from an hour to under ten minutes, and missed slots dropped by half.

# Contract renegotiation
Kind: achievement

## Situation
Our hospital trust's laundry contract had rolled over for six years without review.

## Task
As procurement manager I was asked to cut its cost.

## Action
I benchmarked the rates against four other trusts, rewrote the specification around actual usage, and renegotiated the contract directly with the incumbent.

## Result
The new contract saves £310,000 a year.

# Churn model
Kind: achievement

## Situation
The mobile network had no early warning of which customers were about to leave.

## Task
As a data analyst I set out to predict churn three months ahead.

## Action
I built a gradient-boosted model on usage and billing data, validated it on two years of history, and wrote a weekly report of the 5,000 highest-risk customers.

## Result
Retention offers targeted by the model cut churn in that group from 9% to 6.5%.

# Picking route
Kind: achievement

## Situation
The pharmaceutical warehouse was missing its same-day dispatch cut-off on a third of orders.

## Task
As shift supervisor I was asked to fix the picking route.

## Action
I mapped the pick paths from the scanner data, re-slotted the 300 fastest-moving lines near the dispatch bay, and rewrote the pick-list sequence.

## Result
Same-day dispatch rose from 67% of orders to 94%.

# Email campaign
Kind: achievement

## Situation
The garden-supplies retailer's email newsletter had an open rate of 11%.

## Task
As digital marketing executive I was given a quarter to improve it.

## Action
I segmented the list by purchase history, rewrote the subject lines, and tested send times across six weeks.

## Result
Open rates reached 27%, and email revenue rose by £46,000 in the quarter.

# Onboarding redesign
Kind: achievement

## Situation
New starters at the insurance broker took four months to become fully productive.

## Task
As HR business partner I took on redesigning onboarding.

## Action
I interviewed recent starters, rebuilt the first-month plan around live cases, and wrote a 30-60-90-day guide for each role.

## Result
Time to productivity fell from four months to ten weeks.

# Grant application
Kind: achievement

## Situation
The community arts centre needed £75,000 to replace its failing roof.

## Task
As development officer I had to find the money before winter.

## Action
I identified three heritage funds, wrote the applications over a month of evenings, and commissioned the condition survey the funders required.

## Result
I secured £82,000 from two of the funds by October.
