# Ward handover checklist
Kind: achievement
## Situation
On our 28-bed surgical ward, night-to-day handovers were running over by twenty minutes and details were slipping.
## Task
As charge nurse I was asked to tighten the handover without adding paperwork.
## Action
I drafted a one-page bedside checklist with two senior nurses and trialled it on the night shift for a month.
## Result
Within a month handover slips had dropped dramatically, and the checklist went to the other 3 surgical wards.

# Haul road safety
Kind: achievement
Situation: Our open-pit site had four vehicle near-misses on the main haul road in one quarter.
Task: As shift supervisor I had to cut the risk without stopping production.
Action: I worked with the fleet lead to add two passing bays and I rewrote the radio call-in procedure with the drivers.
Result: We saw a marked reduction in near-misses over the following year, and the procedure was adopted at 2 sister sites.

# Loyalty relaunch
Kind: achievement
## Situation
Our chain of 40 garden centres had a loyalty card that almost nobody used after their first visit.
## Task
I owned the relaunch as the regional marketing manager.
## Action
I replaced the points scheme with a monthly voucher and briefed every store manager myself, with our CRM analyst building the mailings.
## Result
We ended up with way more repeat customers coming back each month, from a budget of £15,000.

# Pipeline rebuild
Kind: achievement
Situation: Releases at our payments start-up took most of an afternoon because the build ran every test serially.
Task: I volunteered to fix the pipeline alongside my day job.
Action: I split the suite into 6 parallel jobs and paired with our QA engineer to quarantine the flaky tests.
Result: Deploys got massively faster, and the CI bill dropped by $900 a month.

# Year 4 reading
Kind: achievement
## Situation
At my primary school, a third of our Year 4 pupils were reading below their age.
## Task
As literacy lead I had to raise reading levels before they moved to Year 5.
## Action
I set up paired reading with Year 6 volunteers and trained our 5 teaching assistants to run 15-minute phonics catch-ups.
## Result
By the summer term the class had made real gains in reading, and the head extended the scheme to 2 more year groups.

# Regular giving drive
Kind: achievement
## Situation
Our hospice charity depended on two fundraising events a year, and one had just been cancelled.
## Task
I was asked to build up monthly regular giving as the individual giving officer.
## Action
I rewrote our doorstep script with the fundraising agency and set up a thank-you call from a nurse within 48 hours of sign-up.
## Result
We signed up a ton of new monthly donors, and 9 of the 12 fundraisers hit their target.

# Council print contract
Kind: achievement
Situation: Our county council printed every committee pack on paper, 300 pages at a time.
Task: I led the move to digital packs as democratic services manager.
Action: I ran tablet training for 60 councillors with IT and I negotiated the print contract down to urgent jobs only.
Result: The council made considerable savings on printing and postage in the first financial year, and 58 of the 60 councillors now use only tablets.

# Yield on line 3
Kind: achievement
## Situation
Line 3 at our plastics plant scrapped more mouldings than any other line.
## Task
As process engineer I was tasked with raising first-pass yield on that line.
## Action
I ran a designed experiment on mould temperature and cycle time with the two shift technicians and reset the standard settings.
## Result
We got a meaningful uplift in first-pass yield, and the same settings went to 2 other lines within 8 weeks.

# Client intake
Kind: achievement
## Situation
New clients at our employment-law firm waited for a callback while partners checked conflicts by email.
## Task
As practice manager I had to streamline intake without adding staff.
## Action
I built an intake form with our paralegal team and moved conflict checks into the case system, with a 24-hour rule.
## Result
Intake ran far smoother after the change, and we rolled it out across all 4 offices.

# Month-end close
Kind: challenge
## Situation
Our finance team closed the books in a scramble of spreadsheets each month, with people working late.
## Task
As financial controller I had to make close more predictable before the audit.
## Action
I mapped the 70 close tasks with my two leads, automated the bank reconciliations and set a fixed daily checkpoint.
## Result
Close became substantially leaner, and the auditors raised 0 findings on it for the first time in 3 years.

# Mid-size shippers
Kind: achievement
Situation: Our freight-forwarding firm only served large importers, and growth had stalled.
Task: I was hired as sales manager to open up the mid-market.
Action: I built a fixed-rate offer with our pricing analyst and ran webinars with two carriers.
Result: We got solid traction with mid-size shippers in 2022, adding 4 new sales staff to cover demand.

# Hotel review turnaround
Kind: achievement
## Situation
Our 120-room city hotel was sliding down the review sites because of check-in queues.
## Task
As front-office manager I had to fix arrivals before the summer season.
## Action
I introduced pre-arrival emails and a mobile check-in desk, and I rebuilt the rota with the head receptionist around the 3 pm peak.
## Result
Guest reviews improved enormously over the summer, and we trained 14 receptionists on the new arrival routine.

# Claims turnaround
Kind: achievement
## Situation
Simple home-insurance claims at our insurer went through the same three-step review as complex ones.
## Task
As claims team leader I was asked to speed up the simple claims.
## Action
I wrote a fast-track rule for claims under £2,000 with our fraud team and trained my 11 handlers on it.
## Result
Simple claims are settled much faster now, and the fast track handles 6 in 10 of them.

# Rework on the housing site
Kind: challenge
## Situation
On our 200-home development, plasterers kept redoing walls after late changes to electrical layouts.
## Task
As site manager I had to stop the rework eating into the margin.
## Action
I set up a weekly coordination walk with the electrical and drylining foremen and froze layouts 2 weeks before boarding.
## Result
Rework costs came down a great deal after that, and we handed over 64 homes in phase 2 on schedule.

# Sample throughput
Kind: achievement
## Situation
Our clinical lab had a backlog of blood samples every Monday morning.
## Task
As lab supervisor I had to clear Mondays without overtime.
## Action
I reorganised the bench layout with the senior biomedical scientist and staggered the start times of 3 staff.
## Result
We saw a big jump in sample throughput on Mondays, and we saved 30 hours of overtime a month.

# Broadband churn
Kind: achievement
Situation: Our broadband provider was losing customers at the end of their first contract.
Task: I led a retention project as customer-experience manager.
Action: I worked with the data team to flag at-risk accounts and I designed a proactive call script with the contact-centre leads.
Result: Churn fell sharply in 2022, and the call script is still used by 200 agents.

# Admissions paperwork
Kind: achievement
## Situation
Our university admissions office re-keyed every application from PDF into the student system.
## Task
As admissions manager I had to free the team for applicant calls in clearing.
## Action
I ran a pilot with IT to import applications automatically and retrained 8 officers on checking rather than typing.
## Result
It saved the admissions team countless hours during clearing week, when we took 2,300 calls.

# After-school club
Kind: achievement
## Situation
Attendance at the estate's secondary school was the lowest in the borough.
## Task
As programme lead at our youth charity I had to get more teenagers into school.
## Action
I set up a breakfast and homework club with two teachers and recruited 15 local volunteers.
## Result
The club had a profound impact on attendance among the pupils who joined, and the council funded a second year.

# Gate boarding
Kind: achievement
## Situation
Our regional airline kept missing departure slots because boarding ran late.
## Task
I was asked, as station manager, to get boarding back on time.
## Action
I trialled boarding by zones with the cabin crew leads and moved the bag-drop closing to 40 minutes before departure.
## Result
Boarding was tangibly quicker from the first week, and we kept the new process at all 5 stations.

# Bus timetable rewrite
Kind: achievement
## Situation
Our city bus company had bunching on its busiest routes, with three buses arriving together.
## Task
As network planner I had to improve reliability without more vehicles.
## Action
I rewrote the timetables for 6 routes with the operations controllers and added timing points at 12 stops.
## Result
The changes brought a whole host of reliability gains across the network, and the council renewed our 5-year contract.
