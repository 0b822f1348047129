# Wrong warehouse
Kind: failure

## Situation
I was a junior buyer at a kitchenware retailer ordering stock for the autumn catalogue.

## Action
I placed the orders for our top 40 lines through the supplier portal without checking the delivery terms.

## Result
Half the stock arrived five weeks late, and we lost £120,000 of catalogue sales.

## Lessons
It turned out the supplier ran two warehouses, and the portal had defaulted to the one in Poland.

# Cheaper rival
Kind: failure

## Situation
I headed our bid to renew a five-year IT support contract with a university.

## Action
I priced the renewal at the same margin as the original contract and presented it to their procurement board.

## Result
We lost the contract, worth £1.4M a year.

## Lessons
In the end the university went with a cheaper firm, and that was the end of a ten-year relationship.

# Meal-kit launch
Kind: failure

## Situation
I was the founder of a meal-kit startup targeting students.

## Action
I spent our £150,000 seed money on a launch in three university cities in the same term.

## Result
We signed up 900 customers, against a plan of 5,000, and closed within the year.

## Lessons
Looking back, students weren't ready to pay for meal kits in 2019.

# Sensor calibration
Kind: failure

## Situation
I was quality engineer on a production line for medical syringes.

## Action
I signed off a batch release based on the in-line sensor readings.

## Result
A customer audit found 3% of the batch was outside tolerance, and we recalled 200,000 units.

## Lessons
The investigation showed the sensors had drifted out of calibration soon after installation.

# Rain delay
Kind: failure

## Situation
I was project manager for a riverside footbridge.

## Action
I scheduled the concrete pour for the deck in late October.

## Result
Three weeks of rain pushed the pour to December, and the bridge opened two months late.

## Lessons
Weather is a fact of life in construction, and every project manager has a season like that.

# Reading scheme
Kind: failure

## Situation
I was literacy lead at a junior school.

## Action
I introduced a new reading scheme across Years 3 and 4 without a pilot.

## Result
Reading scores stayed flat at 64% meeting the expected standard.

## Lessons
The new head scrapped the scheme the following September anyway.

# Saturday discharge
Kind: failure

## Situation
I was a discharge coordinator on an orthopaedic ward.

## Action
I arranged a Saturday-evening discharge for a hip-replacement patient whose medicines were still being prepared.

## Result
She waited until 8 p.m., and the bed went unused for four hours.

## Lessons
I found that the hospital pharmacy closes at 5 p.m. on Saturdays.

# Quarter of discounts
Kind: failure

## Situation
I managed a furniture showroom in a retail park.

## Action
I ran a 30% discount campaign across the showroom for the whole of the first quarter.

## Result
Sales volume rose 8%, but margin fell by £95,000 against the same quarter the year before.

## Lessons
It was a hard quarter for the whole furniture sector, with footfall down across the park.

# Competitor first
Kind: failure

## Situation
I was product marketing manager for a budgeting app.

## Action
I held our launch back by six weeks to polish the onboarding video.

## Result
A competitor launched a similar app first, and our first-month downloads came in at 12,000 against a target of 40,000.

## Lessons
Our competitor got there first and took the press coverage.

# Unrealistic target
Kind: failure

## Situation
I was appointed to grow membership for a regional sports federation.

## Action
I committed the federation to a target of 10,000 new members in a year and built the campaign around club open days.

## Result
We recruited 3,200.

## Lessons
The board later agreed that the target had been unrealistic from the start, and it was halved for the next year.

# Release relief
Kind: failure

## Situation
I was release manager for a tax-filing web service in the week before the filing deadline.

## Action
I approved a release on the Friday afternoon to fix a minor display issue.

## Result
The release broke the payment page for 3 hours, and 4,000 filings were delayed.

## Lessons
I was relieved when the next release went out without a problem, and the team was glad to put it behind them.

# Pop-up restaurant
Kind: failure

## Situation
I was a head chef who opened a summer pop-up in a seaside town.

## Action
I signed a three-month lease and hired seven staff before testing the menu with local customers.

## Result
We covered 40% of our costs and closed after seven weeks.

## Lessons
Some ventures don't work out, and pop-ups are a gamble.
