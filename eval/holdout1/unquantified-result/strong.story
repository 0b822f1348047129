# Closing the agritech raise
Kind: achievement

Situation: It's 2021, our agritech start-up has eight months of cash left, and two lead investors have passed.
Task: As CEO, I own the fundraise.
Action: I rebuild the pitch around the 14 farms already paying us, cut the ask from $30 million to $18 million, and run 60 investor meetings in six weeks. Maya, our CFO, builds the data room and answers every diligence question within a day.
Result: We close $18 million at a valuation 40% above the previous round, extending our runway from eight months to three years.

# Putting the new widebodies into service
Kind: achievement

## Situation
Our long-haul airline was taking delivery of A350s, and pilot training capacity was the bottleneck.

## Task
As head of flight operations, I owned the entry-into-service plan.

## Action
I leased simulator time at two overseas centres, overlapped conversion and line training, and agreed a revised roster with the pilots' union. Elena, our chief training captain, designed the conversion syllabus.

## Result
We converted 96 pilots in five months instead of eight, and the aircraft flew its launch route on the planned date.

# Rescuing recruitment in three countries
Kind: achievement

## Situation
Our Phase III asthma trial ran in 11 countries, and three had recruited nobody after six months.

## Task
As clinical operations director, I had to rescue recruitment there.

## Action
I replaced two underperforming sites, put coordinators on a shared screening log, and funded patient travel. Dr Alvarez, our lead investigator in Spain, trained the new sites on the inclusion criteria.

## Result
The three countries went from zero patients to 212 in seven months, and the trial submitted on its original date.

# Wheat lost in the old barn
Kind: failure

## Situation
As farm manager on a 900-hectare estate, I stored the wheat harvest in a Victorian barn after our main store filled.

## Action
I checked the roof in August and skipped the drainage survey because the barn had stayed dry for years.

## Result
A November storm flooded the floor, and the merchant rejected 340 tonnes of mouldy wheat, a loss of £68,000.

## Lessons
I trusted the barn's history instead of inspecting it. The next summer I had every store surveyed before harvest and raised the floors in two of them, and the merchant has not rejected a load since.

# Switching on 5G across the capital
Kind: achievement

## Situation
Our operator was the last big network without 5G in the capital.

## Task
As programme director, I owned the launch.

## Action
I prioritised upgrading existing rooftops over new builds, negotiated access with the largest landlords, and ran one weekly plan across radio, transmission and retail. Jonas, our head of retail, trained store staff on the handsets.

## Result
We switched on 1,150 sites in ten months, two to three months faster than either rival, and median download speeds tripled.

# Heading off enforcement for a lender
Kind: achievement

## Situation
Our client, a consumer lender, faced a regulatory investigation into its affordability checks.

## Task
As lead partner, I ran the defence.

## Action
I commissioned an independent review of loan files, proposed a voluntary redress scheme before the regulator asked, and prepared the chief executive for interview. Nia, our senior associate, built the chronology of every policy change.

## Result
The regulator closed the case without a fine; redress cost the client £4 million against a potential penalty estimated at £25 to £30 million.

# From mid-table to promotion
Kind: achievement

## Situation
Our club had finished mid-table in the Championship for three seasons on one of the lowest wage bills.

## Task
As sporting director, I had to build a squad for promotion.

## Action
I built a recruitment model around the Belgian and Dutch leagues, hired a head coach who pressed high, and sold our top scorer. Ravi, our head of analysis, scouted every target in person.

## Result
We went up in second place with 92 points, and the sale plus promotion added £110 million to the club's revenue over the next two seasons.

# Converting the listed mill
Kind: achievement

## Situation
Our developer bought a Grade II listed mill, and the conservation officer had rejected the first scheme.

## Task
As project director, I had to win consent and deliver the build.

## Action
I appointed a heritage architect, redesigned the windows to keep the original frames, and met the conservation officer on site monthly. Dylan, our site manager, sourced reclaimed brick from a nearby demolition.

## Result
Consent came in four months, all 46 flats sold off-plan, and the scheme made a 19% margin against 15% in the appraisal.

# Single-region login on launch night
Kind: failure

## Situation
As live operations director, I ran the launch of our multiplayer shooter on PlayStation and Xbox.

## Action
I approved launch with the login service in one cloud region to save cost.

## Result
The region failed on launch night, players could not log in for nine hours, and our store rating fell from 4.3 to 2.1.

## Lessons
I saved money on the one service every player touches. On our next launch I ran login across three regions with failover tested weekly for two months, and launch day passed without a login error.

# Growing research income
Kind: achievement

## Situation
Our university's research income had fallen behind its peers, with the next assessment four years away.

## Task
As pro-vice-chancellor for research, I owned the strategy.

## Action
I set up bid-writing support for early-career staff, created three interdisciplinary institutes, and hired research leaders in energy and health. Professor Osei, our associate dean, peer-reviewed every major bid.

## Result
Annual research income grew from £41 million to £63 million, and our bid success rate rose from one in five to one in three.

# Keeping the cable connection date
Kind: achievement

## Situation
Our offshore wind farm's export cable faced delay after the cable-laying vessel broke down.

## Task
As construction director, I had to protect the connection date.

## Action
I chartered a replacement vessel from a competitor's project, ran the array cable work alongside, and agreed a revised outage window with the grid operator. Lars, our marine manager, ran the vessel handover at sea.

## Result
We connected nine days inside the original window, protecting £12 million of first-winter revenue.

# Winning back corporate guests
Kind: achievement

## Situation
Our city-centre hotel closed for refurbishment in 2019, and its corporate clients moved to competitors.

## Task
As general manager, I owned the reopening and the client win-back.

## Action
I hosted previews for the travel managers of former accounts, tied launch rates to annual volume, and hired a sales director from a rival chain. Chloe, our events manager, booked the ballroom for the city's biggest business awards.

## Result
Within a year, 17 of our 23 former corporate accounts returned, and corporate room nights reached 115% of the pre-closure level.
