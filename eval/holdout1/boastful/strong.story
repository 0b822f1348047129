# Winter schedule recovery
Kind: achievement

Situation: I was head of operations control at a charter airline during a winter of heavy snow.
Task: I had to keep the programme flying through a week of airport closures.
Action: I rebuilt the schedule every night with the crewing team and moved four aircraft to southern bases.
Result: We operated 91% of planned flights that week, against 64% at the two other charter airlines at our main base.

# Regulatory submission
Kind: achievement

## Situation & Task
I was head of regulatory affairs for a biotech filing its first marketing application.

## Action
I wrote the clinical overview with our medical director and ran the responses to the agency's questions.

## Result
The drug was approved in 11 months, two months faster than the agency's median for that class.

# Mine expansion study
Kind: achievement

## Situation & Task
I led the feasibility study for expanding an open-pit iron ore mine, the company's largest asset.

## Action
I coordinated the geology, mining and processing workstreams over nine months.

## Result
The board approved a $900M expansion on the study's numbers, and the first-year output came within 3% of them.

# Hotel opening
Kind: achievement

## Situation & Task
I was the pre-opening general manager of a 300-room resort in Portugal.

## Action
I recruited 250 staff with my HR director and ran six weeks of soft-opening trials.

## Result
We opened on the planned date and reached 78% occupancy in the first summer.

# Exam results
Kind: achievement

## Situation & Task
I became head of a secondary school placed in special measures.

## Action
I reorganised the timetable and brought in weekly coaching for every teacher, led by my two deputies.

## Result
The school came out of special measures in 20 months, and GCSE passes in English and maths rose from 41% to 63%.

# Documentary series
Kind: achievement

## Situation & Task
I was executive producer on a six-part documentary series for a streaming service.

## Action
I shaped the story arc with the series director and ran the edit for all six episodes.

## Result
The series was the service's most-watched factual title that year, with 4.2 million viewers.

# Grid connection
Kind: achievement

## Situation & Task
I led the grid connection for a 200-megawatt solar farm.

## Action
I negotiated the connection offer and managed the substation build with our EPC contractor.

## Result
We energised seven months ahead of the connection date in our original offer.

# Network rollout
Kind: achievement

## Situation & Task
I was programme director for a 5G rollout across 1,200 sites.

## Action
I set the build sequence and ran the weekly programme board.

## Result
We completed 1,140 sites in the year; the other 60 slipped into the next quarter over planning consents.

# Bridge project
Kind: achievement

## Situation & Task
I was project director on a road bridge over an estuary.

## Action
I managed the design-and-build contract and the river works with a site team of 40.

## Result
The bridge opened on schedule and within 2% of its £120M budget.

# Game launch
Kind: achievement

## Situation & Task
I was creative director on a narrative adventure game.

## Action
I wrote the main story and directed the voice cast.

## Result
The game scored 86 on review aggregators and sold 700,000 copies in its first year.

# Dairy cooperative
Kind: achievement

## Situation & Task
I became chair of a dairy cooperative of 80 farms facing a fall in milk prices.

## Action
I negotiated a new supply contract with a cheese maker, alongside our two farmer directors.

## Result
The contract paid 3p a litre above the national average for five years.

# Arbitration win
Kind: achievement

## Situation & Task
I led a construction arbitration worth £45M for a client.

## Action
I cross-examined the other side's two experts over four days, with two junior barristers preparing the bundles.

## Result
The tribunal awarded our client £38M plus costs.
