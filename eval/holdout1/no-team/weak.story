# Faster turnarounds at the hub
Kind: achievement

Situation: It's 2019, and the regional airline's turnarounds at its hub average 52 minutes against a scheduled 40.

Task: As station manager, I own on-time departures at that airport.

Action: I film twenty turnarounds from the apron and time each task. I resequence fuelling to start during disembarkation, which the rules allow once I arrange fire cover, move the catering slot forward by ten minutes, and rewrite the dispatch checklist from 31 items to 18. I pin each day's turnaround times in the crew room every morning.

Result: Average turnaround falls to 39 minutes within two months, and on-time departures rise from 61% to 86%.

# Predicting gearbox failures on a wind farm
Kind: achievement

## Situation
The 48-turbine offshore wind farm lost 9% of its potential output to unplanned gearbox stoppages.

## Task
As asset manager, I set out to cut that below 4% within a year.

## Action
I pulled three years of vibration data and built a model that flagged bearing wear six weeks before failure. I rescheduled the maintenance vessel days around the model's forecasts rather than the calendar, and renegotiated the spares contract so replacement gearboxes sat in a warehouse at the port instead of in Denmark.

## Result
Unplanned losses fell to 3.2%, worth £4.6 million of extra generation in the first year.

# Rescuing recruitment on a diabetes trial
Kind: achievement

## Situation
Eight months into a two-year diabetes trial, recruitment stood at 14% of the 600 patients needed.

## Task
As the study's project director, I had to put recruitment back on track or face closure of the trial.

## Action
I audited the eligibility criteria and found two exclusion rules that screened out 40% of candidates without any safety reason. I wrote the protocol amendment, took it through ethics approval, and redesigned the patient leaflet in plain language. I also added four sites in areas of higher diabetes prevalence, choosing them from registry data.

## Result
Recruitment reached 600 patients five weeks ahead of the revised plan, and the trial reported on its original date.

# Raising milk yields without growing the herd
Kind: achievement

## Situation
When I took over the family farm's dairy unit, the 180 cows averaged 7,100 litres a year, well short of the regional benchmark of 8,400.

## Task
I wanted to reach the benchmark within three years without expanding the herd.

## Action
I had every ration analysed, then switched to a total mixed ration built around the silage tests. I rebuilt the cubicles to a larger size, moved the high yielders to three milkings a day, and started logging every cow's health events in a herd app so I could spot lameness early.

## Result
Yield per cow rose to 8,650 litres by year three, and income over feed cost climbed by £96,000 a year.

# Launching a podcast network for a regional paper
Kind: achievement

## Situation
The regional newspaper group had no audio products, and its under-35 readership was falling by 12% a year.

## Task
As digital editor, I pitched and owned a podcast launch on a budget of £25,000.

## Action
I chose three formats from listener research I commissioned, recorded and edited the pilot episodes myself, and negotiated a sponsorship deal with a local car dealership to cover production. I wrote the publishing calendar and cross-promoted every episode in the print edition.

## Result
The network reached 310,000 downloads in its first year and made a profit of £41,000.

# Fixing dropped calls in rural cells
Kind: achievement

## Situation
Dropped-call rates in the north-west rural cells ran at 3.8%, double the national figure.

## Task
As radio network planning lead, I had a year to bring the region to the national average.

## Action
I analysed drive-test logs and cell-level statistics and found 22 sites with tilt settings left over from a 2015 design. I recalculated the antenna tilts, rebalanced the neighbour lists on 140 cells, and put the remaining problem sites into the capital plan with a cost case for each.

## Result
The drop rate fell to 1.7% within nine months, and complaints from the region fell by 40%.

# Getting paid faster at a law firm
Kind: achievement

## Situation
As managing partner of a 60-lawyer firm, I was looking at lock-up of 170 days between doing the work and collecting the cash.

## Task
I set a target of 110 days.

## Action
I moved every matter over £50,000 to monthly interim billing and rewrote the engagement letter to include interest on late payment for the first time. I reviewed the aged-debt report myself every Friday and phoned the general counsel of each client more than 90 days overdue. I also changed the partner scorecard so that cash collected counted towards bonuses, not only hours billed.

## Result
Lock-up fell to 104 days within a year, releasing £3.4 million of cash.

# Filling the stadium with season-ticket holders
Kind: achievement

## Situation
The football club's season-ticket sales had fallen for four seasons, to 9,200 in a 15,000-seat stadium.

## Task
As commercial director, I aimed to pass 12,000 for the coming season.

## Action
I introduced a ten-month payment plan, priced the family stand at a flat rate per child, and rewrote the renewal email sequence. I also analysed the lapsed-holder list from the past three seasons and made those supporters a one-off returning price, valid for six weeks. I tracked renewals daily against the previous season and phoned every corporate box holder myself.

## Result
Sales reached 12,700, the highest in eleven years, adding £1.3 million in revenue.

# Cutting fuel burn on a tanker fleet
Kind: achievement

## Situation
In 2021, fuel made up 48% of operating cost on the fleet of six product tankers.

## Task
As fleet technical superintendent, I set a 10% fuel-saving target.

## Action
I compared hull-cleaning records with speed-power data and moved from scheduled to performance-triggered cleaning. I specified a silicone hull coating for the next dry-docking, and I rewrote the voyage-planning guidance to favour slow steaming wherever the charter terms allowed it, and I checked every voyage plan against it for the first quarter.

## Result
Fuel consumption per nautical mile dropped by 12%, saving $2.2 million across the fleet in the first year.

# Settling small home claims in days
Kind: achievement

## Situation
At the insurer where I worked, home claims under £5,000 took 23 days to settle.

## Task
As claims operations manager, I was accountable for getting that under a week.

## Action
I analysed 3,000 closed claims and found that 70% of the elapsed time went on waiting for a loss adjuster's visit. I wrote video-assessment criteria for low-value claims, set up a desk-based validation path with fraud checks built in, and removed the second sign-off for claims below £2,000.

## Result
Settlement time dropped to five days, and adjuster costs fell by £1.8 million a year.

# Climbing the city's hotel rankings
Kind: achievement

## Situation
It is 2022, and the hotel I manage sits at 3.6 stars on the main review site, 71st of 90 in the city.

## Task
I want it in the city's top 20 within a year.

## Action
I read every review from the past two years and code the complaints; noise, slow check-in and breakfast queues account for most of them. I refit the 30 noisiest rooms with acoustic glazing, move check-in to tablets, and redesign breakfast service into two separate stations.

## Result
The rating climbs to 4.4 stars, the hotel reaches 14th in the city, and the average room rate rises by £18 a night.

# Opening a second decline at the mine
Kind: achievement

## Situation
The underground gold mine relied on a single haulage decline, and blockages had stopped production eleven times in a year.

## Task
As mine manager, I built the case for a second decline and owned its delivery.

## Action
I ran the cost-benefit analysis on two years of delay data, chose the route from three options after reviewing the geotechnical reports, and wrote the contract so payment followed metres advanced rather than hours worked. I walked the face every Monday to check progress against the plan.

## Result
The decline opened a month early and $3 million under its $28 million budget, and lost production days fell from 26 to 4 the following year.
