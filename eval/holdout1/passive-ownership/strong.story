# Maintenance log on the regional fleet
Kind: failure

Situation: I was head of maintenance planning for a fleet of 22 turboprops.
Action: I didn't chase a recurring hydraulic defect on one aircraft because each occurrence looked minor on its own.
Result: The aircraft sat on the ground for four days at an outstation in peak season.
Lessons: I now review repeat-defect reports with every line station each week.

# Temperature excursion
Kind: failure

## Situation
I ran distribution for a vaccine manufacturer shipping to 14 countries.

## Action
I released the Lagos shipment before I had reviewed the temperature logger data.

## Result
We destroyed 40,000 doses after the customer found the excursion.

## Lessons
I now require logger sign-off before any release to a customer.

# Gas monitor calibration
Kind: failure

## Situation
I'm the health and safety manager at a coal preparation plant, and I was appointed in 2022.

## Action
I let the calibration schedule for the conveyor gallery's gas monitors lapse in January.

## Result
The inspector has issued an improvement notice, and all 60 monitors are being recalibrated this month.

## Lessons
I am putting calibration dates on the shift handover board.

# Overbooked wedding weekend
Kind: failure

## Situation
I was front-office manager at a country-house hotel.

## Action
I double-booked a wedding party's room block with a corporate group because I hadn't locked the block in the system.

## Result
We moved 14 guests to a nearby hotel and paid their rooms and taxis.

## Lessons
I now lock group blocks in the system the day the contract is signed.

# Exam entries
Kind: failure

## Situation
I was exams officer at a sixth-form college with 1,100 students.

## Action
Forty students were entered for the wrong tier of the maths paper by me, from an out-of-date class list.

## Result
We paid late-change fees and the students sat the paper a term later.

## Lessons
I now have each subject head check entries against class lists before submission.

# Retraction on the investigation
Kind: failure

## Situation
I was investigations editor at a regional newspaper; our series on the council contract was shortlisted for a regional award.

## Action
I published a key claim in the third part without putting it to the contractor first.

## Result
We retracted the claim and ran an apology on page two.

## Lessons
I now keep a right-of-reply log for every investigation.

# Meter readings
Kind: challenge

## Situation
I'm head of metering at a water utility, and our smart meter programme was completed last year.

## Task
Customers with working smart meters were still getting estimated bills, and I owned the fix.

## Action
I matched the meter-status feed against the billing run and found 9,000 accounts on the wrong flag.

## Result
The flags were corrected in two billing cycles and complaints about estimates fell by 60%.

# Number porting backlog
Kind: failure

## Situation
I ran customer operations at a mobile virtual network operator.

## Action
I left the porting queue unstaffed over Christmas because I assumed volumes would be low.

## Result
Three thousand customers waited more than a week for their numbers.

## Lessons
I now staff the porting queue on every bank holiday.

# Scaffold inspection
Kind: failure

## Situation
I was construction manager on a school refurbishment.

## Action
I skipped the weekly scaffold inspection after the storm to get the roofers started.

## Result
A board slipped the next morning and the site closed for two days while we checked every lift.

## Lessons
I now trigger an inspection after any storm warning.

# Save-game bug
Kind: failure

## Situation
I was QA director at a games studio, and the role-playing game was released on three platforms in October.

## Action
I classed a save-game corruption bug as low priority and let the patch ship.

## Result
It hit 2% of players within the first week and we pulled the patch.

## Lessons
I now classify any data-loss bug as a release blocker.

# Pesticide records
Kind: failure

## Situation
I managed compliance for a fruit grower supplying three supermarkets.

## Action
I stopped checking the spray records for the east orchards over the summer when I moved to the packhouse project.

## Result
We lost our supermarket certification for the season's apples.

## Lessons
I now check spray records at each block every Friday.

# Conflict check
Kind: failure

## Situation
I was the partner responsible for new-client intake at a mid-sized law firm.

## Action
I let the team start work on a new corporate client before I had cleared the conflict check.

## Result
We withdrew from the matter and refunded the fees.

## Lessons
I now block time recording on any matter without a cleared conflict check.
