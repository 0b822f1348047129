# Aircraft turnaround trial
Kind: failure

Situation: I ran ground operations at a regional airport and was trialling a 25-minute turnaround for our short-haul fleet.
Action: The ground-handling contractor staffed the ramp at the level in its existing contract, because I had agreed the extra crew verbally and never put it in writing.
Result: We managed the 25-minute turn on 40% of flights and ended the trial after two months.
Lessons: I now put staffing levels into the contract schedule with a named contact on each side.

# Clinical trial sites
Kind: failure

## Situation
I was the study director for a phase II trial across nine hospital sites.

## Action
Enrollment slowed over the summer, and when I looked into it I found I had approved an initiation plan that gave the CRO one week per site instead of three.

## Result
We finished recruiting five months late and the readout moved into the next financial year.

## Lessons
I now attend the first initiation visit at every site myself.

# Haul road at the open-pit mine
Kind: challenge

## Situation
I was the mine manager responsible for a new haul road to the north pit.

## Task
I needed the road open before the wet season.

## Action
Corporate engineering runs a twelve-week design review, so I sent them the package in January and agreed weekly check-ins.

## Result
The road opened in May and cut 11 minutes from every truck cycle.

# Hotel reopening
Kind: failure

## Situation
I was general manager of a 200-room hotel reopening after a refurbishment.

## Action
The owners took eight weeks to settle the furniture budget, and I had not given them a deadline or shown them what a late decision would cost.

## Result
We opened 120 rooms in June and the rest in September.

## Lessons
I now agree a budget freeze date with owners in the project charter.

# Online course launch
Kind: failure

## Situation
As dean of continuing education, I launched an online MBA for working professionals.

## Action
The faculty senate amended the admissions criteria at its final meeting, which it was entitled to do, and I had brought the proposal to it far too late.

## Result
We enrolled 38 students in the first cohort against a target of 80.

## Lessons
I take admissions proposals through faculty committees a full term before launch.

# Printing schedule for the autumn list
Kind: failure

S: I was publishing director for a trade imprint with 24 titles on the autumn list.
A: Paper was short across the industry that year, and I had booked our allocation with only one printer.
R: Twelve titles missed the Christmas window.
L: I now hold paper allocation with two printers for every seasonal list.

# Smart meter rollout
Kind: failure

## Situation
I led the smart meter installation programme for a utility with 1.8 million customers.

## Action
Ofgem published the final data standards in March, and I chose to wait for them in the north instead of installing to the draft standard as our southern team did.

## Result
We installed 61% of the planned meters in the north region that year.

## Lessons
I now plan for the draft standard and budget for a small retrofit.

# Fibre build permits
Kind: failure

## Situation
I ran a fibre-to-the-home build covering 45,000 premises.

## Action
The highways authority asks for a traffic plan with every street-works permit, and I staffed the permits team as if it were a form-filling job.

## Result
We passed 29,000 premises by year end.

## Lessons
I assign a permits lead to sit with each highways authority from month one.

# Tower crane programme
Kind: challenge

## Situation
I was project director on a 30-storey residential tower in Manchester.

## Task
My job was to keep the frame on programme through the winter.

## Action
I set up a weekly clash-detection review with the structural engineer and our BIM coordinator, and we cleared 140 clashes before they reached site.

## Result
The frame topped out two weeks late, and we recovered those weeks in the fit-out.

# Game launch on consoles
Kind: failure

## Situation
I was executive producer on a multiplayer game launching on two consoles.

## Action
I cut the closed beta to hit the release date, so the matchmaking bug that took down our servers on day one reached players before anyone saw it.

## Result
Players couldn't join matches for 14 hours and we refunded 8,000 pre-orders.

## Lessons
I now run a closed beta of at least 5,000 players before any online launch.

# Irrigation upgrade
Kind: failure

## Situation
I ran operations for an agricultural cooperative of 60 farms and was upgrading our shared irrigation scheme.

## Action
Jenkins at the water board explained that the abstraction licence would take a full season, and I had already ordered the pumps.

## Result
The new pumps sat idle through the whole growing season.

## Lessons
I now apply for licences before any equipment is ordered.

# Partner review of the merger filing
Kind: failure

## Situation
I was the associate running the antitrust filing for a client's acquisition.

## Action
The senior partner trusted me with the jurisdiction map, and I missed the filing requirement in Brazil.

## Result
We filed in Brazil three weeks late and the closing date moved.

## Lessons
I now check every jurisdiction's thresholds against local counsel's list in week one of a deal.
