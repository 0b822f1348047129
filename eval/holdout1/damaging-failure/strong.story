# Maintenance sign-off
Kind: failure

Situation: I was a maintenance shift lead at an airline's line station with an aircraft due out at 6 a.m.
Action: I deferred a cabin defect under the wrong category in the minimum equipment list because I read the wrong revision.
Result: Our quality team caught it at the next station, and the aircraft was held for two hours.
Lessons: I now check the revision date on the list before every deferral.

# Adverse event report
Kind: failure

## Situation
I was a clinical operations manager on a diabetes trial close to its interim analysis.

## Action
I found that a site coordinator had held an adverse event report back for three weeks, and I reported it to the sponsor and the ethics committee.

## Result
The sponsor retrained the site and the interim analysis included the event.

## Lessons
I now check site reporting times in every monitoring visit.

# Grade estimates for the lender
Kind: failure

## Situation
I was finance director for a gold mine refinancing its debt.

## Action
I gave the lender a model built on last year's grade estimates because I didn't know the geologists had revised them down.

## Result
The lender's technical adviser found the gap and the refinancing closed two months late.

## Lessons
I now get the latest mine plan signed off by the chief geologist before any lender sees our numbers.

# Hygiene inspection
Kind: failure

## Situation
I was executive chef at a hotel restaurant expecting a food hygiene inspection.

## Action
I found two weeks of missing fridge temperature records the night before the inspection and told the inspector about the gap on arrival.

## Result
We dropped one hygiene rating and regained it at the next visit.

## Lessons
I check the temperature records with the team every day.

# Attendance figures
Kind: failure

## Situation
I was attendance lead at a secondary school under local authority review.

## Action
I set up the new attendance codes wrongly in our system, so a group of absentees showed as on authorised study leave.

## Result
I found the error in the first half-term, corrected it and told the local authority.

## Lessons
I now test any change to attendance codes on a sample of records first.

# Source's identity
Kind: failure

## Situation
I was a news editor at a regional broadcaster running a story on a council contract.

## Action
I left a draft script with a confidential source's name on a shared newsroom drive that freelancers could see.

## Result
No one outside the newsroom saw it, and I moved the file and told the source that day.

## Lessons
I keep source names out of scripts and shared drives.

# Emissions data
Kind: failure

## Situation
I was environment manager at a gas-fired power station.

## Action
I discovered that a technician had replaced a week of faulty emissions readings with the previous month's figures, and I reported it to the regulator before the return went in.

## Result
The regulator accepted a corrected return with the gap declared.

## Lessons
I now review monitoring data weekly instead of at month end.

# Customer contracts
Kind: failure

## Situation
I ran a telesales team of 30 at a broadband provider with a monthly sales target.

## Action
I trained my team on a script that didn't mention the 24-month minimum term clearly enough.

## Result
Complaints rose, and we offered 700 customers the chance to leave without a fee.

## Lessons
I now have compliance review every sales script before we use it.

# Inspection certificate
Kind: failure

## Situation
I was site manager on a block of flats due for handover before Christmas.

## Action
I found that a subcontractor had signed a fire-stopping certificate for work that hadn't been inspected, and I stopped the handover and reported it to building control.

## Result
Handover moved to February, after every floor was inspected.

## Lessons
I now walk each floor with the inspector before any certificate is signed.

# Loot box odds
Kind: failure

## Situation
I was product director at a mobile games studio launching in a new market.

## Action
I published loot box odds from an old configuration file because I didn't check them against the live build.

## Result
Players spotted the mismatch within a week, and I published the corrected odds with an apology.

## Lessons
I now generate the published odds from the live build.

# Organic certification
Kind: failure

## Situation
I was farm manager on an organic vegetable farm during a bad outbreak of blight.

## Action
I treated two fields with a fungicide I wrongly believed was approved for organic use, and I told the certifier as soon as I found out.

## Result
We sold those two fields' crop as conventional and kept our certification.

## Lessons
I now check every input against the certifier's current list before use.

# Billing the client
Kind: failure

## Situation
I was a senior associate at a law firm with a high billable-hours target.

## Action
I recorded my time at the end of each week from memory, and my entries on a large client matter were wrong.

## Result
The client queried the bills, and we reviewed them together and issued a credit of £8,000.

## Lessons
I record time on the day and as worked.
