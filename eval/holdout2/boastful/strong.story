# Core banking cutover
Kind: achievement

## Situation
Our bank was moving 1.2 million current accounts onto a new core platform over a single weekend.

## Task
As cutover manager I owned the runbook and the go/no-go calls.

## Action
I rehearsed the runbook three times with the operations and vendor teams and set up a war room with hourly checkpoints.

## Result
Accounts were live by Sunday at 6 p.m. with 14 failed transactions out of 2.3 million, the lowest failure count of the bank's five platform migrations.

# Public-sector bid
Kind: achievement

## Situation
Our consultancy was bidding for a £6M digital contract with a government department.

## Task
I was bid manager, responsible for the written submission.

## Action
I set the win themes, wrote the technical response, and had our two solution architects review the pricing model.

## Result
We won with a quality score of 87%, and the evaluators gave my technical section 9 out of 10, the top mark in the panel's feedback.

# Ward rota
Kind: achievement

## Situation
Our intensive care unit relied on agency nurses to fill rota gaps at a cost of £40,000 a month.

## Task
As deputy sister I took over the rota.

## Action
I built a self-rostering system with the union rep and the two band-7 nurses and published rotas eight weeks ahead.

## Result
Agency spend fell to £9,000 a month, and in 18 months the rota had four unfilled shifts, each covered within a day.

# School turnaround
Kind: achievement

## Situation
I became head teacher of a primary school that had been in special measures for two years.

## Task
I had eighteen months to get the school out of special measures.

## Action
I restructured the leadership team, brought in a phonics programme with my deputy, and coached the six class teachers through weekly lesson observations.

## Result
Ofsted rated us Good in 16 months, and the inspectors singled out my deputy's phonics work as the strongest they had seen in the authority that year.

# Tender record
Kind: achievement

## Situation
Our facilities-management firm depended on winning public tenders to grow.

## Task
I ran the bid team for hospital cleaning contracts.

## Action
I rebuilt our pricing model with the finance team and wrote the social-value sections with our community lead.

## Result
We won four of the six contracts we bid for, worth £11M a year, and I have kept that win rate above 60% over the three years since.

# Forecasting
Kind: achievement

## Situation
Our frozen-food business kept running out of its top lines in the summer.

## Task
As head of planning I owned the weekly forecast.

## Action
I added retailer promotion calendars to the model and set up a Monday review with the sales and supply teams.

## Result
Availability rose from 91% to 98.5%, and my forecasts landed within 3% of actual sales in 11 of the next 12 months.

# Office relocation
Kind: achievement

## Situation
Our agency had to move 200 people out of a leased building in ten weeks.

## Task
As operations director I owned the move.

## Action
I chose the new site with our CFO, planned the move in three waves, and had the IT team pre-build the desks.

## Result
We moved in nine weeks for £180,000 under budget, and I am proud of how the three waves ran to plan, with 11 helpdesk tickets in the first week.

# Supplier negotiation
Kind: achievement

## Situation
Our packaging supplier wanted a 12% price rise for the coming year.

## Task
As category buyer I had to protect our margin.

## Action
I benchmarked three alternative suppliers with our analyst and went into the negotiation with a switching plan.

## Result
We settled at 3%, saving £420,000, and I took that switching-plan approach into my next four negotiations.

# Mobile releases
Kind: achievement

## Situation
Our fitness app had a one-star review streak after a run of buggy releases.

## Task
I joined as senior iOS engineer to stabilise the release train.

## Action
I wrote the UI test suite for the workout flow, paired with the QA lead on release checklists, and moved us to a fortnightly cadence.

## Result
The App Store rating climbed from 2.1 to 4.6, and two of my next 26 releases needed a hotfix.

# Product launch event
Kind: achievement

## Situation
Our audio brand was launching its first wireless headphones.

## Task
I was events manager for the London launch.

## Action
I booked the venue, worked with the PR agency on the guest list, and produced a live demo with our sound engineers.

## Result
The event drew 600 guests and press from 40 titles, the largest launch audience in the company's history, and pre-orders reached 9,000 in a week.

# Data migration
Kind: achievement

## Situation
Our housing association had 40 years of tenancy records in a legacy system due to be switched off.

## Task
As data lead I had to move the records before the licence expired.

## Action
I wrote the mapping rules, ran three trial loads with the two housing officers checking samples, and fixed each mismatch before the final load.

## Result
We migrated 68,000 records a month before the switch-off, and the post-migration audit found 7 errors, all corrected within a week.

# Startup fundraising
Kind: achievement

## Situation
My climate-tech startup needed seed funding to build its first pilot plant.

## Task
As co-founder and CEO I ran the raise.

## Action
I built the financial model with my co-founder, pitched 45 investors in eight weeks, and brought in an adviser who had raised for two similar companies.

## Result
We closed a £2.4M round, and our lead investor told us our adviser's introductions were the most useful she had seen in a seed round.
