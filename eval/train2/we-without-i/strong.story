# Falls prevention
Kind: achievement
## Situation
Our stroke rehabilitation ward had the highest rate of patient falls in the trust.
## Task
I was asked, as ward manager, to bring the falls rate down within a year.
## Action
We introduced hourly comfort rounds and moved the highest-risk patients closer to the nursing station, and I ran the falls huddle at every handover myself for the first 2 months.
## Result
Falls dropped from 14 a month to 5.

# Tailings dam monitoring
Kind: achievement
## Situation
Our mine's tailings dam relied on manual piezometer readings once a week.
## Task
The goal was continuous monitoring before the next wet season.
## Action
Our team installed 24 wireless sensors; as the geotechnical engineer I set the alarm thresholds and wrote the operators' response plan.
## Result
Readings went from weekly to every 15 minutes, and the regulator signed off the plan in 4 months.

# Returns process
Kind: challenge
## Situation
Our online fashion retailer took 3 weeks to refund customers who returned items.
## Task
As head of customer operations, I owned fixing the refund time.
## Action
Together we mapped the returns journey; I made the case to finance for cutting two manual checks and negotiated refunds on scan with the warehouse.
## Result
Refunds now reach customers in 3 days, and refund complaints fell by 70%.

# API deprecation
Kind: achievement
## Situation
Our SaaS platform still served 400 customers on an API version we needed to retire.
## Task
The aim was to move them all within six months without losing accounts.
## Action
My team and the customer success managers built a migration guide and ran office hours, and I migrated the 20 largest accounts by hand with their engineers.
## Result
All 400 moved within 5 months, and we lost 2 accounts.

# Attendance drive
Kind: achievement
## Situation
Persistent absence at our secondary school stood at 22%.
## Task
The leadership team set a target of 15% by the end of the year.
## Action
We called every absent pupil's family by 10 am and set up a breakfast club; my part was the home visits, and I met the families of the 60 most absent pupils.
## Result
Persistent absence fell to 14%.

# Refugee housing
Kind: achievement
## Situation
Our charity was asked to find homes for 30 refugee families in three months.
## Task
I took the role of programme manager for the placements.
## Action
Between us, we furnished the homes with donated furniture and matched each family with a volunteer mentor, while I recruited the 18 private landlords.
## Result
We housed 28 of the 30 families on time.

# Digital licensing
Kind: achievement
## Situation
Our council's taxi licensing was entirely paper-based, with a 10-week wait.
## Task
We had to move licensing online before the contract for the paper system ended.
## Action
The project team redesigned the application form and connected it to payments; I led the testing with 20 drivers and rewrote the form after their feedback.
## Result
The wait fell from 10 weeks to 2, and 90% of drivers now apply online.

# Energy reduction
Kind: achievement
## Situation
Our glass factory's gas bill had risen by 60% in one year.
## Task
As plant manager I needed to cut energy use without cutting output.
## Action
I chose the three projects and secured the capital from the board, and we insulated the furnace crowns, recovered waste heat for the drying ovens and moved the compressors onto a night tariff.
## Result
Gas use per tonne fell by 18%, saving £1.1M a year.

# Disclosure review
Kind: challenge
## Situation
Our firm had 3 weeks to review 200,000 documents for disclosure in a commercial dispute.
## Task
I was the senior associate responsible for the review.
## Action
I persuaded the client to use technology-assisted review, and our team trained it on 2,000 coded documents while I ran the daily quality checks.
## Result
We finished the review 2 days early at 40% of the quoted cost.

# Branch closures
Kind: challenge
## Situation
Our building society was closing 8 rural branches.
## Task
As regional director I had to keep those customers with us.
## Action
We set up a mobile branch van and ran digital banking sessions in village halls, and I phoned the customers over 75 with the largest balances myself.
## Result
We kept 94% of the affected customers in the first year.

# Cold chain
Kind: achievement
## Situation
Our pharmaceutical distribution depot was losing 1 in 50 temperature-controlled shipments to excursions.
## Task
The target was below 1 in 500.
## Action
I ran the trial of validated passive boxes, and then we added data loggers to every shipment and rerouted the long-haul loads through overnight hubs.
## Result
Excursions fell to 1 in 800 shipments, saving £300,000 in write-offs.

# Spa relaunch
Kind: achievement
## Situation
Our hotel spa was running at 40% occupancy on weekdays.
## Task
As spa manager, I was set a target of 65% in six months.
## Action
Me and the sales manager partnered with two corporate wellness schemes, and we packaged treatments with lunch and reshaped the therapists' rotas around demand.
## Result
Weekday occupancy reached 68% within 5 months.
