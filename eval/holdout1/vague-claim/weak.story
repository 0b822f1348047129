# Turnaround times at the hub airport
Kind: achievement

Situation: I ran ramp operations for an airline's hub with 180 daily departures.
Task: I had to cut the time aircraft spent on stand between flights.
Action: I moved baggage loading to a two-team model and gave dispatchers tablets with live boarding counts.
Result: Our turnaround performance improved by leaps and bounds over the winter schedule.

# Lab sample throughput
Kind: achievement

## Situation & Task
I managed a contract research lab processing blood samples for 30 trials.

## Action
I introduced barcoded sample tracking and a second evening shift for the analysers.

## Result
It was a night-and-day difference in throughput.

# Ore recovery at the concentrator
Kind: achievement

## Situation & Task
I was processing manager at a copper concentrator with recovery at 82% against a plan of 86%.

## Action
I worked with the metallurgists to change the grind size and reagent dosing on two of the four flotation lines.

## Result
Recovery went through the roof on both lines we changed.

# Guest reviews
Kind: achievement

## Situation & Task
I took over as general manager of a 140-room city hotel.

## Action
I retrained the front desk, fixed the breakfast queue with a second service point and replied personally to every review.

## Result
Our review scores are now substantially higher than when I arrived 14 months ago.

# Student attendance
Kind: achievement

## Situation & Task
I was principal of a secondary academy with 1,300 pupils.

## Action
I set up morning calls to families of absent pupils and a breakfast club on every school day.

## Result
Attendance saw a step change in the first term.

# Subscriber growth at the magazine
Kind: achievement

## Situation & Task
I was publisher of a monthly science magazine moving from print to digital.

## Action
I launched a digital-only tier at £4 a month and an app with the back catalogue.

## Result
Digital subscriptions grew exponentially.

# Outage restoration
Kind: achievement

## Situation & Task
I was head of network operations at an electricity distributor covering 900,000 homes.

## Action
I put drones on standby in each depot and gave crews fault locations before they left.

## Result
Restoration after storms got a whole lot faster.

# Call drops on the network
Kind: achievement

## Situation & Task
I led radio optimisation for a mobile operator across the south-east region.

## Action
I had my engineers retune neighbour lists on 2,000 cells and add capacity at 80 sites running above 90% load.

## Result
Dropped calls fell dramatically across the region.

# Site safety record
Kind: achievement

## Situation & Task
I was construction director for a housebuilder with 25 active sites.

## Action
I introduced daily safety briefings led by the trades and a near-miss app.

## Result
We made huge strides in site safety across all 25 sites.

# Player retention after the update
Kind: achievement

## Situation & Task
I was game director for a mobile puzzle game whose day-seven retention had dropped to 11%.

## Action
I added a daily challenge, reworked the first ten levels and cut the first ad to level 15.

## Result
Retention is way up since the update.

# Crop yields on the pilot farms
Kind: achievement

## Situation & Task
I ran an agronomy programme for a cooperative of 200 smallholder farms.

## Action
I introduced soil testing and drip irrigation on 40 pilot farms.

## Result
Yields on the pilot farms were heaps better than on the other farms.

# Billable hours capture
Kind: achievement

## Situation & Task
I was chief operating officer of a 300-lawyer firm where lawyers recorded an average of 1,300 hours a year.

## Action
I rolled out automatic time capture from calendars and email, with weekly prompts.

## Result
We captured a ton more billable time.
