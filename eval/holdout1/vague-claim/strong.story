# Turnaround times at the hub airport
Kind: achievement

Situation: I ran ramp operations for an airline's hub with 180 daily departures.
Task: I had to cut the time aircraft spent on stand between flights.
Action: I moved baggage loading to a two-team model and gave dispatchers tablets with live boarding counts.
Result: Average turnaround fell from 52 minutes to 41 over the winter schedule, and on-time departures rose from 71% to 84%.

# Lab sample throughput
Kind: achievement

## Situation & Task
I managed a contract research lab processing blood samples for 30 trials.

## Action
I introduced barcoded sample tracking and a second evening shift for the analysers.

## Result
Throughput went from 2,000 samples a day to 3,600, and turnaround from 72 hours to 30.

# Ore recovery at the concentrator
Kind: achievement

## Situation & Task
I was processing manager at a copper concentrator with recovery at 82% against a plan of 86%.

## Action
I worked with the metallurgists to change the grind size and reagent dosing on two of the four flotation lines.

## Result
Recovery on the two lines we changed rose to 88%, worth $14M a year at that copper price.

# Guest reviews
Kind: achievement

## Situation & Task
I took over as general manager of a 140-room city hotel.

## Action
I retrained the front desk, fixed the breakfast queue with a second service point and replied personally to every review.

## Result
Our review score is now substantially higher than when I arrived 14 months ago: 8.9 against 7.6.

# Student attendance
Kind: achievement

## Situation & Task
I was principal of a secondary academy with 1,300 pupils.

## Action
I set up morning calls to families of absent pupils and a breakfast club on every school day.

## Result
Attendance rose from 89% to 94% in the first term, and persistent absence halved from 22% to 11%.

# Subscriber growth at the magazine
Kind: achievement

## Situation & Task
I was publisher of a monthly science magazine moving from print to digital.

## Action
I launched a digital-only tier at £4 a month and an app with the back catalogue.

## Result
Digital subscriptions grew from 3,000 to 41,000 in two years.

# Outage restoration
Kind: achievement

## Situation & Task
I was head of network operations at an electricity distributor covering 900,000 homes.

## Action
I put drones on standby in each depot and gave crews fault locations before they left.

## Result
Average restoration time after storms fell from 11 hours to 4.

# Call drops on the network
Kind: achievement

## Situation & Task
I led radio optimisation for a mobile operator across the south-east region.

## Action
I had my engineers retune neighbour lists on 2,000 cells and add capacity at 80 sites running above 90% load.

## Result
Dropped calls fell dramatically, from 1.8% to 0.6% of calls across the region.

# Site safety record
Kind: achievement

## Situation & Task
I was construction director for a housebuilder with 25 active sites.

## Action
I introduced daily safety briefings led by the trades and a near-miss app.

## Result
Lost-time injuries fell from 14 to 3 a year across all 25 sites.

# Player retention after the update
Kind: achievement

## Situation & Task
I was game director for a mobile puzzle game whose day-seven retention had dropped to 11%.

## Action
I added a daily challenge, reworked the first ten levels and cut the first ad to level 15.

## Result
Day-seven retention is up to 19% since the update.

# Crop yields on the pilot farms
Kind: achievement

## Situation & Task
I ran an agronomy programme for a cooperative of 200 smallholder farms.

## Action
I introduced soil testing and drip irrigation on 40 pilot farms.

## Result
Maize yields on the pilot farms averaged 4.1 tonnes a hectare against 2.6 on the other farms.

# Billable hours capture
Kind: achievement

## Situation & Task
I was chief operating officer of a 300-lawyer firm where lawyers recorded an average of 1,300 hours a year.

## Action
I rolled out automatic time capture from calendars and email, with weekly prompts.

## Result
Recorded hours rose to 1,480 per lawyer, adding £9M of billable time.
