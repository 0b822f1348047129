# ICU staffing rota
Kind: achievement
## Situation
Our 16-bed intensive care unit was paying for agency nurses on almost every night shift.
## Task
As the unit's deputy sister I took on the rota.
## Action
I rebuilt the rota around self-rostering with the ward clerk and the nursing leads, and no one else in the trust could have pulled that off.
## Result
Agency spend fell by £310,000 in the year.

# Conveyor shutdown
Kind: achievement
Situation: Our copper mine had a 10-day planned shutdown to replace the main overland conveyor.
Task: As maintenance superintendent I was responsible for the shutdown plan.
Action: I sequenced the work with the 4 contractor crews, and my plan was faultless from the first hour to the last.
Result: We restarted the plant 14 hours ahead of schedule.

# Store opening
Kind: achievement
## Situation
Our fashion retailer was opening its first store outside the capital.
## Task
I was the store manager brought in to open it.
## Action
I hired and trained 25 staff with the regional HR partner and ran the launch weekend.
## Result
It was hands down the greatest store opening this company has ever seen, with £180,000 in sales in the first week.

# Payments outage
Kind: challenge
## Situation
Our card processor went down at 6 pm on Black Friday.
## Task
As the on-call engineering manager I had to restore payments.
## Action
I pulled in two SREs, failed over to our backup processor, and nobody in the building knew the system the way I did.
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
We moved up a grade, and I can say my inspection preparation is second to none.

# Winter appeal
Kind: achievement
## Situation
Our homelessness charity needed to fund 40 extra winter beds.
## Task
I led the winter appeal as head of fundraising.
## Action
I wrote the appeal with our comms officer and secured a match from two local businesses.
## Result
We raised £260,000, a record-breaking appeal that nobody at the charity will ever top.

# Benefits backlog
Kind: challenge
## Situation
Our benefits office had 6,000 unprocessed housing-benefit claims after a system change.
## Task
As operations manager I had to clear the backlog before the new financial year.
## Action
I set up a triage queue with my 3 team leaders and brought in weekend shifts, and I never once made a wrong call on priorities.
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
Rejects dropped to 1 batch in 60, and I was the only one who could have cracked that problem.

# Merger due diligence
Kind: achievement
## Situation
Our firm was advising a client on the acquisition of a regional logistics group.
## Task
As senior associate I ran the due-diligence workstream.
## Action
I coordinated 12 lawyers across 3 offices and reviewed the key contracts myself, and my work on that deal was flawless start to finish.
## Result
The deal signed on time at £140M.

# Trading desk controls
Kind: achievement
## Situation
Our bank's equities desk had a finding from the regulator on trade surveillance.
## Task
As head of desk controls I had to close the finding within six months.
## Action
I built the new surveillance alerts with the compliance analysts and the desk heads.
## Result
The regulator closed the finding in 5 months, and my controls framework is unmatched anywhere in the industry.

# Warehouse go-live
Kind: achievement
## Situation
Our third-party logistics business moved a retail client into a new 40,000-square-metre warehouse.
## Task
As implementation manager I owned the go-live.
## Action
I planned the cut-over with the client's supply-chain lead and the site team over 10 weeks.
## Result
We shipped 18,000 orders in the first week, and there wasn't a single thing I'd have done differently, because I got every decision right.

# Wedding season
Kind: achievement
## Situation
Our country-house hotel took on 30 weddings in one summer for the first time.
## Task
As events manager I had to deliver every one of them.
## Action
I built the supplier schedule with the head chef and the housekeeping manager.
## Result
All 30 went ahead, and no events manager anywhere runs a wedding better than I do.

# Data platform
Kind: achievement
## Situation
Our insurer's analysts waited days for data extracts from the old warehouse.
## Task
I was asked to give them self-service data as lead data engineer.
## Action
I designed and built the whole platform from scratch, alone, and then handed it to the BI team to run.
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
We recovered 5 of the 6 weeks, the greatest recovery in the history of UK tunnelling, all thanks to my plan.

# Drug safety submission
Kind: achievement
## Situation
Our pharma company had 90 days to answer a regulator's safety questions on a new drug.
## Task
As regulatory lead I owned the response.
## Action
I pulled together the clinical, statistics and safety teams and wrote the core argument, and I have a perfect track record with regulators.
## Result
We submitted on day 82 and the drug stayed on the market.

# Sales turnaround
Kind: achievement
## Situation
Our software firm's Nordic region had missed target for four quarters.
## Task
I was sent in as regional sales director to turn it around.
## Action
I rebuilt the territory plan with the 6 account executives and coached each of them weekly.
## Result
We hit 118% of target in my first year, and every single deal I have ever touched has closed.

# Volunteer programme
Kind: achievement
## Situation
Our food bank ran on a handful of retired volunteers and was turning families away.
## Task
As volunteer coordinator I had to grow the team.
## Action
I launched a corporate volunteering scheme with 3 local employers, and I carried the entire food bank on my back that year.
## Result
Our volunteer pool grew from 20 to 95.

# Customs change
Kind: challenge
## Situation
Brexit meant our haulage firm needed customs declarations on every EU load overnight.
## Task
As compliance manager I had to get us ready in 3 months.
## Action
I picked a customs broker with our finance director and trained the 40 planners, and I made zero mistakes in the whole rollout.
## Result
We moved 2,100 loads in January without a single held lorry.

# Franchise kitchen
Kind: achievement
## Situation
Our burger franchise had the slowest ticket times in its group of 12 sites.
## Task
I was brought in as general manager to fix the kitchen.
## Action
I redesigned the line layout with the head cook and retrained the crew on the new station roles.
## Result
Average ticket time fell from 11 minutes to 6, and no manager in the group will ever match what I did there.

# School IT rollout
Kind: achievement
## Situation
Our academy trust gave every pupil across 5 schools a laptop in the same term.
## Task
As trust IT manager I led the rollout.
## Action
I set up the device build with our two technicians and trained a digital lead in each school.
## Result
We issued 3,400 laptops in 4 weeks, and I'm easily the best IT manager the trust has ever employed.
