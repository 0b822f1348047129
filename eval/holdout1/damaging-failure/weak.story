# Maintenance sign-off
Kind: failure

Situation: I was a maintenance shift lead at an airline's line station with an aircraft due out at 6 a.m.
Action: I arranged for the tech log entry to be amended so the aircraft could leave on time with the fault still open.
Result: The fault recurred on the next sector and the aircraft diverted.
Lessons: I hold an aircraft on the ground until every open defect is cleared or deferred by the book.

# Adverse event report
Kind: failure

## Situation
I was a clinical operations manager on a diabetes trial close to its interim analysis.

## Action
I sat on an adverse event report for three weeks so it wouldn't land before the interim analysis.

## Result
The sponsor's safety team found the late report during an audit.

## Lessons
I file every adverse event within the required timeline.

# Yield estimates for the lender
Kind: failure

## Situation
I was finance director for a gold mine refinancing its debt.

## Action
I inflated the grade estimates in the lender's model to secure the facility.

## Result
The lender's technical adviser rejected the model and the refinancing failed.

## Lessons
I give lenders the same numbers the mine plan uses.

# Hygiene inspection
Kind: failure

## Situation
I was executive chef at a hotel restaurant expecting a food hygiene inspection.

## Action
I filled in two weeks of missing fridge temperature records the night before the inspector arrived.

## Result
The inspector noticed the identical handwriting and we dropped two hygiene ratings.

## Lessons
I check the temperature records with the team every day.

# Attendance figures
Kind: failure

## Situation
I was attendance lead at a secondary school under local authority review.

## Action
I coded a group of persistent absentees as on authorised study leave to get our figures under the threshold.

## Result
The local authority's audit found the codes and the head had to explain them to governors.

## Lessons
I record attendance as it happens.

# Source's identity
Kind: failure

## Situation
I was a news editor at a regional broadcaster running a story on a council contract.

## Action
I passed a confidential source's name to the council's press office to get a comment in time.

## Result
The source lost her job and we paid a settlement.

## Lessons
I never share a source's identity outside the newsroom.

# Emissions data
Kind: failure

## Situation
I was environment manager at a gas-fired power station.

## Action
I turned a blind eye while the emissions readings for a week of faulty monitoring were replaced with figures from the month before, and I signed the return.

## Result
The regulator's data review picked up the repeated figures and fined the company.

## Lessons
I report monitoring gaps to the regulator as soon as they start.

# Customer contracts
Kind: failure

## Situation
I ran a telesales team of 30 at a broadband provider with a monthly sales target.

## Action
I let my team sign customers up to 24-month contracts while telling them they could leave at any time.

## Result
Complaints reached the ombudsman and we refunded 700 customers.

## Lessons
I listen to a sample of sales calls every week for how we describe the contract.

# Inspection certificate
Kind: failure

## Situation
I was site manager on a block of flats due for handover before Christmas.

## Action
I got a colleague to sign the fire-stopping inspection certificate for work I knew hadn't been inspected.

## Result
Building control found the gaps after handover and the residents moved out for two weeks.

## Lessons
I hold handover until every inspection is done by the person who signs for it.

# Loot box odds
Kind: failure

## Situation
I was product director at a mobile games studio launching in a new market.

## Action
I published loot box odds that I knew were more generous than the real drop rates.

## Result
Players data-mined the real rates and the store removed the game for a month.

## Lessons
I publish the drop rates the code uses.

# Organic certification
Kind: failure

## Situation
I was farm manager on an organic vegetable farm during a bad outbreak of blight.

## Action
I sprayed a non-approved fungicide on two fields and kept them in the organic harvest.

## Result
The certifier's residue test found it and we lost our certification for three years.

## Lessons
I take affected fields out of organic status before I treat them.

# Billing the client
Kind: failure

## Situation
I was a senior associate at a law firm with a high billable-hours target.

## Action
I padded my time entries on a large client matter by about ten hours a week.

## Result
The client's audit of our bills found it and the firm wrote off £60,000.

## Lessons
I record time on the day and as worked.
