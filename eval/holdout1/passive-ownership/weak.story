# Maintenance log on the regional fleet
Kind: failure

Situation: I was head of maintenance planning for a fleet of 22 turboprops.
Action: A recurring hydraulic defect on one aircraft had never been written up in the technical log.
Result: The aircraft was grounded for four days at an outstation in peak season.
Lessons: I now review repeat-defect reports with every line station each week.

# Temperature excursion
Kind: failure

## Situation
I ran distribution for a vaccine manufacturer shipping to 14 countries.

## Action
The temperature logger data for the Lagos shipment was not reviewed before the goods were released.

## Result
We destroyed 40,000 doses after the customer found the excursion.

## Lessons
I now require logger sign-off before any release to a customer.

# Gas monitor calibration
Kind: failure

## Situation
I'm the health and safety manager at a coal preparation plant.

## Action
The gas monitors on the conveyor gallery haven't been calibrated since January.

## Result
The inspector has issued an improvement notice and we are recalibrating all 60 monitors.

## Lessons
I am putting calibration dates on the shift handover board.

# Overbooked wedding weekend
Kind: failure

## Situation
I was front-office manager at a country-house hotel.

## Action
A wedding party's room block got double-booked with a corporate group.

## Result
We moved 14 guests to a nearby hotel and paid their rooms and taxis.

## Lessons
I now have group blocks locked in the system the day the contract is signed.

# Exam entries
Kind: failure

## Situation
I was exams officer at a sixth-form college with 1,100 students.

## Action
Forty students were entered for the wrong tier of the maths paper.

## Result
We paid late-change fees and the students sat the paper a term later.

## Lessons
I now have each subject head check entries against class lists before submission.

# Retraction on the investigation
Kind: failure

## Situation
I was investigations editor at a regional newspaper.

## Action
A key claim in our story on the council contract should have been put to the contractor before we published, and it wasn't.

## Result
We retracted the claim and ran an apology on page two.

## Lessons
I now keep a right-of-reply log for every investigation.

# Meter readings
Kind: failure

## Situation
I'm head of metering at a water utility.

## Action
Estimated readings are still being sent out to customers whose smart meters have been working for months.

## Result
Complaints about estimated bills have doubled this quarter.

## Lessons
I am now checking the meter-status feed against the billing run every week.

# Number porting backlog
Kind: failure

## Situation
I ran customer operations at a mobile virtual network operator.

## Action
Porting requests from another network were left sitting in a queue over the Christmas period.

## Result
Three thousand customers waited more than a week for their numbers.

## Lessons
I now staff the porting queue on every bank holiday.

# Scaffold inspection
Kind: failure

## Situation
I was construction manager on a school refurbishment.

## Action
The weekly scaffold inspection was not carried out after the storm.

## Result
A board slipped the next morning and the site closed for two days while we checked every lift.

## Lessons
I now trigger an inspection after any storm warning.

# Save-game bug
Kind: failure

## Situation
I was QA director at a games studio shipping a role-playing game.

## Action
A save-game corruption bug got waved through as low priority.

## Result
It hit 2% of players within the first week and we pulled the patch.

## Lessons
I now classify any data-loss bug as a release blocker.

# Pesticide records
Kind: failure

## Situation
I managed compliance for a fruit grower supplying three supermarkets.

## Action
Spray records for the east orchards weren't kept up to date over the summer.

## Result
We lost our supermarket certification for the season's apples.

## Lessons
I now check spray records at each block every Friday.

# Conflict check
Kind: failure

## Situation
I was the partner responsible for new-client intake at a mid-sized law firm.

## Action
A conflict check on a new corporate client was never completed before we began work.

## Result
We had to withdraw from the matter and refund the fees.

## Lessons
I now block time recording on any matter without a cleared conflict check.
