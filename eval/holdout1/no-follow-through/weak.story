# The crew roster that broke at Christmas
Kind: failure

Situation: I was head of crew planning at a charter airline during the 2019 winter season.
Action: I built the Christmas roster with standby cover at 4%, the level we used in summer, to keep costs down.
Result: A flu outbreak grounded 11% of cabin crew, I cancelled 23 flights over four days, and passenger compensation came to £1.1 million.
Lessons: I learned that I had copied a summer assumption into a winter plan without checking it. In the years since, that week has never left my mind.

# Unblinding the trial data too early
Kind: failure

## Situation
As head of biostatistics at a mid-sized pharma company, I oversaw the interim analysis of a heart-failure trial.

## Action
I shared headline interim results with the commercial team before the data monitoring committee had met, to help their launch planning.

## Result
The regulator questioned the trial's integrity, and we ran an extra six-month sensitivity study costing £2.4 million.

## Lessons
My mistake was putting a commercial request ahead of the firewall that protects a trial. That episode still shapes my view of data access.

# Planting the whole farm in one crop
Kind: failure

## Situation
I manage a 600-hectare arable farm, and in 2020 oilseed rape prices were at a four-year high.

## Action
I put 70% of our area into oilseed rape and cut the rotation short.

## Result
Flea beetle destroyed 40% of the crop, and the farm's margin fell by £190,000 that year.

## Lessons
I chased one year's price and ignored the rotation that protects the soil and the crop. Should I face the same choice again, I would hold rape at no more than a quarter of the farm.

# Publishing the story before the second source
Kind: failure

## Situation
As news editor of a national website, I ran a story that a football manager was about to be sacked.

## Action
I published on one well-placed source because a rival outlet was chasing the same story.

## Result
The club denied it, the manager stayed for another season, and we issued a correction that appeared on 40 other sites.

## Lessons
I let competition override my own rule of two independent sources. These days I put far more weight on being right than on being first.

# The mast upgrade nobody warned the village about
Kind: failure

## Situation
I led the rural network upgrade programme for a mobile operator, replacing 300 masts.

## Action
I approved a schedule that took each site offline for up to 72 hours and relied on a notice on our website.

## Result
A village lost all mobile signal for three days, a resident could not call an ambulance, and the story led to 1,500 complaints and a regulator inquiry.

## Lessons
I treated an outage as an engineering event when for residents it was a safety issue. I've since become convinced that every planned outage needs direct contact with the people it affects.

# Missing the limitation date
Kind: failure

## Situation
As a senior associate at a law firm, I ran a professional negligence claim for a small manufacturer.

## Action
I relied on a diary reminder set by the previous fee earner and did not recalculate the limitation date myself.

## Result
The reminder was a month late, we issued the claim out of time, and the firm's insurer paid the client £350,000.

## Lessons
I accepted someone else's calculation on the one date that could end the case. My approach to critical dates is entirely different now.

# Selling the kit sponsorship too cheaply
Kind: failure

## Situation
As commercial manager of a Championship club, I negotiated our shirt sponsorship.

## Action
I signed a five-year deal at a fixed £900,000 a year with no promotion clause.

## Result
We were promoted in year two, and the deal left us £4 million below the market rate for the following three seasons.

## Lessons
I negotiated for the club we were rather than the club we might become. In any future deal I will make sure a promotion uplift is in the contract.

# The crane I let work in the wind
Kind: failure

## Situation
I was project manager on a 14-storey residential tower in Manchester.

## Action
I allowed the crane to keep lifting cladding panels as gusts rose, because we were behind programme.

## Result
A panel swung into the scaffold, nobody was hurt, but the site closed for nine days and the investigation cost £160,000.

## Lessons
I let programme pressure push me past a safety limit I knew well. I'm acutely aware now that a wind limit is not a target to get close to.

# Shipping the game with a known save bug
Kind: failure

## Situation
As producer on a console role-playing game, I owned the final release decision.

## Action
I shipped on the announced date with a rare save-corruption bug still open, planning a day-one patch.

## Result
The patch slipped by a week, 3% of players lost their saves, and our review score fell from 86 to 71.

## Lessons
I underestimated how a rare bug hits the players who care most. Today I see a data-loss bug as a release blocker, whatever the marketing date.

# The course I launched without employers
Kind: failure

## Situation
As dean of a business school, I launched a master's in supply chain management.

## Action
I designed the curriculum with our own faculty and launched it without an employer advisory board.

## Result
The first intake was 11 students against a target of 40, and the programme lost £280,000 over two years.

## Lessons
I built the course around what we could teach rather than what employers needed. I would involve employers from the first draft if I were designing a programme again.

# The solar farm connection date
Kind: failure

## Situation
As development director at a renewable energy company, I committed to a date for a 40-megawatt solar farm.

## Action
I announced a grid connection date to investors before the network operator had confirmed the substation works.

## Result
The connection came 14 months late, and the project lost £5.2 million in revenue and penalty payments.

## Lessons
I made a public promise that depended on someone else's programme. The lesson is to announce only the dates I control.

# Cutting housekeeping hours before the season
Kind: failure

## Situation
As general manager of a 200-room seaside hotel, I cut housekeeping hours by 15% to meet the budget.

## Action
I reduced the hours across the board at the start of the summer season.

## Result
Room-ready times slipped past 4 p.m. on most days, our review score fell from 8.9 to 7.8, and July bookings dropped 9%.

## Lessons
I cut the team that guests notice first, at the moment they notice it most. I'd weigh guest-facing roles very differently now.
