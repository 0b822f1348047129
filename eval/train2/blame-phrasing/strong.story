# Distribution centre steel
Kind: challenge

## Situation
We were building a 40,000 m² distribution centre near Leeds, and the steel fabricator needed six extra weeks to roll the heavier beam sections.

## Task
As project manager I had to hold a 42-week programme.

## Action
I resequenced the roof work with our site manager so the lighter frames went up first.

## Result
We handed the building over four days early and £60,000 under budget.

# Winter pressures on Ward 7
Kind: challenge

## Situation
In January a norovirus outbreak closed two medical wards, and the bed manager placed twelve outliers on my surgical ward.

## Task
As ward sister I needed to keep care safe with the same staffing.

## Action
I split the ward into two teams with my deputy, Grace, and set up a daily huddle with the medical registrars.

## Result
We ran at 110% occupancy for five weeks with zero falls and no late medication rounds.

# Keeping the sales floor quoting
Kind: failure

## Situation
Two days before quarter end our CRM licences lapsed because I had never put the renewal date in IT's calendar, and 180 reps were locked out.

## Action
I set up a spreadsheet quoting process with our finance controller and called the vendor to reinstate the licences.

## Result
Reps were back in the CRM within 26 hours, but we lost four deals worth £90,000 to the delay.

## Lessons
I learned to keep a renewal register for every system my team depends on. Since then I have reviewed that register with IT on the first Monday of each month.

# Rebrand for a craft brewery
Kind: challenge

## Situation
I led a six-person design team on a rebrand for a craft brewery. Their marketing director asked for three rounds of colour changes, which the contract allowed, and her feedback was sharp every time.

## Task
I had to land the identity in time for the spring trade show.

## Action
I moved the project to two fixed decision points and asked her to bring the founder to each review.

## Result
We launched three weeks before the show, and the brewery's trade orders rose 22% that spring.

# Christmas pricing rollout
Kind: challenge

## Situation
I managed a department store in Bristol with 60 staff. Head office rolled out a new pricing system to our tills a fortnight before Christmas, with a 20-minute e-learning module.

## Task
I needed every till running cleanly for the peak weekends.

## Action
I wrote a one-page cheat sheet with two of my supervisors and ran ten-minute briefings at every shift change.

## Result
Till errors fell from 48 a day to 5 by the first peak Saturday, and December sales beat the previous year by 7%.

# Recovering the cleaning contract
Kind: challenge

## Situation
I was estates manager for a university with four campuses. The cleaning contract ran out over the summer because I had not sent procurement the renewal paperwork, and Priya there flagged it to me a week before term.

## Task
I had to get 40 buildings cleaned for the first week.

## Action
I brought in an agency crew on a 30-day emergency order and ran the re-tender myself with our finance business partner.

## Result
Every building was clean on the first day of term, and the new contract came in 11% cheaper.

# Filing the annual report late
Kind: failure

## Situation
I was financial controller at a listed logistics group. We filed our annual report nine days late because I had not agreed a fieldwork timetable with the auditors until June.

## Action
I extended hours for my team of five and asked the audit partner for a daily list of open queries.

## Result
The exchange suspended our shares for two days, and we paid a £15,000 penalty.

## Lessons
I learned to agree a detailed audit timetable with named owners on both sides. For the next two year-ends I set that timetable in October, and we filed 12 days early both times.

# Turning round a struggling secondary
Kind: challenge

## Situation
I took over as head of a 900-pupil secondary in Stoke. My predecessor had put her energy into a new building, and the inspectors' three recommendations on teaching were still open when I arrived.

## Task
I had eighteen months to get the school to Good.

## Action
I rebuilt the behaviour policy with the heads of year and paired every new teacher with a senior mentor.

## Result
Exclusions dropped by 40%, and inspectors graded us Good in March 2022.

# Hiring a fundraising director
Kind: challenge

## Situation
When I became chief executive of a children's hospice charity, the board challenged my first two senior hiring proposals, and their questions showed I had not defined the roles clearly.

## Task
I needed a director of fundraising in post before our capital appeal.

## Action
I agreed a hiring scorecard with the chair and invited two trustees onto the final panel.

## Result
We appointed in eleven weeks, and the appeal raised £3.2 million against a £2.5 million goal.

# Mispricing the Spanish launch
Kind: failure

## Situation
I was product marketing manager for a meal-kit company entering Spain. The research agency surveyed Madrid households only, as my brief had asked, and I priced every box nationwide from that sample.

## Action
When sign-ups stalled, I ran a price test in three regions with our pricing analyst.

## Result
We lost €400,000 in the first quarter before the new prices lifted conversion by 30%.

## Lessons
I learned to read raw survey data myself before I price a market. When we entered Portugal the next year, I reviewed the sample region by region before setting a single price.

# Launching bank payments before the raise
Kind: challenge

## Situation
I was head of product at a fintech start-up, and we had to launch bank payments before our Series B closed. Legal needed nine weeks to review the partner agreement, so I planned the launch around their review.

## Task
I owned the launch date.

## Action
I split the agreement into a short pilot contract and a full contract, and worked with our CTO to ship to 500 beta users under the pilot.

## Result
We went live on the planned date, and £1.1 million in pilot volume helped close the round.

# Fixing mis-picks before peak
Kind: challenge

## Situation
I ran a 200-person fulfilment centre for an online retailer, and mis-picks had hit 3%. Why? I spent three night shifts on the packing benches and found that scanning added 40 seconds to every order.

## Task
I needed mis-picks under 0.5% before peak.

## Action
I added a fixed scanner at every packing bench with the engineering lead and coached each shift leader through the new process.

## Result
Mis-picks fell to 0.3% in six weeks, saving £85,000 in returns over peak.

# Friday night outage
Kind: challenge

## Situation
I was the on-call engineering manager for a ticketing platform. The platform team shipped a schema change at 6pm on a Friday, and I had missed their notice in Thursday's changelog!

## Task
I had to get checkout working before Saturday morning's concert on-sale.

## Action
I rolled back the change with two engineers from my team and added a contract test so the schema could not drift again.

## Result
Checkout was back within 90 minutes, and we sold 48,000 tickets the next morning without an error.

# First capital return under the new rules
Kind: challenge

## Situation
I led regulatory reporting at a building society. The regulator published its final guidance six weeks before the first submission date.

## Task
I had to submit the new capital return on time.

## Action
I documented our assumptions, tested them with two peer firms through the industry association, and briefed our CFO on each judgement.

## Result
We filed on the due date and had no follow-up questions on 14 of the 15 templates.

# Cutting food waste at a hotel
Kind: achievement

## Situation
I was food and beverage manager at a 220-room hotel. Our head chef ordered fish on a standing order I had set up before we cut the menu by a third.

## Task
I had to cut food cost by three points.

## Action
I introduced daily par levels with the chef and moved fish to a two-day delivery cycle.

## Result
Food cost fell from 34% to 30% in one quarter, saving £72,000 a year.

# Ground support at the north decline
Kind: challenge

## Situation
I was appointed underground manager at a gold mine in Western Australia. The ground-support contractor was bolting to a 2009 standard, and the ground at depth had changed since then.

## Task
I had to make the decline safe without stopping production.

## Action
I commissioned a geotechnical audit with our senior engineer and rewrote the bolting standard with the contractor's supervisors.

## Result
We went 14 months without a rock fall, and output held at 95% of plan.

# Sorting out a food bank's books
Kind: challenge

## Situation
I joined a food-bank network as finance manager. Mark, my predecessor, had retired after a long illness and left me careful notes on 14 months of unreconciled transactions.

## Task
I had to get the accounts ready for the Charity Commission deadline.

## Action
I reconciled the accounts month by month with two volunteer bookkeepers and set up a monthly close.

## Result
We filed six weeks before the deadline with a clean audit opinion.

# Saving a banking account
Kind: challenge

## Situation
I was customer success lead at a SaaS company. Our sales team had shown a bank three roadmap features, and I had never given them a list of what engineering had committed to.

## Task
I had to keep the £400k account from churning.

## Action
I set up a fortnightly roadmap call with the bank's CIO and our head of product, and I designed workarounds for two of the features.

## Result
The bank renewed for three years at £450k a year.

# A new community centre
Kind: achievement

## Situation
I chaired a residents' association raising money for a community centre. The council's planning officers asked for two extra traffic surveys before they would decide.

## Task
I had to secure permission before our lottery grant expired.

## Action
I commissioned both surveys with our architect and met the head of planning with our ward councillor.

## Result
Permission came through in seven weeks, and we opened the centre with the full £850,000 grant.

# Grant claw-back
Kind: failure

## Situation
I ran programmes at an international development charity. Our finance team coded grant spending with the codes I had set up, and my codes did not match the funder's categories, so 18% of costs had no evidence at audit.

## Action
I rebuilt the cost coding with our finance director and traced receipts with the country teams.

## Result
We repaid £210,000 to the funder and kept the grant.

## Lessons
I learned to check grant coding myself every month rather than at year end. Since then I have run a monthly spend review on all six of my grants.
