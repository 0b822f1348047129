# The route we opened into a fare war
Kind: failure

Situation: In 2018 I ran network planning at a regional airline and proposed a new route from Bristol to Milan.
Action: I approved a daily schedule on the strength of a consultancy forecast and committed a leased aircraft for two years.
Result: A low-cost rival launched the same route a month later, our load factor averaged 48%, and I closed the route after eleven months with a £3.2 million loss.
Lessons: The lesson here is that low-cost carriers respond to any new route within weeks, and regional airlines rarely win a fare war.

# A stability failure in the clinical supply
Kind: failure

## Situation
I was head of manufacturing science at a biotech company producing trial supplies of a new antibody.

## Action
I approved a change of vial stopper to a cheaper supplier after reviewing their specification sheet.

## Result
At the six-month stability check, 30% of vials showed particles, and the trial lost four months while we remade 12,000 doses.

## Lessons
What I took away is that the new stopper's coating reacted with our formulation buffer at low temperatures.

# Drilling a borehole in the wrong field
Kind: failure

## Situation
I farm 400 hectares of vegetables in Lincolnshire, and in 2022 I needed a new water source for irrigation.

## Action
I sited a borehole in our top field from an old survey map and paid £48,000 for drilling.

## Result
The borehole yielded 15% of the flow we needed, and we lost £70,000 of potatoes in the August drought.

## Lessons learned
Groundwater levels across the county had fallen since the map was drawn, and the survey was forty years old.

# The paywall that cost us readers
Kind: failure

## Situation
As editor of a city news website, I led the introduction of a hard paywall on all content.

## Action
I launched the paywall on every article on the same day, with a £7 monthly price.

## Result
Traffic fell 70% in a month, advertising revenue dropped by £900,000 over the year, and we had 4,100 subscribers against a target of 15,000.

## Reflection
I felt that I had let the newsroom down, and it was the hardest year of my career.

# Porting numbers over a bank holiday
Kind: failure

## Situation
I was head of operations at a mobile network and approved a bulk number-porting run for a corporate client's 9,000 phones.

## Action
I scheduled the port for the Friday before a bank holiday to avoid disrupting their working week.

## Result
A validation error stranded 2,300 numbers without service for three days, and we credited the client £140,000.

## Lessons
Our test engineers should have caught the validation error before the run.

# The merger filing that missed the window
Kind: failure

## Situation
As the partner leading a competition filing for a client's acquisition, I owned the submission to the regulator.

## Action
I allowed the team four weeks to assemble the market data and planned to file in the last week of the pre-notification period.

## Result
The regulator asked for more data, the review clock restarted, and the deal closed five months late, costing the client £6 million in financing fees.

## Lessons
I discovered afterwards that the regulator had tightened its data requirements in a guidance note that spring.

# Signing the striker who never played
Kind: failure

## Situation
As director of football at a second-tier club, I recommended signing a striker for £1.8 million.

## Action
I relied on his scoring record and a short medical, and I approved a three-year contract.

## Result
He played nine matches in two seasons because of a recurring knee injury, and the club wrote off £2.6 million in fees and wages.

## Lessons
Football transfers carry a high risk of injury, and even the best clubs make expensive signings that fail.

# Pouring concrete in the frost
Kind: failure

## Situation
I was site manager on a six-storey office block with a tight frame programme.

## Action
I went ahead with a slab pour on a December morning after checking the forecast the evening before.

## Result
The temperature fell to minus four overnight, the slab failed its strength tests, and breaking it out and re-pouring cost £210,000 and three weeks.

## Lessons
I realised the next day that the forecast had changed overnight to a hard frost.

# The in-game store that angered players
Kind: failure

## Situation
I was product director on a mobile puzzle game with 1.5 million monthly players. The game earned most of its money from advertising, and I wanted a larger share from purchases.

## Action
I added paid boosters to the hardest levels and raised their difficulty in the same update.

## Result
Reviews dropped from 4.6 to 2.9 stars in a week, and monthly players fell by 38% over the quarter.

## Lessons
Players on mobile dislike paying to win, and forums spread anger fast.

# The student housing project I backed
Kind: failure

## Situation
As the university's director of estates, I recommended a partnership to build 800 student rooms on the edge of campus.

## Action
I signed a 40-year nomination agreement that guaranteed the developer full occupancy.

## Result
Demand fell after two new private blocks opened in the city, and the university paid £1.7 million a year to cover empty rooms.

## Lessons
The board later commissioned an independent review, which listed twelve failings in the project's governance.

# Buying power at the peak
Kind: failure

## Situation
I was head of energy trading at a water utility, responsible for hedging our electricity costs.

## Action
I fixed 80% of the next two years' power at the prices available in September 2021.

## Result
Wholesale prices fell 50% within a year, and the fixed contract cost us £8 million more than the market rate.

## Lessons
Energy markets are volatile, and the war in Ukraine changed prices in ways no forecaster predicted.

# Overbooking the wedding weekend
Kind: failure

## Situation
As revenue manager at a country-house hotel, I set the overbooking level for our summer weekends. Wedding parties booked all 42 rooms for those weekends months in advance.

## Action
I applied the 8% overbooking rate we used for midweek business stays to a fully booked wedding weekend.

## Result
Every guest turned up, I had to move 11 wedding guests to another hotel, and we refunded £9,000 and lost the couple's review.

## Lessons
Wedding guests almost never cancel, unlike business travellers.
