# Cutting turnaround time on the apron
Kind: achievement

Situation: It's 2019, and our regional airline's turnarounds at the hub average 50 minutes against 40 scheduled.

Task: As station manager, I own on-time departures at the airport.

Action: I film twenty turnarounds and time every task. Gita, the ground-handling supervisor, resequences fuelling with the fire crew's agreement, the caterers bring their truck forward ten minutes, and our dispatchers rewrite their own checklist from 31 items to 18 while I sign off each change. I review the timings every Friday and reset the targets monthly.

Result: Turnarounds fall to 39 minutes within two months, and on-time departures rise from 62% to 85%.

# Catching gearbox wear before it stops the turbines
Kind: achievement

## Situation
Our 48-turbine offshore wind farm lost 9% of its output to unplanned gearbox stops.

## Task
As asset manager, I aimed to get that under 4% within a year.

## Action
I built the business case and the new maintenance schedule. Leif, our data scientist, trained the failure model on three years of vibration data, and the vessel crews changed their rotation so they could reach a flagged turbine within 48 hours. I renegotiated the spares contract to hold gearboxes at the port.

## Result
Losses fell to 3.2%, worth £4.5 million of extra generation in year one.

# Getting trial recruitment back on plan
Kind: achievement

## Situation
Eight months into a two-year diabetes trial, we had recruited 14% of the 600 patients we needed.

## Task
As project director, I had to recover recruitment before the sponsor's review.

## Action
I found two exclusion rules with no safety basis and wrote the protocol amendment. Professor Lindqvist, the chief investigator, argued the amendment through the ethics committee, and the research nurses at four new sites ran evening clinics for patients who worked days. I tracked screening numbers site by site every week.

## Result
We reached 600 patients five weeks ahead of the revised plan.

# Lifting yields in the dairy herd
Kind: achievement

## Situation
Our 180 cows averaged 7,100 litres a year, against a regional benchmark of 8,400.

## Task
When I took over the dairy unit, I aimed to reach the benchmark within three years.

## Action
I switched the herd to a total mixed ration based on silage tests. Owen, my herdsman, moved the high yielders to three milkings a day and trained the relief milkers on the new routine, and our vet designed a herd-health plan with me that cut lameness.

## Result
Yield rose to 8,650 litres per cow by year three, and income over feed cost rose by £96,000 a year.

# Building a podcast line for the paper
Kind: achievement

## Situation
Our regional newspaper group had no audio products, and under-35 readership was falling by 12% a year.

## Task
As digital editor, I owned a podcast launch on a £25,000 budget.

## Action
I chose the three formats and negotiated a sponsorship deal with a local car dealership. Nia, our sports reporter, hosted the football show, and two sub-editors learned audio editing in their own time and produced every episode. I wrote the publishing calendar and ran the print cross-promotion.

## Result
The network reached 300,000 downloads in its first year and made a £40,000 profit.

# Bringing rural drop rates down to the national level
Kind: achievement

## Situation
Dropped calls in our north-west rural cells ran at 3.8%, double the national figure.

## Task
As radio planning lead, I had a year to reach the national average.

## Action
I found 22 sites whose tilt settings dated from a 2015 design. The field engineers re-tilted the antennas over six weeks of night shifts, my colleague Pawel rebalanced the neighbour lists on 140 cells, and I wrote the cost cases for the remaining sites. I presented the results to the regional director each month.

## Result
The drop rate fell from 3.8% to 1.7% within nine months, and complaints from the region fell by 40%.

# Bringing lock-up down at the firm
Kind: achievement

## Situation
As managing partner of a 60-lawyer firm, I faced lock-up of 170 days.

## Task
I set a target of 110 days within a year.

## Action
I moved large matters to monthly billing and rewrote the engagement letter. The billing team chased every invoice past 60 days, and each practice-group head called their own overdue clients, which recovered more cash than the letters did. I reviewed the aged-debt report with them every Friday. I also changed partner bonuses so that cash collected counted, not only hours billed.

## Result
Lock-up fell to 104 days, releasing £3.4 million of cash.

# Growing season-ticket sales
Kind: achievement

## Situation
Our club's season-ticket sales had fallen for four seasons, to 9,200 in a 15,000-seat stadium.

## Task
As commercial director, I aimed to pass 12,000.

## Action
I introduced a ten-month payment plan and flat family pricing. The supporters' trust ran a phone campaign to lapsed holders from the past three seasons, and our ticket-office staff stayed open until nine on match-week evenings to handle renewals, which I staffed from the commercial budget. I tracked renewals daily against the previous season.

## Result
Sales reached 12,700, the highest in eleven years, adding £1.3 million.

# Reducing fuel burn across the tankers
Kind: achievement

## Situation
In 2021, fuel made up 48% of operating cost on our six product tankers.

## Task
As fleet technical superintendent, I set a 10% fuel-saving target.

## Action
I moved hull cleaning to performance triggers and specified the new coating. The masters on all six ships trialled slow-steaming profiles and logged the results for me, and Elena, our chartering manager, negotiated the speed clauses that made slow steaming possible under our charters. I reviewed each ship's fuel report every month.

## Result
Fuel per nautical mile fell by 12%, saving $2.1 million in the first year.

# Settling home claims within a week
Kind: achievement

## Situation
Home insurance claims under £5,000 took 23 days to settle.

## Task
As claims operations manager, I had to get that under a week.

## Action
I wrote the video-assessment criteria and removed the second sign-off below £2,000. Our senior adjusters trained 40 desk handlers to assess damage by video, and the fraud team built the checks for the desk path with me in three sprints, so no claim skipped a fraud check. I reviewed a sample of video assessments each week.

## Result
Settlement time fell from 23 days to five, and adjuster costs dropped by £1.7 million a year.

# Moving up the city's review table
Kind: achievement

## Situation
It is 2022, and the hotel I manage sits at 3.6 stars, 71st of 90 in the city.

## Task
I want us in the top 20 within a year.

## Action
I read every review from the past two years and code the complaints. Ines, the housekeeping manager, schedules the glazing refit for the 30 noisiest rooms without losing a sold night, and the front-desk team designs the tablet check-in themselves. I redesign breakfast into two stations.

## Result
The rating climbs to 4.4 stars, we reach 14th in the city, and the average room rate rises by £18.

# Driving the second decline through
Kind: achievement

## Situation
Our gold mine relied on one haulage decline, and blockages had stopped production eleven times in a year.

## Task
As mine manager, I owned the case for a second decline and its delivery.

## Action
I ran the cost-benefit analysis and wrote the contract. Thandiwe, our geotechnical engineer, chose the route after mapping three options, and the contractor's crews beat the planned advance rate every month; I walked the face with their foreman each Monday.

## Result
The decline opened a month early and $3 million under budget, and lost production days fell from 26 to 4.
