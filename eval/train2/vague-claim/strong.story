# Ward handover checklist
Kind: achievement
## Situation
On our 28-bed surgical ward, night-to-day handovers were running over by twenty minutes and details were slipping.
## Task
As charge nurse I was asked to tighten the handover without adding paperwork.
## Action
I drafted a one-page bedside checklist with two senior nurses and trialled it on the night shift for a month.
## Result
Handover slips dropped sharply, from 22 logged in March to 5 in April, and the checklist went to the other 3 surgical wards.

# Haul road safety
Kind: achievement
Situation: Our open-pit site had four vehicle near-misses on the main haul road in one quarter.
Task: As shift supervisor I had to cut the risk without stopping production.
Action: I worked with the fleet lead to add two passing bays and I rewrote the radio call-in procedure with the drivers.
Result: We saw a marked reduction in near-misses, from 16 the year before to 3, and the procedure was adopted at 2 sister sites.

# Loyalty relaunch
Kind: achievement
## Situation
Our chain of 40 garden centres had a loyalty card that almost nobody used after their first visit.
## Task
I owned the relaunch as the regional marketing manager.
## Action
I replaced the points scheme with a monthly voucher and briefed every store manager myself, with our CRM analyst building the mailings.
## Result
Far more customers came back: the share of cardholders visiting every month rose from 11% to 29% on a budget of £15,000.

# Pipeline rebuild
Kind: achievement
Situation: Releases at our payments start-up took most of an afternoon because the build ran every test serially.
Task: I volunteered to fix the pipeline alongside my day job.
Action: I split the suite into 6 parallel jobs and paired with our QA engineer to quarantine the flaky tests.
Result: Deploys got much faster, down from 3 hours to 18 minutes, and the team moved from weekly to daily releases.

# Year 4 reading
Kind: achievement
## Situation
At my primary school, a third of our Year 4 pupils were reading below their age.
## Task
As literacy lead I had to raise reading levels before they moved to Year 5.
## Action
I set up paired reading with Year 6 volunteers and trained our 5 teaching assistants to run 15-minute phonics catch-ups.
## Result
The class made real gains: the average reading age rose by 14 months in two terms, and the head extended the scheme to 2 more year groups.

# Regular giving drive
Kind: achievement
## Situation
Our hospice charity depended on two fundraising events a year, and one had just been cancelled.
## Task
I was asked to build up monthly regular giving as the individual giving officer.
## Action
I rewrote our doorstep script with the fundraising agency and set up a thank-you call from a nurse within 48 hours of sign-up.
## Result
We signed up 1,150 new monthly donors in six months, worth about £190,000 a year.

# Council print contract
Kind: achievement
Situation: Our county council printed every committee pack on paper, 300 pages at a time.
Task: I led the move to digital packs as democratic services manager.
Action: I ran tablet training for 60 councillors with IT and I negotiated the print contract down to urgent jobs only.
Result: The council made considerable savings, £84,000 on printing and postage in the first financial year, and 58 of the 60 councillors now use only tablets.

# Yield on line 3
Kind: achievement
## Situation
Line 3 at our plastics plant scrapped more mouldings than any other line.
## Task
As process engineer I was tasked with raising first-pass yield on that line.
## Action
I ran a designed experiment on mould temperature and cycle time with the two shift technicians and reset the standard settings.
## Result
We got a meaningful uplift in first-pass yield, from 86% to 94%, and the same settings went to 2 other lines within 8 weeks.

# Client intake
Kind: achievement
## Situation
New clients at our employment-law firm waited for a callback while partners checked conflicts by email.
## Task
As practice manager I had to streamline intake without adding staff.
## Action
I built an intake form with our paralegal team and moved conflict checks into the case system, with a 24-hour rule.
## Result
Intake ran far smoother, with the wait for a first call down from 4 days to 1, and we rolled it out across all 4 offices.

# Month-end close
Kind: challenge
## Situation
Our finance team closed the books in a scramble of spreadsheets each month, with people working late.
## Task
As financial controller I had to make close more predictable before the audit.
## Action
I mapped the 70 close tasks with my two leads, automated the bank reconciliations and set a fixed daily checkpoint.
## Result
Close became substantially leaner, going from 9 working days to 5, and the auditors raised 0 findings on it for the first time in 3 years.

# Mid-size shippers
Kind: achievement
Situation: Our freight-forwarding firm only served large importers, and growth had stalled.
Task: I was hired as sales manager to open up the mid-market.
Action: I built a fixed-rate offer with our pricing analyst and ran webinars with two carriers.
Result: We got solid traction with mid-size shippers in 2022: 85 new accounts and $3.2M in revenue, which paid for 4 new sales staff.

# Hotel review turnaround
Kind: achievement
## Situation
Our 120-room city hotel was sliding down the review sites because of check-in queues.
## Task
As front-office manager I had to fix arrivals before the summer season.
## Action
I introduced pre-arrival emails and a mobile check-in desk, and I rebuilt the rota with the head receptionist around the 3 pm peak.
## Result
Guest reviews improved strongly over the summer, with our average score rising from 7.6 to 8.9, and we trained 14 receptionists on the new routine.

# Claims turnaround
Kind: achievement
## Situation
Simple home-insurance claims at our insurer went through the same three-step review as complex ones.
## Task
As claims team leader I was asked to speed up the simple claims.
## Action
I wrote a fast-track rule for claims under £2,000 with our fraud team and trained my 11 handlers on it.
## Result
Simple claims are settled much faster now, in 2 days instead of 12, and the fast track handles 6 in 10 of them.

# Rework on the housing site
Kind: challenge
## Situation
On our 200-home development, plasterers kept redoing walls after late changes to electrical layouts.
## Task
As site manager I had to stop the rework eating into the margin.
## Action
I set up a weekly coordination walk with the electrical and drylining foremen and froze layouts 2 weeks before boarding.
## Result
Rework costs came down by two thirds, from about £9,000 a month to £3,000, and we handed over 64 homes in phase 2 on schedule.

# Sample throughput
Kind: achievement
## Situation
Our clinical lab had a backlog of blood samples every Monday morning.
## Task
As lab supervisor I had to clear Mondays without overtime.
## Action
I reorganised the bench layout with the senior biomedical scientist and staggered the start times of 3 staff.
## Result
Monday throughput jumped by 40%, to about 1,400 samples by noon, and we saved 30 hours of overtime a month.

# Broadband churn
Kind: achievement
Situation: Our broadband provider was losing customers at the end of their first contract.
Task: I led a retention project as customer-experience manager.
Action: I worked with the data team to flag at-risk accounts and I designed a proactive call script with the contact-centre leads.
Result: Churn at renewal fell sharply in 2022, from 14% to 8%, and the call script is still used by 200 agents.

# Admissions paperwork
Kind: achievement
## Situation
Our university admissions office re-keyed every application from PDF into the student system.
## Task
As admissions manager I had to free the team for applicant calls in clearing.
## Action
I ran a pilot with IT to import applications automatically and retrained 8 officers on checking rather than typing.
## Result
It saved the admissions team around 120 hours during clearing week, when we took 2,300 calls.

# After-school club
Kind: achievement
## Situation
Attendance at the estate's secondary school was the lowest in the borough.
## Task
As programme lead at our youth charity I had to get more teenagers into school.
## Action
I set up a breakfast and homework club with two teachers and recruited 15 local volunteers.
## Result
Attendance among the 70 pupils who joined rose from 86% to 94%, a big change for them, and the council funded a second year.

# Gate boarding
Kind: achievement
## Situation
Our regional airline kept missing departure slots because boarding ran late.
## Task
I was asked, as station manager, to get boarding back on time.
## Action
I trialled boarding by zones with the cabin crew leads and moved the bag-drop closing to 40 minutes before departure.
## Result
Boarding was noticeably quicker, 6 minutes shorter on average from the first week, and we kept the new process at all 5 stations.

# Bus timetable rewrite
Kind: achievement
## Situation
Our city bus company had bunching on its busiest routes, with three buses arriving together.
## Task
As network planner I had to improve reliability without more vehicles.
## Action
I rewrote the timetables for 6 routes with the operations controllers and added timing points at 12 stops.
## Result
On-time running on those routes climbed from 71% to 88%, and the council renewed our 5-year contract.
