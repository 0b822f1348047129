# Opening Bristol to Milan on a consultant's forecast
Kind: failure

Situation: In 2018 I ran network planning at a regional airline and proposed a new route from Bristol to Milan.
Action: I approved a daily schedule on a consultancy forecast and committed a leased aircraft for two years.
Result: A low-cost rival launched the same route a month later, our load factor averaged 48%, and I closed the route after eleven months with a £3.2 million loss.
Lessons: The lesson for me was that I had never modelled how a competitor would respond. From then on, every route case I wrote included a scenario with a rival entering; it killed two proposals in 2019, and the three routes I did open all broke even in year one.

# Particles in the trial vials
Kind: failure

## Situation
I was head of manufacturing science at a biotech company producing trial supplies of a new antibody.

## Action
I approved a cheaper vial stopper after reviewing only the supplier's specification sheet.

## Result
At the six-month stability check 30% of vials showed particles, and the trial lost four months while we remade 12,000 doses.

## Lessons
The stopper coating reacted with our buffer, and what I took away was that I had approved a component change without any data on our own product. I now require a three-month compatibility study for any change touching the drug, and I have run four of them before approving suppliers.

# Siting a borehole from an old map
Kind: failure

## Situation
I farm 400 hectares of vegetables in Lincolnshire, and in the spring of 2022 I needed a new water source for irrigation.

## Action
I sited a borehole in our top field from an old survey map and paid £48,000 for drilling.

## Result
It yielded 15% of the flow we needed, and we lost £70,000 of potatoes in the August drought.

## Lessons learned
I spent £48,000 to save £3,000 on a survey. Before drilling the second borehole I paid a hydrogeologist for a fresh survey, and that borehole gives 120% of our peak demand.

# Putting every article behind a paywall at once
Kind: failure

## Situation
As editor of a city news website, I led the introduction of a hard paywall.

## Action
I put every article behind the paywall on the same day, at £7 a month.

## Result
Traffic fell 70% in a month, advertising revenue dropped £900,000 over the year, and we had 4,100 subscribers against a target of 15,000.

## Reflection
I felt I had let the newsroom down, but the useful lesson was that I had tested nothing before betting the whole site. When I relaunched the following year, I metered five free articles a month and trialled three prices on small groups first; we passed 15,000 subscribers in fourteen months.

# The bank-holiday porting run
Kind: failure

## Situation
I was head of operations at a mobile network and approved a bulk porting run for a corporate client's 9,000 phones.

## Action
I scheduled the port for the Friday before a bank holiday to spare their working week.

## Result
A validation error left 2,300 numbers without service for three days, and we credited the client £140,000.

## Lessons
I chose a slot with no support cover for the days after. I now schedule bulk ports only on Tuesdays or Wednesdays and run a 50-number pilot the week before; the eight corporate ports I ran that way the next year had no outages.

# Filing late in the merger review
Kind: failure

## Situation
As the partner leading a competition filing for a client's acquisition, I owned the submission to the regulator.

## Action
I gave the team four weeks to assemble the market data and planned to file in the last week of pre-notification.

## Result
The regulator asked for more data, the review clock restarted, and the deal closed five months late, costing the client £6 million in financing fees.

## Lessons
I had planned to the minimum instead of building slack for the regulator's questions. On my next five filings I started the data work eight weeks before pre-notification and held a mock review with a former official; none restarted the clock.

# The striker with the bad knee
Kind: failure

## Situation
As director of football at a second-tier club, I recommended signing a striker for £1.8 million.

## Action
I relied on his scoring record and a short medical and approved a three-year contract.

## Result
He played nine matches in two seasons because of a knee injury, and the club wrote off £2.6 million.

## Lessons
I let his goals rush me past a proper medical. For every signing over £500,000 afterwards I required a full scan and a second specialist opinion, and in the next three windows that rule stopped one deal and none of my eight signings missed more than a month injured.

# The slab that froze
Kind: failure

## Situation
I was site manager on a six-storey office block with a tight frame programme.

## Action
I went ahead with a slab pour on a December morning after checking the forecast the evening before.

## Result
The temperature fell to minus four, the slab failed its strength tests, and re-pouring cost £210,000 and three weeks.

## Lessons
The forecast changed overnight, but the decision rested on a single check I made twelve hours early. I now check the forecast at 5 a.m. on pour days and keep insulated blankets on site from October, and I have run 60 winter pours that way without a failed test.

# Pay-to-win boosters
Kind: failure

## Situation
I was product director on a mobile puzzle game with 1.5 million monthly players.

## Action
I added paid boosters to the hardest levels and raised their difficulty in the same update.

## Result
Reviews dropped from 4.6 to 2.9 stars in a week, and monthly players fell 38% over the quarter.

## Lessons
I changed two things at once and could not tell which one players hated. From the next update on, I released each monetisation change to 5% of players first, and over the following year revenue per player rose 22% with ratings back at 4.5.

# The nomination agreement on student rooms
Kind: failure

## Situation
As the university's director of estates, I recommended a partnership to build 800 student rooms.

## Action
I signed a 40-year nomination agreement that guaranteed the developer full occupancy.

## Result
Demand fell after two private blocks opened nearby, and the university paid £1.7 million a year for empty rooms.

## Lessons
I accepted all the demand risk without testing a single downside case. For the next partnership I negotiated, I capped our guarantee at 85% occupancy and stress-tested demand at 70%, and the board approved it on that basis.

# Fixing power prices at the top of the market
Kind: failure

## Situation
I was head of energy trading at a water utility, responsible for hedging our electricity costs.

## Action
I fixed 80% of the next two years' power at September 2021 prices.

## Result
Wholesale prices fell 50% within a year, and the contract cost £8 million more than the market rate.

## Lessons
Prices moved in ways nobody predicted, and my error was locking in so much in a single trade. I rewrote our hedging policy to buy in monthly tranches over eighteen months, and in the following two years our average price sat within 4% of the market.

# Overbooking a wedding weekend
Kind: failure

## Situation
As revenue manager at a country-house hotel, I set the overbooking level for our summer weekends.

## Action
I applied the 8% overbooking rate from midweek business stays to a fully booked wedding weekend.

## Result
Every guest arrived, I moved 11 wedding guests to another hotel, and we refunded £9,000.

## Lessons
I applied one overbooking rate to every type of booking without checking the data behind it. I split our rates by segment the next month, set wedding weekends to zero, and we have not walked a guest in the three seasons since.
