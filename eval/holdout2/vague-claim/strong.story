# Complaints desk
Kind: achievement

## Situation
Our energy company's complaints desk had a backlog that was attracting ombudsman cases.

## Task
As customer operations manager I had to bring it under control before the winter peak.

## Action
I split the backlog by complaint type with my two team leaders and gave the billing specialists their own queue.

## Result
We cleared 2,400 old cases by December, and repeat complaints fell markedly, from 31% of contacts to 12%.

# Overtime on the line
Kind: achievement

## Situation
Our bottling plant was running weekend shifts to keep up with orders.

## Task
I was asked as production manager to reduce our reliance on weekend working.

## Action
I worked with the maintenance lead to move changeovers onto weekday nights and trained 12 operators to run two lines each.

## Result
Line output rose to 48,000 bottles a shift, and overtime came down by a substantial margin: from 1,150 hours a month to 420.

# Smoother ward rounds
Kind: achievement

## Situation
Consultant ward rounds on our elderly-care unit regularly overran into the afternoon.

## Task
As ward manager I wanted rounds finished before lunchtime medications.

## Action
I introduced a board round at 8.30 with the registrar and the two senior physiotherapists, so that the consultant saw the 10 patients with decisions pending first.

## Result
Rounds ran more smoothly, finishing by 11.45 instead of 2 p.m., and 11 discharges a week moved from evening to before 2 p.m.

# Repeat bookings
Kind: achievement

## Situation
Our chain of six physiotherapy clinics was losing patients after their first appointment.

## Task
I was the operations lead tasked with improving patient retention.

## Action
I designed a follow-up text sequence with our receptionists and asked each physio to book the second session before the patient left the room.

## Result
Second appointments jumped from 46% of new patients to 71%, and the sequence cost £300 a month to run.

# Year 9 engagement
Kind: achievement

## Situation
My Year 9 science classes had the lowest homework completion in the school.

## Task
As head of year I wanted homework to matter to them again.

## Action
I replaced worksheets with weekly practical challenges that two colleagues and I designed, and we posted results on a leaderboard in the lab.

## Result
Homework completion went up sharply, from 38% to 84% in one term, and we ran the challenges across 7 classes by the summer.

# Scrap reduction
Kind: achievement

## Situation
Our injection-moulding cell was scrapping parts because of inconsistent mould temperatures.

## Task
As process engineer I owned the scrap target for the cell.

## Action
I installed temperature logging on all four presses and worked with the shift technicians to set new start-up checks.

## Result
The logging took three weeks to install, and scrap fell dramatically, from 6.2% of parts to 1.1%.

# Finance team hours
Kind: achievement

## Situation
Our finance team spent the first week of every month building management reports by hand.

## Task
I was hired as finance systems analyst to automate the reporting.

## Action
I built a Power BI model on the ledger with our two management accountants and retired 14 spreadsheets.

## Result
The automation freed up 60 hours a month for the accountants, and the model went live in April 2023.

# Sharper forecasts
Kind: achievement

## Situation
Our fashion retailer kept ordering stock against forecasts that missed seasonal swings.

## Task
As demand planning manager I had to make the forecasts usable for buying.

## Action
I added weather and promotion data to the model with our data scientist and held a weekly review with the three buyers.

## Result
Forecast error dropped considerably, from 34% to 19%, and the buyers used the forecasts for the 2024 spring range across 140 stores.

# Donor retention
Kind: achievement

## Situation
Our hospice charity was losing monthly donors within their first year.

## Task
As fundraising manager I wanted new donors to stay.

## Action
I rewrote the welcome journey with two volunteers who had been donors themselves, and I added a thank-you call in the third month.

## Result
First-year retention improved by 14 percentage points, to 68%, and 6 volunteers now make the calls.

# Depot efficiencies
Kind: achievement

## Situation
Our parcel depot was missing van departure times every morning.

## Task
As depot manager I had to get vans out on time for the 7 a.m. wave.

## Action
I re-sequenced the sort belts with the shift supervisors and moved loading of the five longest routes to the night shift.

## Result
On-time departures rose from 58% to 97%, and we now load 62 vans each morning.

# Store morale
Kind: achievement

## Situation
I took over a garden-centre store where staff turnover was the highest in the region.

## Task
I had to stabilise the team before spring, our busiest season.

## Action
I held one-to-ones with all 22 staff, worked with my deputy to fix the rota so that everyone got two weekends off a month, and started a monthly staff breakfast.

## Result
Our staff survey score rose from 48 to 79 out of 100, and we went into spring with 22 staff on the rota.

# Hospital pharmacy waits
Kind: achievement

## Situation
Patients leaving our hospital waited for their discharge medicines at the pharmacy counter.

## Task
As lead pharmacy technician I wanted to shorten the wait.

## Action
I set up a pre-packing system with the ward pharmacists for the 30 most common discharge medicines.

## Result
Discharge prescriptions were turned round far quicker, in 35 minutes on average instead of 2 hours, and the system now covers 5 wards.
