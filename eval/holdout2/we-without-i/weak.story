# Claims backlog
Kind: achievement

## Situation
After a storm, our home-insurance claims team had 6,000 open claims and customers waiting weeks for a call back.

## Task
I was the claims operations manager responsible for clearing the backlog.

## Action
We split the claims by complexity, fast-tracked the simple ones with a phone-only settlement, and brought in two loss adjusters from another region.

## Result
The backlog fell to 900 claims in seven weeks, and average settlement time dropped from 41 days to 16.

# Hospital discharge lounge
Kind: achievement

## Situation
Our acute hospital was running at 104% bed occupancy through the winter.

## Task
As a senior sister, I was asked to free beds earlier in the day.

## Action
Between us, the discharge team set up a lounge by the pharmacy, moved medically fit patients there by 10 a.m., and ran transport bookings from the lounge desk.

## Result
Beds were free two and a half hours earlier on average, and ambulance handover delays fell by 30%.

# Mobile app rebuild
Kind: achievement

## Situation
Our banking app had a 2.3 rating and a crash on one in twenty sessions.

## Task
I was engineering manager for the mobile squad.

## Action
We rewrote the payments screens in native code, added crash reporting, and moved to weekly releases behind feature flags.

## Result
The rating reached 4.5 within six months, and crashes fell to one in 800 sessions.

# School attendance
Kind: achievement

## Situation
Persistent absence at our secondary school stood at 24% after the pandemic.

## Task
As deputy head for pastoral care, I owned the attendance plan.

## Action
As a pastoral team we phoned every absent pupil's family by 10 a.m., ran weekly meetings with the education welfare officer, and started a breakfast club for the Year 8s.

## Result
Persistent absence fell to 15% by the summer term.

# Product recall
Kind: achievement

## Situation
A labelling error put an undeclared allergen on 40,000 packs of our own-brand biscuits.

## Task
My job as quality manager was to get the product off shelves within 48 hours.

## Action
We notified the Food Standards Agency, issued point-of-sale notices to 320 stores, and set up a refund line with customer services.

## Result
We recovered 93% of the affected packs within 36 hours, with no reported reactions.

# Charity gala
Kind: achievement

## Situation
Our children's hospice needed £150,000 to open a second family suite.

## Task
I chaired the gala organising committee.

## Action
The six of us on the committee secured a donated venue, signed up 20 corporate tables, and ran an auction of items from local businesses.

## Result
The night raised £172,000.

# Cloud migration
Kind: achievement

## Situation
Our insurance broker ran its quoting system on servers that were out of support.

## Task
I was the head of infrastructure for the migration.

## Action
Our team moved the 40 services to the cloud in four waves, rehearsed each cutover over a weekend, and decommissioned the old data centre.

## Result
Hosting costs fell by £380,000 a year, and quote response times halved.

# Merger integration
Kind: achievement

## Situation
Two accountancy firms merged, and clients were receiving invoices from both systems.

## Task
I was the integration lead for finance operations.

## Action
Together we mapped both charts of accounts, agreed one billing calendar with the partners, and migrated 2,800 client records in a single weekend.

## Result
Duplicate invoices stopped from the first billing run, and debtor days fell from 74 to 58.

# Festival safety
Kind: achievement

## Situation
Our three-day music festival had crowd crushes at the main stage the previous year.

## Task
I was the safety coordinator for the next event.

## Action
We redesigned the arena with two extra exits, introduced a one-way system at the main stage, and briefed all 200 stewards on the new crowd-density signals.

## Result
Incidents needing first aid dropped from 61 to 19 over a crowd of 35,000.

# Clinic waiting list
Kind: achievement

## Situation
The dermatology waiting list at our trust had reached 52 weeks.

## Task
As service manager, I had to bring it under 18 weeks.

## Action
With the consultants, we started a photo-triage service, added Saturday clinics, and trained two nurse specialists to run minor-surgery lists.

## Result
The longest wait fell to 16 weeks within a year.

# Sales territory redesign
Kind: achievement

## Situation
Our medical-devices sales force had territories drawn ten years earlier.

## Task
I was the national sales director.

## Action
We redrew the territories around hospital buying groups, rebalanced the account lists across 18 reps, and changed the commission plan to reward new accounts.

## Result
New-account revenue grew by 35% in the first year.

# Newsroom paywall
Kind: achievement

## Situation
Our regional newspaper's print revenue was falling 12% a year.

## Task
As digital editor, I had the brief to launch a paywall.

## Action
Over the spring, the newsroom and the product team built a metered paywall, chose which stories to lock, and ran a weekly test of subscription offers.

## Result
We signed up 14,000 paying subscribers in the first year.
