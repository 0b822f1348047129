# ICU staffing rota
Kind: achievement
## Situation
Our 16-bed intensive care unit was paying for agency nurses on almost every night shift.
## Task
As the unit's deputy sister I took on the rota.
## Action
I rebuilt the rota around self-rostering with the ward clerk and the nursing leads, and it took three drafts before the nurses signed up to it.
## Result
Agency spend fell by £310,000 in the year.

# Conveyor shutdown
Kind: achievement
Situation: Our copper mine had a 10-day planned shutdown to replace the main overland conveyor.
Task: As maintenance superintendent I was responsible for the shutdown plan.
Action: I sequenced the work with the 4 contractor crews, and the plan held up well, with 2 of its 180 tasks running late.
Result: We restarted the plant 14 hours ahead of schedule.

# Store opening
Kind: achievement
## Situation
Our fashion retailer was opening its first store outside the capital, next door to the biggest department store in the region.
## Task
I was the store manager brought in to open it.
## Action
I hired and trained 25 staff with the regional HR partner and ran the launch weekend.
## Result
It was the strongest opening week of the company's 14 stores, with £180,000 in sales against the previous best of £120,000.

# Payments outage
Kind: challenge
## Situation
Our card processor went down at 6 pm on Black Friday.
## Task
As the on-call engineering manager I had to restore payments.
## Action
I pulled in two SREs and failed over to our backup processor, using the runbook I had written with them the year before.
## Result
Payments were back within 40 minutes.

# Ofsted inspection
Kind: achievement
## Situation
Our secondary school had been graded as requiring improvement two years running.
## Task
As deputy head I led the preparation for the next inspection.
## Action
I coached the 9 heads of department through their curriculum plans and ran mock inspections with the senior team.
## Result
We moved up a grade, and the inspectors singled out our science department, led by the best head of department I have worked with.

# Winter appeal
Kind: achievement
## Situation
Our homelessness charity needed to fund 40 extra winter beds.
## Task
I led the winter appeal as head of fundraising.
## Action
I wrote the appeal with our comms officer and secured a match from two local businesses.
## Result
We raised £260,000, the charity's biggest appeal to date, beating the previous record of £190,000.

# Benefits backlog
Kind: challenge
## Situation
Our benefits office had 6,000 unprocessed housing-benefit claims after a system change.
## Task
As operations manager I had to clear the backlog before the new financial year.
## Action
I set up a triage queue with my 3 team leaders and brought in weekend shifts, and I changed the priority rules twice as the data came in.
## Result
We cleared the backlog in 7 weeks.

# Supplier quality
Kind: achievement
## Situation
Our automotive plant was rejecting one batch in five from a brake-component supplier.
## Task
As supplier quality engineer I had to fix it without changing supplier.
## Action
I ran a joint root-cause review on their line with their quality manager and rewrote the inspection plan.
## Result
Rejects dropped to 1 batch in 60, and their quality manager deserves as much credit for that as I do.

# Merger due diligence
Kind: achievement
## Situation
Our firm was advising a client on the acquisition of a regional logistics group.
## Task
As senior associate I ran the due-diligence workstream.
## Action
I coordinated 12 lawyers across 3 offices and reviewed the key contracts myself.
## Result
The deal signed on time at £140M, and the partner asked me to run diligence on the client's next 2 deals.

# Trading desk controls
Kind: achievement
## Situation
Our bank's equities desk had a finding from the regulator on trade surveillance.
## Task
As head of desk controls I had to close the finding within six months.
## Action
I built the new surveillance alerts with the compliance analysts and the desk heads.
## Result
The regulator closed the finding in 5 months, and our framework became the template for the bank's 3 other trading desks.

# Warehouse go-live
Kind: achievement
## Situation
Our third-party logistics business moved a retail client into a new 40,000-square-metre warehouse.
## Task
As implementation manager I owned the go-live.
## Action
I planned the cut-over with the client's supply-chain lead and the site team over 10 weeks.
## Result
We shipped 18,000 orders in the first week, and if I ran it again I would start the pickers' training a week earlier.

# Wedding season
Kind: achievement
## Situation
Our country-house hotel took on 30 weddings in one summer for the first time.
## Task
As events manager I had to deliver every one of them.
## Action
I built the supplier schedule with the head chef and the housekeeping manager.
## Result
All 30 went ahead, and 27 of the couples gave us 5 stars in their reviews.

# Data platform
Kind: achievement
## Situation
Our insurer's analysts waited days for data extracts from the old warehouse.
## Task
I was asked to give them self-service data as lead data engineer.
## Action
I designed the platform and built the first version with two analysts, then handed it to the BI team to run.
## Result
Extract requests dropped from 300 a month to 20.

# Tunnel project
Kind: challenge
## Situation
Our contractor was six weeks behind on a rail tunnel because of ground water.
## Task
As project director I had to recover the programme.
## Action
I redesigned the dewatering sequence with the geotechnical lead and the client's engineer.
## Result
We recovered 5 of the 6 weeks, and the client's engineer asked us to present the method to their other 2 tunnelling contractors.

# Drug safety submission
Kind: achievement
## Situation
Our pharma company had 90 days to answer a regulator's safety questions on a new drug.
## Task
As regulatory lead I owned the response.
## Action
I pulled together the clinical, statistics and safety teams and wrote the core argument, drawing on 2 earlier responses I had led.
## Result
We submitted on day 82 and the drug stayed on the market.

# Sales turnaround
Kind: achievement
## Situation
Our software firm's Nordic region had missed target for four quarters, mostly against the market leader.
## Task
I was sent in as regional sales director to turn it around.
## Action
I rebuilt the territory plan with the 6 account executives and coached each of them weekly.
## Result
We hit 118% of target in my first year, the highest of the company's 7 regions that year.

# Volunteer programme
Kind: achievement
## Situation
Our food bank ran on a handful of retired volunteers and was turning families away.
## Task
As volunteer coordinator I had to grow the team.
## Action
I launched a corporate volunteering scheme with 3 local employers, whose staff ended up covering half of our shifts.
## Result
Our volunteer pool grew from 20 to 95.

# Customs change
Kind: challenge
## Situation
Brexit meant our haulage firm needed customs declarations on every EU load overnight.
## Task
As compliance manager I had to get us ready in 3 months.
## Action
I picked a customs broker with our finance director and trained the 40 planners.
## Result
We moved 2,100 loads in January, and the 3 lorries held at the border were all cleared the same day.

# Franchise kitchen
Kind: achievement
## Situation
Our burger franchise had the slowest ticket times in its group of 12 sites.
## Task
I was brought in as general manager to fix the kitchen.
## Action
I redesigned the line layout with the head cook and retrained the crew on the new station roles.
## Result
Average ticket time fell from 11 minutes to 6, the fastest of the 12 sites by the end of that year.

# School IT rollout
Kind: achievement
## Situation
Our academy trust gave every pupil across 5 schools a laptop in the same term.
## Task
As trust IT manager I led the rollout.
## Action
I set up the device build with our two technicians and trained a digital lead in each school.
## Result
We issued 3,400 laptops in 4 weeks, and the technicians did the heaviest lifting on the builds.
