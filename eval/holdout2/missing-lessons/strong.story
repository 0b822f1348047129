# Wrong warehouse
Kind: failure

## Situation
I was a junior buyer at a kitchenware retailer ordering stock for the autumn catalogue.

## Action
I placed the orders for our top 40 lines through the supplier portal without checking the delivery terms.

## Result
Half the stock arrived five weeks late, and we lost £120,000 of catalogue sales.

## Lessons
The portal had defaulted to the supplier's Polish warehouse, and I learned to confirm the ship-from location on the first order with any supplier; I have done that on the nine new suppliers I have set up since.

# Cheaper rival
Kind: failure

## Situation
I headed our bid to renew a five-year IT support contract with a university.

## Action
I priced the renewal at the same margin as the original contract and presented it to their procurement board.

## Result
We lost the contract, worth £1.4M a year.

## Lessons
The university went with a cheaper firm, and I learned that I had assumed loyalty instead of testing our price against the market; for my next two renewals I benchmarked three competitors before pricing and kept both clients.

# Meal-kit launch
Kind: failure

## Situation
I was the founder of a meal-kit startup targeting students.

## Action
I spent our £150,000 seed money on a launch in three university cities in the same term.

## Result
We signed up 900 customers, against a plan of 5,000, and closed within the year.

## Lessons
I learned to prove demand in one small market before I spend on scale, and in my current venture I ran a ten-week pilot with 200 customers before raising money.

# Sensor calibration
Kind: failure

## Situation
I was quality engineer on a production line for medical syringes.

## Action
I signed off a batch release based on the in-line sensor readings.

## Result
A customer audit found 3% of the batch was outside tolerance, and we recalled 200,000 units.

## Lessons
The sensors had drifted out of calibration, and I learned that I was trusting instruments I had never verified; I added a weekly manual gauge check to my release routine, and I have run it for the 70 batches I have released since.

# Rain delay
Kind: failure

## Situation
I was project manager for a riverside footbridge.

## Action
I scheduled the concrete pour for the deck in late October.

## Result
Three weeks of rain pushed the pour to December, and the bridge opened two months late.

## Lessons
I learned to build weather risk into my programme instead of treating it as bad luck, and on the cycle-path bridge the next year I scheduled the pour for August with a three-week weather float.

# Reading scheme
Kind: failure

## Situation
I was literacy lead at a junior school.

## Action
I introduced a new reading scheme across Years 3 and 4 without a pilot.

## Result
Reading scores stayed flat at 64% meeting the expected standard.

## Lessons
I learned to pilot any change with one class and measure it before rolling it out, and last year I trialled a phonics catch-up with one Year 3 class for a term before extending it.

# Saturday discharge
Kind: failure

## Situation
I was a discharge coordinator on an orthopaedic ward.

## Action
I arranged a Saturday-evening discharge for a hip-replacement patient whose medicines were still being prepared.

## Result
She waited until 8 p.m., and the bed went unused for four hours.

## Lessons
The pharmacy closes at 5 p.m. on Saturdays, and I learned to check medicine readiness before I confirm any weekend discharge; I have ordered weekend discharge medicines by Friday noon ever since.

# Quarter of discounts
Kind: failure

## Situation
I managed a furniture showroom in a retail park.

## Action
I ran a 30% discount campaign across the showroom for the whole of the first quarter.

## Result
Sales volume rose 8%, but margin fell by £95,000 against the same quarter the year before.

## Lessons
I learned to model the margin effect of a promotion before I launch it, and for the spring sale the following year I limited discounts to 12 slow-moving lines and held margin flat.

# Competitor first
Kind: failure

## Situation
I was product marketing manager for a budgeting app.

## Action
I held our launch back by six weeks to polish the onboarding video.

## Result
A competitor launched a similar app first, and our first-month downloads came in at 12,000 against a target of 40,000.

## Lessons
I learned that I weigh polish too heavily against timing, and on our next feature launch I shipped with a simpler video and improved it in the following sprint.

# Unrealistic target
Kind: failure

## Situation
I was appointed to grow membership for a regional sports federation.

## Action
I committed the federation to a target of 10,000 new members in a year and built the campaign around club open days.

## Result
We recruited 3,200.

## Lessons
I learned to build targets from conversion data rather than ambition, and the next year I set a target of 4,500 from the open-day conversion rates and we reached 4,800.

# Release relief
Kind: failure

## Situation
I was release manager for a tax-filing web service in the week before the filing deadline.

## Action
I approved a release on the Friday afternoon to fix a minor display issue.

## Result
The release broke the payment page for 3 hours, and 4,000 filings were delayed.

## Lessons
I learned to weigh the risk of a change against the calendar, and I introduced a release freeze for the two weeks before each deadline, which I have enforced for the last three filing seasons.

# Pop-up restaurant
Kind: failure

## Situation
I was a head chef who opened a summer pop-up in a seaside town.

## Action
I signed a three-month lease and hired seven staff before testing the menu with local customers.

## Result
We covered 40% of our costs and closed after seven weeks.

## Lessons
I learned to test a menu with paying customers before I commit to a lease, and for my current restaurant I ran six supper-club nights before signing anything.
