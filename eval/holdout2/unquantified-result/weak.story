# Triage redesign
Kind: achievement

## Situation
Our urgent treatment centre was failing its four-hour standard on weekday evenings.

## Task
As nurse manager I had to fix evening flow before the inspection.

## Action
I moved a senior nurse to the front door as a streaming lead and worked with the GP on duty to see minor injuries in a separate room.

## Result
The centre passed its inspection, and the inspectors cited our streaming model as good practice.

# Security certification
Kind: achievement

## Situation
Our payroll software company kept losing enterprise deals at the security review stage.

## Task
I was asked to lead us to certification.

## Action
I ran the gap analysis with our CTO, wrote the information-security policies, and coached the engineering leads through the internal audits.

## Result
We achieved ISO 27001 certification in March 2022, and the sales team now sends the certificate with every proposal.

# Special measures
Kind: achievement

## Situation
I joined a secondary school in special measures as deputy head for teaching and learning.

## Task
My brief was to raise the quality of teaching across the school.

## Action
I set up weekly coaching triads with the heads of department and introduced a shared lesson-planning template that I trialled in my own classes.

## Result
Ofsted removed the school from special measures at its 2023 visit and rated teaching as good.

# Regional template
Kind: achievement

## Situation
Each of our council's procurement officers used their own tender template.

## Task
As senior buyer, I wanted suppliers to see one consistent format.

## Action
I drafted a standard template with the legal team and tested it on two live tenders with my colleagues in highways.

## Result
The regional procurement board adopted my template as the standard for all member councils.

# Delivery windows
Kind: achievement

## Situation
Customers of our furniture retailer were given all-day delivery slots and often missed the van.

## Task
I was the logistics manager asked to tighten delivery windows.

## Action
I introduced route optimisation software with our transport planners and added a text alert an hour before each drop.

## Result
Customers stopped complaining about waiting in all day, and the drivers preferred the new routes.

# Product launch
Kind: achievement

## Situation
Our medical-device startup needed regulatory approval for its glucose monitor before a distributor deal could close.

## Task
As head of regulatory affairs I owned the submission.

## Action
I assembled the technical file with our clinical lead and ran weekly review sessions with the notified body's assessor.

## Result
We received our CE mark on schedule, and the distributor deal closed that summer.

# Legislative amendment
Kind: achievement

## Situation
Our housing charity wanted protections for private renters added to a bill going through Parliament.

## Task
As policy officer I coordinated the campaign.

## Action
I drafted the amendment with a pro bono barrister, briefed cross-party MPs, and organised tenant testimony with our regional advisers.

## Result
The amendment passed at report stage and is now part of the Renters' Act.

# Community centre
Kind: achievement

## Situation
Our neighbourhood had no space for youth activities after the library closed.

## Task
As a volunteer trustee I took charge of the project to open a community centre.

## Action
I negotiated a lease on a disused bank building with the council, applied for lottery funding, and recruited local tradespeople to refit it.

## Result
The mayor opened the centre in June 2023, and it now hosts youth clubs, a toddler group and a lunch club for older residents.

# Customer portal
Kind: achievement

## Situation
Business customers of our energy supplier had to phone to get copies of their bills.

## Task
I was the product manager for a self-service portal.

## Action
I prioritised bill download and meter-reading upload with the account managers, and I ran usability tests with eight customers before each release.

## Result
The portal launched on time and on budget, and the account managers now spend their calls on renewals instead of paperwork.

# Nursing rota
Kind: achievement

## Situation
Nurses on our children's ward had little say over their shifts, and morale surveys showed it.

## Task
As ward manager I wanted a fairer rota.

## Action
I introduced self-rostering with the band-6 nurses and held a monthly rota meeting where staff could swap shifts openly.

## Result
Sickness absence came down, and the ward won the trust's Team of the Year award.

# Audit opinion
Kind: achievement

## Situation
Our charity's auditors had qualified the accounts over weak controls on restricted funds.

## Task
As finance director I had to secure a clean opinion.

## Action
I redesigned the fund-tracking process with the grants officer and reconciled each restricted fund monthly.

## Result
The auditors issued an unqualified opinion on the 2022 accounts.

# Accessibility standard
Kind: achievement

## Situation
Our university's student portal failed accessibility checks that the law now required.

## Task
I was the lead developer on the remediation.

## Action
I audited the portal against WCAG 2.1 with our accessibility consultant and fixed the navigation, forms and colour contrast with the two other developers.

## Result
The portal now meets WCAG 2.1 AA, and the disability services team recommends it to new students.
