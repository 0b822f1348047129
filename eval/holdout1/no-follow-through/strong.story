# Standby cover copied from summer
Kind: failure

Situation: I was head of crew planning at a charter airline during the 2019 winter season.
Action: I built the Christmas roster with standby cover at 4%, the summer level, to keep costs down.
Result: A flu outbreak took 11% of cabin crew off the roster, I cancelled 23 flights over four days, and compensation came to £1.1 million.
Lessons: I had copied a summer assumption into a winter plan. For every winter roster after that I set standby from five years of sickness data, 9% in December, and across the next three Christmases I cancelled two flights in total.

# Sharing interim results across the firewall
Kind: failure

## Situation
As head of biostatistics at a mid-sized pharma company, I oversaw the interim analysis of a heart-failure trial.

## Action
I shared headline interim results with the commercial team before the data monitoring committee met.

## Result
The regulator questioned the trial's integrity, and we ran an extra six-month sensitivity study costing £2.4 million.

## Lessons
I put a commercial request ahead of the firewall that protects a trial. On the next two trials I ran, I wrote the access rules into the statistical plan, routed every interim request through an independent statistician, and both passed inspection with no findings.

# Putting a quarter of the farm into rape
Kind: failure

## Situation
I manage a 600-hectare arable farm, and in 2020 oilseed rape prices were at a four-year high.

## Action
I put 70% of our area into oilseed rape and cut the rotation short.

## Result
Flea beetle destroyed 40% of the crop, and the farm's margin fell by £190,000.

## Lessons
I chased one year's price and ignored the rotation. For the 2021 and 2022 harvests I capped rape at 25% of the area and went back to a five-year rotation, and margins recovered to £410 a hectare.

# Two sources before we publish
Kind: failure

## Situation
As news editor of a national website, I ran a story that a football manager was about to be sacked.

## Action
I published on one source because a rival was chasing the same story.

## Result
The club denied it, the manager stayed another season, and our correction appeared on 40 other sites.

## Lessons
I let competition override my own rule of two independent sources. The next transfer window, I held back three exclusives until a second source confirmed them; we lost one to a rival by an hour and published the other two without a correction.

# Telling villages before the masts go dark
Kind: failure

## Situation
I led the rural network upgrade programme for a mobile operator, replacing 300 masts.

## Action
I approved a schedule that took sites offline for up to 72 hours, with only a notice on our website.

## Result
A village lost signal for three days, a resident could not call an ambulance, and we received 1,500 complaints and a regulator inquiry.

## Lessons
For residents an outage is a safety issue. For the remaining 210 masts, I wrote to every household, briefed each parish council, and parked a temporary mast on site, and complaints fell to 12 over the rest of the programme.

# Recalculating the limitation date myself
Kind: failure

## Situation
As a senior associate at a law firm, I ran a professional negligence claim for a small manufacturer.

## Action
I relied on a diary reminder set by the previous fee earner and did not recalculate the limitation date.

## Result
The reminder was a month late, we issued out of time, and the firm's insurer paid the client £350,000.

## Lessons
I accepted someone else's calculation on the one date that could end a case. From the following Monday I recalculated every limitation date on my 60 files and asked a colleague to check each one independently, and I have kept that double check on every file I have taken on in the six years since.

# A promotion clause in the shirt deal
Kind: failure

## Situation
As commercial manager of a Championship club, I negotiated our shirt sponsorship.

## Action
I signed a five-year deal at a fixed £900,000 a year with no promotion clause.

## Result
We went up in year two, and the deal left us £4 million below market over the next three seasons.

## Lessons
I negotiated for the club we were, not the club we might become. When the stadium naming rights came up in 2021, I wrote in a 60% uplift on promotion and a break clause, and that clause paid out £1.2 million the following year.

# Stopping lifts at the wind limit
Kind: failure

## Situation
I was project manager on a 14-storey residential tower in Manchester.

## Action
I let the crane keep lifting cladding panels as the gusts rose, because we were behind programme.

## Result
A panel swung into the scaffold; nobody was hurt, but the site closed for nine days and the investigation cost £160,000.

## Lessons
I let programme pressure push me past a limit I knew. On my next two towers I installed anemometers with automatic crane alarms and built two weather days a month into the programme, and I stopped lifting 31 times without losing a completion date.

# A save bug that became a blocker
Kind: failure

## Situation
As producer on a console role-playing game, I owned the final release decision.

## Action
I shipped on the announced date with a rare save-corruption bug open, planning a day-one patch.

## Result
The patch slipped a week, 3% of players lost their saves, and our review score fell from 86 to 71.

## Lessons
A rare bug hits the players who care most. On our next game I classed every data-loss bug as a release blocker and moved the launch back nineteen days to fix two of them, and it reviewed at 88.

# Bringing employers into the master's
Kind: failure

## Situation
As dean of a business school, I launched a master's in supply chain management.

## Action
I designed the curriculum with our own faculty and launched without an employer advisory board.

## Result
The first intake was 11 students against a target of 40, and the programme lost £280,000 over two years.

## Lessons
I built around what we could teach rather than what employers needed. I set up a board of eight employers in the third year, rewrote two modules with them, and intake rose to 46 the year after.

# Only announcing dates I control
Kind: failure

## Situation
As development director at a renewable energy company, I committed to a date for a 40-megawatt solar farm.

## Action
I told investors the grid connection date before the network operator had confirmed the substation works.

## Result
The connection came 14 months late, and the project lost £5.2 million in revenue and penalties.

## Lessons
I made a public promise that rested on someone else's programme. On our next three projects I gave investors a range until the operator signed the connection offer, and every date I announced after that held.

# Protecting housekeeping in the summer
Kind: failure

## Situation
As general manager of a 200-room seaside hotel, I cut housekeeping hours by 15% to meet the budget.

## Action
I reduced the hours across the board at the start of the summer season.

## Result
Rooms were regularly not ready until after 4 p.m., our review score fell from 8.9 to 7.8, and July bookings dropped 9%.

## Lessons
I cut the team that guests notice first. When the budget tightened again the next spring, I protected housekeeping and took the saving from back-office overtime instead, and the review score climbed back to 9.0.
