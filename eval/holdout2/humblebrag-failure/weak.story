# Exacting standards
Kind: failure

## Situation
Interviewers usually ask about a failure, and mine is that I hold my own work to a standard that the people around me can't match.

## Action
On a pricing review for our logistics client, I rewrote the analysis four times because it didn't yet meet my own bar.

## Result
The client received it nine days after the agreed date.

## Lessons
I learned to agree what good enough looks like at the outset, and on my next three reviews I set a quality checklist with the client on day one.

# Too loyal
Kind: failure

## Situation
I was a regional sales manager at a printing company that was losing market share.

## Action
My failure is that I'm loyal to a fault; I stayed with a sinking employer for three years because I couldn't bear to abandon my team.

## Result
By the time I left, my commission had fallen by 40%.

## Lessons
I learned to review my own career plan every year, and in January I sat down with a mentor and set out my next two moves.

# Saying yes
Kind: failure

## Situation
I was a product designer in a fast-growing fintech.

## Action
I'm the person everyone comes to because I'm so generous with my time, and I agreed to help every team that asked until I was supporting five squads.

## Result
My own feature slipped by six weeks.

## Lessons
I learned to check my capacity before I agree to a request, and this quarter I have kept a weekly capacity plan and declined two requests.

# Invested in my pupils
Kind: failure

## Situation
I teach Year 11 English in a school where two-thirds of pupils are the first in their family to sit GCSEs.

## Action
My greatest weakness is that I am too devoted to my students; I ran revision sessions every lunchtime and evening until I had nothing left.

## Result
I was off sick for the two weeks before the exams.

## Lessons
I learned to share the revision load with colleagues, and this year I set up a rota with three other teachers so that I run two sessions a week.

# Brutally honest
Kind: failure

## Situation
I was an account director at a design agency pitching to a furniture retailer.

## Action
My failing is that I'm too honest; I told the client the truth about their outdated brand when everyone else in the room was flattering them.

## Result
We lost the £300,000 account.

## Lessons
I learned to frame difficult messages around the client's goals, and in my next four pitches I opened with their objectives before any critique.

# Over-preparing
Kind: failure

## Situation
I was asked to present our clinic's infection-control audit to the hospital board.

## Action
I prepared so thoroughly that I had an answer for every possible question, and I rehearsed the talk 20 times, which left the board with more detail than they could absorb.

## Result
The presentation overran by 15 minutes.

## Lessons
I learned to design presentations around the three decisions the board needs, and at my last two board sessions I finished in the allotted ten minutes.

# Committed to the launch
Kind: failure

## Situation
I was launch manager for a new electric-bike model.

## Action
My mistake was being so committed to the launch that I didn't take a single day off for five months.

## Result
I was exhausted by launch week and missed two supplier calls.

## Lessons
I learned to plan recovery time into a launch, and for our cargo-bike launch last spring I booked leave in the schedule and handed cover to my deputy for a week.

# Detail fanatic
Kind: failure

## Situation
I was a senior auditor on a charity's year-end accounts.

## Action
Being a stickler for detail, I re-tested every sample myself, because my eye for accuracy wouldn't let me accept the juniors' work unchecked.

## Result
The audit finished 11 days late.

## Lessons
I learned to trust a review-by-exception approach, and on my last three audits I reviewed the juniors' work by risk and signed off on schedule.

# Too much freedom
Kind: failure

## Situation
I was a new engineering manager for six developers.

## Action
I'm too trusting and too generous with autonomy; I gave my team complete freedom because I believe in people.

## Result
Two projects drifted, and one shipped a quarter late.

## Lessons
I learned to agree checkpoints with each developer, and for the last two quarters I have held fortnightly progress reviews with each of them.

# Delivered too early
Kind: failure

## Situation
I was the implementation lead for a CRM rollout at a car dealership group.

## Action
I worked so efficiently that we finished the rollout four weeks ahead of schedule, and the dealerships weren't ready for how fast I delivered.

## Result
Adoption in the first month was 35%.

## Lessons
I learned to pace delivery around the client's readiness, and on my next rollout I agreed a training plan with each site before setting the go-live date.

# Raising the bar
Kind: failure

## Situation
I ran a volunteer literacy programme at the local library.

## Action
My failure was expecting volunteers to give as much as I do; I'm so passionate about literacy that I asked others for the same commitment.

## Result
Four of our 12 volunteers left within two months.

## Lessons
I learned to ask volunteers what they can offer before I plan the sessions, and at this year's volunteer induction I asked each one for their availability and built the rota from it.

# Can't switch off
Kind: failure

## Situation
I was duty manager at a busy regional airport.

## Action
My weakness is that I'm too dedicated to switch off, and I answered operational calls throughout my annual leave.

## Result
I came back more tired than when I left, and my deputy had made no decisions for two weeks.

## Lessons
I learned that my deputy needs room to lead, and on my leave this summer I handed over fully and took no calls for ten days.
