# Aircraft turnaround trial
Kind: failure

Situation: I ran ground operations at a regional airport and was trialling a 25-minute turnaround for our short-haul fleet.
Action: The ground-handling contractor simply would not staff the extra ramp crew we had agreed.
Result: We managed the 25-minute turn on 40% of flights and ended the trial after two months.
Lessons: I now put staffing levels into the contract schedule with a named contact on each side.

# Clinical trial sites
Kind: failure

## Situation
I was the study director for a phase II trial across nine hospital sites.

## Action
Enrollment stalled for a whole summer, thanks to the CRO botching the site initiation visits.

## Result
We finished recruiting five months late and the readout moved into the next financial year.

## Lessons
I now attend the first initiation visit at every site myself.

# Haul road at the open-pit mine
Kind: failure

## Situation
I was the mine manager responsible for a new haul road to the north pit.

## Action
Corporate engineering is still sitting on the design review we sent them last spring.

## Result
Trucks are taking the old route, which adds 11 minutes to every cycle.

## Lessons
I am setting review dates with corporate engineering at the start of each capital project.

# Hotel reopening
Kind: failure

## Situation
I was general manager of a 200-room hotel reopening after a refurbishment.

## Action
The owners dithered over the furniture budget for so long that the rooms weren't ready for the summer.

## Result
We opened 120 rooms in June and the rest in September.

## Lessons
I now agree a budget freeze date with owners in the project charter.

# Online course launch
Kind: failure

## Situation
As dean of continuing education, I launched an online MBA for working professionals.

## Action
The faculty senate torpedoed the admissions criteria at the eleventh hour.

## Result
We enrolled 38 students in the first cohort against a target of 80.

## Lessons
I take admissions proposals through faculty committees a full term before launch.

# Printing schedule for the autumn list
Kind: failure

S: I was publishing director for a trade imprint with 24 titles on the autumn list.
A: Our printer let us down badly on paper supply, so half the list slipped.
R: Twelve titles missed the Christmas window.
L: I now hold paper allocation with two printers for every seasonal list.

# Smart meter rollout
Kind: failure

## Situation
I led the smart meter installation programme for a utility with 1.8 million customers.

## Action
We fell behind in the north because Ofgem wouldn't give a straight answer on the data standards.

## Result
We installed 61% of the planned meters in the north region that year.

## Lessons
I now build regulatory checkpoints into the plan and escalate them after two weeks without an answer.

# Fibre build permits
Kind: failure

## Situation
I ran a fibre-to-the-home build covering 45,000 premises.

## Action
The highways authority made life as hard as it possibly could on every street-works permit.

## Result
We passed 29,000 premises by year end.

## Lessons
I assign a permits lead to sit with each highways authority from month one.

# Tower crane delay
Kind: challenge

## Situation
I was project director on a 30-storey residential tower in Manchester.

## Task
My job was to keep the frame on programme through the winter.

## Action
The structural engineer, frankly, was hopeless and kept issuing drawings with clashes in them.

## Result
The frame topped out six weeks late, and we recovered four of those weeks in the fit-out.

# Game launch on consoles
Kind: failure

## Situation
I was executive producer on a multiplayer game launching on two consoles.

## Action
The publisher's QA group missed the matchmaking bug that took down our servers on day one.

## Result
Players couldn't join matches for 14 hours and we refunded 8,000 pre-orders.

## Lessons
I now run a closed beta of at least 5,000 players before any online launch.

# Irrigation upgrade
Kind: failure

## Situation
I ran operations for an agricultural cooperative of 60 farms and was upgrading our shared irrigation scheme.

## Action
Jenkins at the water board kept stringing us along on the abstraction licence.

## Result
The new pumps sat idle through the whole growing season.

## Lessons
I now apply for licences before any equipment is ordered.

# Partner review of the merger filing
Kind: failure

## Situation
I was the associate running the antitrust filing for a client's acquisition.

## Action
The senior partner sat back and left me to discover the filing requirements in Brazil on my own, and he never once reviewed my timeline.

## Result
We filed in Brazil three weeks late and the closing date moved.

## Lessons
I now map every jurisdiction's filing requirements in week one of a deal.
