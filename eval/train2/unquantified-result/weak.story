# Medication safety round
Kind: achievement
## Situation
Our children's ward had a run of medication errors on night shifts.
## Task
As the ward's practice educator, I was asked to make the night drug round safer.
## Action
I introduced a do-not-disturb tabard for the nurse doing the round and ran simulation training with the night team and our pharmacist.
## Result
The ward passed its CQC inspection in 2023, and the tabard became trust policy.

# Contractor safety
Kind: achievement
## Situation
Our coal mine used several contractor firms, each with its own safety rules.
## Task
As safety manager I had to bring every contractor under one system.
## Action
I wrote a single contractor safety standard with the firms' site leads and ran joint audits with them.
## Result
We achieved ISO 45001 certification, and the regulator closed its improvement notice.

# Self-checkout rollout
Kind: achievement
## Situation
Our convenience chain had long queues at lunchtime in its city-centre stores.
## Task
I led the self-checkout rollout as store operations manager.
## Action
I chose the layout with the equipment supplier and trained a checkout host in each store with the area managers.
## Result
Lunchtime queues went away, and head office approved the rollout for the rest of the estate.

# Login outage fix
Kind: challenge
## Situation
Our customers were intermittently locked out of our accounting app after a security update.
## Task
As the engineering manager on call, I had to find and fix the cause.
## Action
I pulled in the identity team, traced the fault to a token-expiry setting and shipped a fix with our QA lead the same night.
## Result
Customers stopped raising lockout tickets, and the incident review praised the response.

# Out of special measures
Kind: achievement
## Situation
Our junior school had been in special measures since the previous inspection.
## Task
As the new deputy head I led the teaching and learning plan.
## Action
I set up peer observation in pairs with the other teachers and coached the phase leaders on planning.
## Result
The school came out of special measures, and Ofsted rated our leadership as good.

# Community kitchen
Kind: achievement
## Situation
Our town had no hot-meal service for people living alone over winter.
## Task
I set up a community kitchen as a volunteer coordinator with the local church.
## Action
I recruited cooks from the allotment society and arranged deliveries with the council's befriending team.
## Result
The kitchen won the Queen's Award for Voluntary Service in 2021.

# Procurement policy
Kind: achievement
## Situation
Our council had no social-value criteria in its procurement rules.
## Task
As procurement lead I was asked to draft a social-value policy.
## Action
I consulted the finance director, two local business groups and our legal team, then wrote the scoring guidance.
## Result
Cabinet adopted the policy in the spring, and the Local Government Association published it as a case study.

# Automotive certification
Kind: achievement
## Situation
Our components plant needed a quality certification to bid for work with a major car maker.
## Task
As quality manager I owned the certification project.
## Action
I rewrote our control plans with the production engineers and ran internal audits with the line leaders.
## Result
We gained IATF 16949 certification, and the car maker added us to its preferred supplier list.

# Series B
Kind: achievement
## Situation
Our medtech start-up needed a new funding round before its trial results were published.
## Task
As CFO I led the fundraising.
## Action
I built the investor model with our CEO and ran due diligence with the lead investor's team.
## Result
We signed the Series B term sheet, and the round closed before Christmas.

# Card data audit
Kind: challenge
## Situation
Our payments team faced its first card-industry audit after moving to the cloud.
## Task
I was the compliance lead preparing the evidence.
## Action
I mapped every card-data flow with the platform engineers and closed the gaps with the security team.
## Result
We passed the PCI DSS audit without findings, and the acquiring bank renewed our licence.

# Warehouse go-live
Kind: achievement
## Situation
Our logistics company won a contract to run a new distribution centre for a toy retailer.
## Task
As project manager I owned the go-live before the Christmas peak.
## Action
I ran the cut-over plan with the retailer's supply-chain team and our site managers.
## Result
The site went live on schedule in October, and the retailer extended our contract.

# Restaurant rating
Kind: achievement
## Situation
Our hotel restaurant had lost its AA rosette after a change of chef.
## Task
As food and beverage manager I had to win it back.
## Action
I hired a new sous chef with the head chef, rebuilt the menu around local suppliers and retrained the front-of-house team.
## Result
We regained the AA rosette at the next inspection, and the local paper named us restaurant of the year.
