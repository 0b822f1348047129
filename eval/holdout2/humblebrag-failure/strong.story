# Wrong baseline
Kind: failure

## Situation
I ran a pricing review for a logistics client in my second year as a consultant.

## Action
I built the analysis on last year's rate card instead of the current one, and I didn't check the source file before sending it.

## Result
The client spotted the error, and I had to reissue the report nine days after the agreed date.

## Lessons
I learned to confirm the source data with the client before I start modelling, and on my next three reviews I sent a data-confirmation note in the first week.

# Stayed too long
Kind: failure

## Situation
I was a regional sales manager at a printing company that was losing market share.

## Action
I kept pushing our litho printing contracts for three years because I misread the shift to digital in our own sales data.

## Result
My region's revenue fell by 40% and we closed two sites.

## Lessons
I learned to review market data with the product team each quarter, and in my current role I run a quarterly trends session with them and moved 30% of my pipeline to digital services.

# Overcommitted
Kind: failure

## Situation
I was a product designer in a fast-growing fintech.

## Action
I agreed to support five squads without checking my capacity, and I lost track of which designs were due when.

## Result
My own feature slipped by six weeks and two squads shipped with placeholder screens.

## Lessons
I learned to check my capacity before I agree to a request, and this quarter I have kept a weekly capacity plan and declined two requests.

# Stuck to the plan
Kind: failure

## Situation
I teach Year 11 English in a school where two-thirds of pupils are the first in their family to sit GCSEs.

## Action
I stuck to my revision plan on poetry even after the mock results showed my class was losing marks on the unseen prose question.

## Result
The class averaged 4.1 on the prose paper against a target of 5.

## Lessons
I learned to rebuild revision around mock data, and this year I regrouped my class after each mock and spent half the sessions on their two weakest questions.

# Blunt feedback
Kind: failure

## Situation
I was an account director at a design agency pitching to a furniture retailer.

## Action
I criticised the client's brand in front of their founder without first asking what she wanted from the refresh.

## Result
We lost the £300,000 account.

## Lessons
I learned to frame difficult messages around the client's goals, and in my next four pitches I opened with their objectives before any critique.

# Under-prepared
Kind: failure

## Situation
I was asked to present our clinic's infection-control audit to the hospital board.

## Action
I prepared the slides the night before and didn't check the trend figures, so I couldn't answer the chair's question about the rise in catheter infections.

## Result
The board deferred the decision on our funding request by two months.

## Lessons
I learned to rehearse board questions with a colleague, and at my last two board sessions I ran a mock Q&A with our matron a week ahead.

# Launch without a test plan
Kind: failure

## Situation
I was launch manager for a new electric-bike model.

## Action
I committed to a launch date with our retailers before agreeing a test plan with the engineering team, and we hadn't completed the battery certification by then.

## Result
We delayed the launch by seven weeks and paid £85,000 in cancelled marketing.

## Lessons
I learned to set launch dates only after engineering signs off the test plan, and for our cargo-bike launch last spring I held the date back until the test plan was agreed.

# Missed the sample errors
Kind: failure

## Situation
I was a senior auditor on a charity's year-end accounts.

## Action
I reviewed the juniors' work too quickly and missed that two of them had tested the wrong year's grant income.

## Result
The audit partner found it at review, and the audit finished 11 days late.

## Lessons
I learned to review by risk with a short checklist, and on my last three audits I used it for each junior's file and signed off on schedule.

# No checkpoints
Kind: failure

## Situation
I was a new engineering manager for six developers.

## Action
I delegated two projects without agreeing any checkpoints, and I didn't notice they had drifted until a customer escalated.

## Result
Two projects drifted, and one shipped a quarter late.

## Lessons
I learned to agree checkpoints with each developer, and for the last two quarters I have held fortnightly progress reviews with each of them.

# Rollout before training
Kind: failure

## Situation
I was the implementation lead for a CRM rollout at a car dealership group.

## Action
I pushed the go-live through before I had trained the sales staff at each dealership.

## Result
Adoption in the first month was 35%.

## Lessons
I learned to pace delivery around the client's readiness, and on my next rollout I agreed a training plan with each site before setting the go-live date.

# Volunteer rota
Kind: failure

## Situation
I ran a volunteer literacy programme at the local library.

## Action
I built the session rota without asking volunteers about their availability, and our most patient volunteer, Maureen, ended up covering the gaps.

## Result
Four of our 12 volunteers left within two months.

## Lessons
I learned to ask volunteers what they can offer before I plan the sessions, and at this year's volunteer induction I asked each one for their availability and built the rota from it.

# Approval on holiday
Kind: failure

## Situation
I was duty manager at a busy regional airport.

## Action
I approved a fuel-supply change by phone from my holiday without reading the contract terms.

## Result
The change cost the airport £22,000 in minimum-volume charges.

## Lessons
I learned that my deputy needs room to lead and that I should not sign off work I haven't read, and on my leave this summer I handed over fully and took no calls for ten days.
