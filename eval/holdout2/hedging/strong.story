# Two clinics
Kind: achievement

## Situation
Our diabetes service ran two clinics across town that used different referral forms.

## Task
My main job as service lead was to get the two clinics working as one.

## Action
I ran joint case reviews with both senior nurses and merged the referral forms into a single online form with our IT officer.

## Result
Referral-to-appointment time fell from 7 weeks to 3.

# Translator role
Kind: achievement

## Situation
Our sales team kept promising features that engineering had not planned.

## Task
As product owner I needed one roadmap that both teams would back.

## Action
I acted as the translator between the two groups, running a monthly roadmap session with the sales director and the engineering manager.

## Result
Off-roadmap commitments dropped from 18 in a quarter to 3.

# Intake form
Kind: achievement

## Situation
Our legal-aid clinic was turning people away because first appointments ran long.

## Task
I was the volunteer coordinator and wanted to see more clients each evening.

## Action
My main contribution was the new intake form, which I designed with two of the solicitors so clients could fill it in while they waited.

## Result
We went from 8 clients an evening to 13.

# Client savings
Kind: achievement

## Situation
A hotel group asked our consultancy to cut its energy bills across 14 properties.

## Task
I was the engagement manager.

## Action
I audited the three largest sites with our energy engineer and negotiated a new supply contract with the client's procurement team.

## Result
The client saved £212,000 in the first year, against a target of £150,000.

# Warehouse zones
Kind: achievement

## Situation
Pickers in our e-commerce warehouse walked an average of 14 km a shift.

## Task
As shift manager I wanted to cut walking time.

## Action
I proposed splitting the warehouse into fast- and slow-moving zones, sorted the 4,000 product lines by pick frequency, and worked out the new layout with the two team leaders over a weekend.

## Result
Walking distance fell to 8 km a shift and picks per hour rose by 22%.

# Loan coordination
Kind: achievement

## Situation
Our museum was opening a touring exhibition with loans from four other institutions.

## Task
I was responsible for getting the loans in place.

## Action
I coordinated the loans: I held the weekly calls with the four registrars and handled the insurance paperwork with our finance officer.

## Result
All 62 loaned objects arrived and were installed nine days before opening.

# Supplier calls
Kind: achievement

## Situation
Our bakery chain's flour supplier went into administration in the middle of December.

## Task
As purchasing manager I had to keep 30 shops supplied through Christmas.

## Action
I spent half my week on calls with alternative mills, and I worked with our head baker to test three flours for strength and feel in two days.

## Result
We missed no deliveries, and the new contract cost 4% less than the old one.

# Board risk paper
Kind: achievement

## Situation
Our hospital trust's board had not discussed cyber risk in two years.

## Task
As head of information security I wanted the board to fund a recovery plan.

## Action
I wrote a risk paper with our CIO that set out the likely cost of a two-week outage, and I ran a tabletop exercise for the executive team.

## Result
The board approved £1.1M for the recovery programme.

# Data wrangler
Kind: achievement

## Situation
Our charity needed evidence of impact for a lottery grant renewal.

## Task
I was the monitoring and evaluation officer.

## Action
I pulled the data together from the five projects, and I worked with the project leads to collect 200 beneficiary surveys.

## Result
The grant was renewed at £480,000 over three years.

# Go-between
Kind: achievement

## Situation
Our airline's cabin crew and rostering teams were in dispute over late roster changes.

## Task
As crew operations manager I had to reduce the number of short-notice changes.

## Action
The union rep's first answer was "perhaps after the summer", so I set up a joint review of each change made within 72 hours of a flight with her and the rostering lead that same month.

## Result
Short-notice changes fell from 240 a month to 90.

# Bus schedule
Kind: achievement

## Situation
Passengers on our busiest city bus route faced long waits at peak times.

## Task
As network planner I was asked to redesign the timetable.

## Action
I analysed ticket-machine data with our data analyst, tested the operators' best guess of the peak against it, and moved three buses from the off-peak to the morning peak.

## Result
The new schedule cut average peak waits by 15%, from 13 minutes to 11.

# Route redesign
Kind: achievement

## Situation
Our home-care agency's carers were spending a third of their shift driving.

## Task
As care coordinator I had to get more visit time into each shift.

## Action
I redesigned the rounds, regrouping clients by postcode with the two senior carers and shortening each round.

## Result
Driving time fell from 33% of the shift to 21%.
