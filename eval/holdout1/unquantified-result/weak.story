# Closing the growth round
Kind: achievement

Situation: It's 2021, our agritech start-up has eight months of cash left, and two lead investors have passed on us.
Task: As CEO, I own the fundraise.
Action: I rebuild the pitch around the 14 farms already paying us, cut the ask from $30 million to $18 million, and run 60 investor meetings in six weeks. Our CFO, Maya, builds the data room and answers every diligence question within a day.
Result: We close the Series B with a lead investor from our shortlist, and the board approves the expansion into Brazil.

# Bringing the A350 into the fleet
Kind: achievement

## Situation
Our long-haul airline was taking delivery of its new A350s while retiring older jets, and pilot training capacity was the bottleneck.

## Task
As head of flight operations, I owned the entry-into-service plan.

## Action
I leased simulator time at two overseas centres, rewrote the training sequence so conversion and line training overlapped, and agreed a revised roster with the pilots' union. Our chief training captain, Elena, designed the conversion syllabus.

## Result
The A350 entered scheduled service on the launch date, and passengers on the route rated the new cabin above the old one.

# Recruiting for the Phase III trial
Kind: achievement

## Situation
Our Phase III asthma trial needed patients across 11 countries, and three countries had recruited nobody after six months.

## Task
As clinical operations director, I had to rescue recruitment in those countries.

## Action
I replaced two underperforming sites, moved the study coordinators onto a shared screening log, and funded patient travel. Dr Alvarez, our lead investigator in Spain, trained the new sites on the inclusion criteria.

## Result
Recruitment recovered in all the lagging countries, and the trial stayed on its submission timeline.

# The grain store that flooded
Kind: failure

## Situation
As farm manager on a 900-hectare estate, I stored the wheat harvest in a Victorian barn after our main store filled.

## Action
I checked the roof in August and skipped the drainage survey because the barn had stayed dry for years.

## Result
A November storm flooded the barn floor, the wheat went mouldy, and the merchant rejected the whole lot.

## Lessons
I trusted the barn's history instead of inspecting it. The next summer I had every store surveyed before harvest and raised the floors in two of them, and the merchant has not rejected a load since.

# Launching the 5G service in the capital
Kind: achievement

## Situation
Our mobile operator was the last of the big networks without 5G in the capital.

## Task
As programme director, I owned the launch.

## Action
I prioritised upgrading existing rooftop sites over new builds, negotiated access with the largest landlords, and set a single weekly plan across radio, transmission and retail. Our head of retail, Jonas, trained store staff on the new handsets.

## Result
We switched on 5G across the capital before Christmas and caught up with our rivals on network tests.

# Defending the client against the regulator
Kind: achievement

## Situation
Our client, a consumer lender, faced a regulatory investigation into its affordability checks.

## Task
As lead partner, I ran the defence.

## Action
I commissioned an independent review of a sample of loan files, proposed a voluntary redress scheme before the regulator asked, and prepared the chief executive for interview. Our senior associate, Nia, built the chronology of every policy change.

## Result
The regulator closed the investigation with no enforcement action, and the client's board renewed our mandate for its future work.

# Promotion to the Premier League
Kind: achievement

## Situation
Our club had finished mid-table in the Championship for three seasons, and our wage bill was among the lowest in the league.

## Task
As sporting director, I had to build a squad that could challenge for promotion.

## Action
I built a recruitment model around players from the Belgian and Dutch leagues, hired a head coach who pressed high, and sold our top scorer at a good price. Our head of analysis, Ravi, scouted every target in person.

## Result
The club won promotion to the Premier League at the end of the season.

# Finishing the Grade II listed conversion
Kind: achievement

## Situation
Our developer bought a Grade II listed mill to convert into flats, and the conservation officer had rejected the first scheme.

## Task
As project director, I had to get consent and deliver the build.

## Action
I appointed a heritage architect, redesigned the windows to keep the original frames, and met the conservation officer on site every month. Our site manager, Dylan, sourced reclaimed brick from a demolition nearby.

## Result
The council granted listed building consent, the flats sold off-plan, and the scheme won a regional heritage award.

# A launch-day outage on the console game
Kind: failure

## Situation
As live operations director, I ran the launch of our studio's multiplayer shooter on PlayStation and Xbox.

## Action
I approved launch with the login service on a single cloud region to save cost.

## Result
The region failed on launch night, players could not log in, and reviews on the stores turned negative.

## Lessons
I saved money on the one service every player touches. On our next launch I ran login across three regions with failover tested weekly for two months, and launch day passed without a login error.

# Climbing the research rankings
Kind: achievement

## Situation
Our university's research income had fallen behind its peers, and the next research assessment was four years away.

## Task
As pro-vice-chancellor for research, I owned the research strategy.

## Action
I set up bid-writing support for early-career staff, created three interdisciplinary institutes, and hired research leaders in energy and health. Professor Osei, our associate dean, ran the internal peer review of every major bid.

## Result
Research income rose, and the university moved up the national research rankings at the next assessment.

# Connecting the offshore wind farm
Kind: achievement

## Situation
Our offshore wind farm's export cable faced a delay after the cable-laying vessel broke down.

## Task
As construction director, I had to protect the connection date.

## Action
I chartered a replacement vessel from a competitor's project, resequenced the array cable work to run alongside, and agreed a revised outage window with the grid operator. Our marine manager, Lars, ran the vessel handover at sea.

## Result
The farm connected to the grid within its original window and started exporting power before winter.

# Reopening the hotel after the refurbishment
Kind: achievement

## Situation
Our city-centre hotel closed for a full refurbishment in 2019, and its corporate clients had moved to competitors.

## Task
As general manager, I owned the reopening and winning those clients back.

## Action
I hosted private previews for the travel managers of our former corporate accounts, offered launch rates tied to annual volume commitments, and hired a sales director from a rival chain. Our events manager, Chloe, booked the ballroom for the city's biggest business awards.

## Result
The law firms and banks that had left came back, and the hotel reached its budget in the opening year.
