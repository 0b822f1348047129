# Triage redesign
Kind: achievement

## Situation
Our urgent treatment centre was failing its four-hour standard on weekday evenings.

## Task
As nurse manager I had to fix evening flow before the inspection.

## Action
I moved a senior nurse to the front door as a streaming lead and worked with the GP on duty to see minor injuries in a separate room.

## Result
Evening patients seen within four hours rose from 71% to 96%, and the inspectors cited our streaming model as good practice.

# Security certification
Kind: achievement

## Situation
Our payroll software company kept losing enterprise deals at the security review stage.

## Task
I was asked to lead us to certification.

## Action
I ran the gap analysis with our CTO, wrote the information-security policies, and coached the engineering leads through the internal audits.

## Result
We achieved ISO 27001 certification in March 2022, two months ahead of plan, and our win rate on enterprise deals went from one in five to one in two.

# Special measures
Kind: achievement

## Situation
I joined a secondary school in special measures as deputy head for teaching and learning.

## Task
My brief was to raise the quality of teaching across the school.

## Action
I set up weekly coaching triads with the heads of department and introduced a shared lesson-planning template that I trialled in my own classes.

## Result
Lessons judged good or better rose from 40% to 85%, and Ofsted removed the school from special measures at its 2023 visit.

# Regional template
Kind: achievement

## Situation
Each of our council's procurement officers used their own tender template.

## Task
As senior buyer, I wanted suppliers to see one consistent format.

## Action
I drafted a standard template with the legal team and tested it on two live tenders with my colleagues in highways.

## Result
Seven of the nine councils in the region adopted my template, and supplier clarification questions fell by a third.

# Delivery windows
Kind: achievement

## Situation
Customers of our furniture retailer were given all-day delivery slots and often missed the van.

## Task
I was the logistics manager asked to tighten delivery windows.

## Action
I introduced route optimisation software with our transport planners and added a text alert an hour before each drop.

## Result
Delivery windows went from all day to two hours, and failed first deliveries fell from 14% to 4%.

# Product launch
Kind: achievement

## Situation
Our medical-device startup needed regulatory approval for its glucose monitor before a distributor deal could close.

## Task
As head of regulatory affairs I owned the submission.

## Action
I assembled the technical file with our clinical lead and ran weekly review sessions with the notified body's assessor.

## Result
We received our CE mark a month early, and the distributor deal closed that summer at £3.5M for the first year.

# Legislative amendment
Kind: achievement

## Situation
Our housing charity wanted protections for private renters added to a bill going through Parliament.

## Task
As policy officer I coordinated the campaign.

## Action
I drafted the amendment with a pro bono barrister, briefed cross-party MPs, and organised tenant testimony with our regional advisers.

## Result
The amendment passed at report stage by 31 votes and now covers between 4 and 5 million private renters.

# Community centre
Kind: achievement

## Situation
Our neighbourhood had no space for youth activities after the library closed.

## Task
As a volunteer trustee I took charge of the project to open a community centre.

## Action
I negotiated a lease on a disused bank building with the council, applied for lottery funding, and recruited local tradespeople to refit it.

## Result
The mayor opened the centre in June 2023, and it now hosts 11 groups a week with 350 regular visitors.

# Customer portal
Kind: achievement

## Situation
Business customers of our energy supplier had to phone to get copies of their bills.

## Task
I was the product manager for a self-service portal.

## Action
I prioritised bill download and meter-reading upload with the account managers, and I ran usability tests with eight customers before each release.

## Result
The portal launched on budget, and bill-copy calls fell from 3,000 a month to 400.

# Nursing rota
Kind: achievement

## Situation
Nurses on our children's ward had little say over their shifts, and morale surveys showed it.

## Task
As ward manager I wanted a fairer rota.

## Action
I introduced self-rostering with the band-6 nurses and held a monthly rota meeting where staff could swap shifts openly.

## Result
Sickness absence fell from 6.8% to 3.9%, and the ward won the trust's Team of the Year award.

# Audit opinion
Kind: achievement

## Situation
Our charity's auditors had qualified the accounts over weak controls on restricted funds.

## Task
As finance director I had to secure a clean opinion.

## Action
I redesigned the fund-tracking process with the grants officer and reconciled each restricted fund monthly.

## Result
The auditors issued an unqualified opinion on the 2022 accounts, and the audit fee fell by £8,000 because fieldwork took half as long.

# Accessibility standard
Kind: achievement

## Situation
Our university's student portal failed accessibility checks that the law now required.

## Task
I was the lead developer on the remediation.

## Action
I audited the portal against WCAG 2.1 with our accessibility consultant and fixed the navigation, forms and colour contrast with the two other developers.

## Result
The portal now meets WCAG 2.1 AA, with automated accessibility errors down from 1,240 to 12.
