# The product line that got shut down
Kind: failure

So the product line I ran got shut down about a year after I took it over, and, look, honestly, that was never really something I could influence. The decision got made at a level I wasn't part of, I heard about it at the all-hands like everybody else. I'd been running it for, what, eleven months, we'd grown it something like thirty percent, and then it's just gone.

I had no visibility into the strategy conversations, I wasn't in the room, so there was never really a chance for me to make the case for it. Could we have done things differently? Maybe, but it's hard to say, because the outcome just wasn't up to me. I moved most of my team onto the core platform and we got on with it. I think what I took from it is that in a big company sometimes stuff just happens to you.

# The KYC audit finding
Kind: failure

Yeah so, we got a pretty serious finding in our sponsor bank's audit, around our KYC process, and it kind of blindsided me. I'd been COO for maybe four months at that point and honestly I had no idea the onboarding flow was skipping the secondary ID check for accounts under a certain balance. That was never flagged to me, it wasn't in any handover doc, it just wasn't on my radar at all.

So when the audit came back with it, it was like, well, how would I have known? We had to freeze new signups for about three weeks and remediate something like fourteen thousand accounts. It was a painful stretch. Once I knew about it we fixed it fast, I'll say that, but you can't fix what you don't know exists, right? So for me that one was really just an unlucky inheritance.

# Ticketing in 2020
Kind: failure

So we were a live-events ticketing startup and we'd closed our seed in like January of 2020. You can probably guess the rest. Within about eight weeks our transaction volume went to basically zero, and, I mean, there's no playbook for that, nobody could have planned for a global pandemic. We tried a virtual events product, but honestly the timing was just completely against us, everyone and their dog was launching one that spring.

We wound the company down about fourteen months later and returned maybe thirty cents on the dollar. People ask me what I'd do differently and, you know, I genuinely don't think there was a different outcome available to us. It was the wrong business at the wrong moment, and that's not something you can outwork or out-strategise. That's how I see it, anyway.

# The cold-storage loss
Kind: failure

Right, so this was the cold-storage facility, we lost about two hundred and forty thousand dollars of product when the refrigeration went down over a long weekend. And I get asked about that one a lot, but, honestly, what was I supposed to do? I was the site manager, I'm not a refrigeration engineer, the alarm went to a phone number that, as it turned out, wasn't being watched over the holiday, and I was four hours away at my sister's wedding.

By the time anyone got there the temps had been above threshold for like nineteen hours. There's only so much one person can cover. We replaced the product, the insurance claim went through eventually, and the alarm routing got sorted out afterwards. But I don't really see how I could've prevented that from where I was sitting.

# Three weeks in and the billing cutover
Kind: failure

So the migration to the new billing platform, it went badly, we had about two days of double-charging for, I want to say six percent of customers. And the context there is I'd been at the company three weeks when it went live. The cutover date, the approach, the whole plan was locked before I ever joined, so realistically I wasn't in a position to push back on any of it. You can't walk in as the new person and stop a train that's already left the station, you know?

I did mention that it felt rushed, in my first week, but it wasn't my project to call. When it broke we did the refunds, we did the apology emails, all of that. I'd say the lesson is just that when you're new you inherit whatever's in flight, and there's honestly not much you can do about it.

# ED wait times in my first year
Kind: failure

Our ED wait times got worse, not better, in my first year as operations director, median door-to-provider went from something like forty minutes to almost an hour. And, you know, I'd love to tell you I turned that around, but the reality is I didn't have any say over staffing, I couldn't open a single position, headcount was frozen for the whole year.

So it's like, you're asked to fix throughput with the exact same people and the exact same rooms, and patient volume's up twelve, fifteen percent. There just wasn't anything I could really do that would move that number. I ran some huddles, we tried a split-flow thing for a few weeks, but without people it was never going to stick. It was a situation that was set up to fail before I ever got there.

# Three weeks from missing payroll
Kind: failure

So we nearly ran out of cash in 2019, like, we were about three weeks from missing payroll, and it came on really suddenly. The thing is I just never had a clear picture of our cash position. We were on spreadsheets, the numbers I saw were always a month behind, and there wasn't any kind of forecast in front of me.

So when a big payment came in sixty days later than we'd planned, it hit us out of nowhere. I mean, how are you meant to manage something you can't see? We got a bridge from our existing investors, about eight hundred K, and we got through it. But honestly a lot of that was circumstance, I was running blind, and there's a limit to what anyone can do with the information they've got.

# The solar business in 2022
Kind: failure

So we had a residential solar installation business, about sixty employees, and in 2022 panel prices and interest rates moved at the same time and our pipeline just, it evaporated. Customers who'd signed were cancelling because the financing didn't pencil anymore.

I've thought about it a lot, and I don't think there was anything anyone in our position could've done. It was macro, you know, completely outside our control. We laid off about half the team, which was the worst thing I've ever had to do, and eventually we sold the book of business to a bigger installer. When people ask what the lesson is, honestly, I'm not sure there is one, beyond sometimes the market just decides for you, and you ride it out as best you can.

# When my co-founder left
Kind: failure

So about two years in, my co-founder, who ran all of engineering, decided he wanted to leave, he'd had a kid, he wanted something calmer, completely fair. And the failure there is mine, because I had never once thought about what happens if one of us goes. All the deploy keys, the architecture, the relationships with our two biggest customers' IT teams, it all lived in his head, and I'd let that happen because it was comfortable.

He gave us like ten weeks, which was generous, and we still lost about a month of roadmap and one renewal, roughly a hundred and fifty K ARR, in the scramble. What I learned is that key-person risk is a founder's job to manage, not something you hope never comes up. Since then, at my current company, every critical system has two owners from day one, and I do a sort of hit-by-a-bus review every quarter with my leadership team.

# The sauce launch and the glass jars
Kind: failure

This is a failure, a pretty classic one. We were launching a new line of packaged sauces into a national grocery chain, and our co-packer told us in the very first meeting they'd need eight weeks lead time on the glass jars. I heard it, I wrote it down, and then I built a launch plan that assumed six, because I wanted to hit the chain's spring reset.

So, yeah, we missed the reset, the chain moved us to the autumn slot, and we lost about five months of shelf time. That's on me, the co-packer did exactly what they said they'd do. What I changed after that is I plan backwards from the longest supplier lead time now, not from the date I want, and on our next two launches I had the suppliers sign off on the timeline before I committed anything to the retailer. Both of those hit their resets.

# Hiring for the best case
Kind: failure

So in 2021 we raised a big round, and I hired like we were going to grow a hundred percent a year forever. We went from about forty people to a hundred and ten in twelve months. Then 2022 happens, the market turns, our customers, mostly crypto and fintech startups, start cutting their own spend, and our growth drops to maybe twenty percent.

The downturn was real and it hit everyone in our space, but the reason it hurt us so much was my hiring plan, I'd built the cost base on the best-case forecast. We did two rounds of layoffs, about forty-five people total, and that's the decision I regret most as a CEO. What I learned is to hire against the base case and treat the upside as a bonus. At my current company I tie every new hire to a revenue milestone we've actually hit, and we've grown headcount about thirty percent a year without a single layoff.

# Our first bank
Kind: achievement

The one I'm proudest of is closing our first Fortune 500 deal, a bank, about 1.8 million over three years, and we'd never sold to anyone that size. Their legal team came back with, I think, forty-something redlines, including a whole data-residency clause we'd never seen before, and their security review ran about eleven weeks. Which is normal for a bank, that's their job.

What I did was set up a weekly call with their procurement lead and our head of security, Priya, who honestly did most of the heavy lifting on the questionnaire, and I took every legal point myself so nothing waited in a queue. We agreed a phased approach to data residency rather than trying to build it all up front. We signed about five months from first call, and that logo helped us close three more banks the next year.

# The pivot the board questioned
Kind: achievement

So we pivoted from a consumer app to B2B, and the board did not love the idea at first. Two of our four directors thought we were giving up on consumer too early, and they had good reasons, we had like three hundred thousand users. They asked for a proper analysis, which was fair, so I spent about six weeks with our head of data pulling cohort retention, and I talked to, I think, forty companies that were using us informally.

I came back with the numbers, consumer retention at day ninety was around four percent and the business accounts were at sixty-something. We had a long, honest board meeting, they pushed hard on the go-to-market plan, and the plan got a lot better because of that pushback. We made the switch, and within eighteen months we were at about four million ARR, which is more than the consumer side ever made.

# Two more seasons of field data
Kind: challenge

We were getting a new crop-protection product approved, a biological, and about a year into the process the regulator asked us for two more seasons of field data on non-target insects. Honestly that was a reasonable request, the science on biologicals is still developing. But it meant two more years and, you know, maybe three million dollars we hadn't budgeted.

So I had to decide, do we push back or do we do it properly, and I went with doing it properly. I restructured the trials with our agronomy team, ran them across five sites instead of three so we'd only need one shot at it, and I went to our investors with a revised plan and a bridge ask. It was tight. But we got approval on the first resubmission, no further questions, and we launched in time for the 2024 season.

# Saying no to sales
Kind: failure

So early on, when I was running product, our sales team came to me with a list of about fifteen features they said they needed to close deals. And I said no to basically all of it, in one meeting, pretty dismissively, because I had a roadmap and I was attached to it. That was a real mistake. They weren't wrong, at least four of those were showing up in almost every lost deal, and I hadn't looked.

Within a quarter the relationship between product and sales was pretty broken, and two of our best AEs left. The lesson for me was that I'd treated their input as noise instead of data. After that I set up a monthly session where sales brings their lost-deal notes and I walk through what's on the roadmap and why, and the next year we shipped three of those features and win rate went from about eighteen to twenty-six percent.

# Twelve restaurants, five losing money
Kind: achievement

So I took over as COO of a restaurant group, twelve locations, and five of them were losing money. The previous team had opened fast, which made sense at the time, money was cheap and the neighbourhoods were growing. What I did first was work a full shift in every kitchen, like actually on the line, and sit down with every GM.

Food cost was running around thirty-six percent, which is high. Working with our executive chef, Marco, we cut the menu from about sixty items to thirty-five, I renegotiated produce with our two main suppliers, and we moved the GMs onto a bonus tied to prime cost. Over about eighteen months food cost came down to twenty-nine percent, we closed two locations that were never going to work, and the group went from losing about a million a year to making roughly 2.2.

# The VP of Sales I hired too fast
Kind: failure

So the worst hire I've made was a VP of Sales, at my second startup. We needed someone fast, the board wanted us scaling sales that year, and I found a candidate with a great big-logo résumé and I basically fell in love in the first interview. I skipped the back-channel references, I did the two formal ones he gave me and that was it. That's on me.

He was great in big companies with a big support structure around him and he really struggled without it, which I'd have learned in about two phone calls. Eight months in we parted ways, and we'd missed our new-bookings target by about forty percent. What I do now, and I've done it for every exec hire since, is at least three back-channel references, and I have someone on my team run an independent one too so I'm not just hearing what I want to hear.

# The fire at our board supplier
Kind: challenge

So there was a fire at our main PCB supplier's plant in Taiwan, nobody hurt, thank god, but they were down for, it ended up being about four months. And we had no second source for that board. That's not something we could change in the moment, so the question was just, okay, what do we do now.

I pulled the team together that same afternoon and we split into three groups, one requalifying an alternate supplier in Malaysia, one redesigning around a board we could buy off the shelf, and I took the customers myself, I called the top twenty personally to tell them what was going on. We shipped about seventy percent of the quarter's orders, lost one customer, and the requalification took seven weeks instead of the usual twelve. And the real lesson was that single-sourcing a critical part was a decision I'd signed off on, so I changed it, we're dual-sourced on every critical component now.

# Raising in the 2022 winter
Kind: achievement

So we raised our Series A in, like, late 2022, which was about the worst time to be raising, valuations were down something like fifty percent and a lot of funds had just stopped writing checks. I talked to about ninety investors. The first forty or so passed, and the feedback was mostly, you know, love the team, not now.

So I changed the approach. I stopped leading with the growth story and led with the unit economics, we had payback under ten months, and my co-founder Jen rebuilt the model so we could show a path to breakeven on the money we were asking for. We closed eleven million from a tier-one fund, with two of our seed investors taking their pro rata. It was a lower valuation than I'd hoped for, but it got us thirty months of runway.

# The pricing change
Kind: failure

So, pricing. We moved from per-seat to usage-based, and I pushed it through in about six weeks because I was convinced it was right. And the idea wasn't crazy, but I didn't test it with anyone. I didn't run it past our customer advisory board, I didn't grandfather anyone, I just announced it.

About fifteen percent of our small-business customers saw their bills go up, some of them doubled, and we lost, I think it was close to nine hundred accounts in a quarter. That was my call and my mistake. What I learned is that pricing is a product change and it deserves the same testing as any feature. The next time we touched pricing, last year, I ran it as an opt-in pilot with two hundred customers for a quarter and grandfathered everyone for twelve months, and churn that quarter actually came in below baseline.

# Cold chain, eight weeks out
Kind: achievement

We were implementing a warehouse management system for a 3PL, about eight weeks from go-live, and their operations director came to us and said, look, we just signed a big pharma client and we need cold-chain tracking in the system from day one. Totally legitimate ask, that client was going to be like a third of their volume.

So I sat down with their team and our two lead engineers and we re-scoped it. I proposed we go live on schedule for the ambient warehouses and do the cold-chain module as phase two, six weeks later, and I negotiated that with the client, which took a couple of tough meetings. We went live on the original date, the cold-chain piece landed five weeks later, so a week early, and they extended the contract to two more sites.

# The CRM rollout and the security review
Kind: failure

So I was leading the rollout of a new CRM across our European sales teams, about four hundred users, and we had to go through the InfoSec review, which at our company takes about six weeks for anything touching customer data. I knew that. I'd done it before. And I still submitted the paperwork maybe two weeks before go-live, because I was heads-down on the configuration work.

So go-live slipped by about five weeks and we missed the start of the fiscal year, which is when I'd told the sales leaders they'd have it. Security did their review in the normal time, they did nothing wrong. The lesson I took was to treat compliance reviews as the first task on the plan, not the last one. On the next two rollouts I ran I filed the security review in week one, and both of them launched on their dates.

# Parting ways with my co-founder
Kind: challenge

My co-founder and I built the company together for about four years, and then we hit a point where we just disagreed on where it should go. He wanted to stay in SMB, I thought we had to move upmarket, and we both had good arguments. We brought in an outside coach, spent a couple of months really working through it, and in the end he decided he'd rather go build something new than run a company heading in a direction he didn't believe in. I respected that a lot.

Then the challenge for me was doing it without rattling the team or the customers. We agreed the messaging together, he stayed on the board for a year, and I took over his product responsibilities with our head of design. We moved upmarket, average contract value went from about eight K to thirty-five K over the next two years, and he and I still have lunch every couple of months.

# Door-to-provider with a frozen headcount
Kind: achievement

So as director of the emergency department, we had median door-to-provider times of about fifty minutes, and headcount was frozen for the year, so hiring our way out wasn't an option. I took that as the constraint and worked with what we had. I spent a couple of weeks doing shifts alongside the charge nurses, and with our lead physician, Dr. Okafor, we set up a provider-in-triage model for the busy hours, eleven to eleven.

I redid the schedule so our most experienced nurses were at the front door at peak. The nurses pushed back on a few pieces and they were right, we changed the handoff twice because of their feedback. Within about five months median door-to-provider was down to twenty-two minutes, and left-without-being-seen dropped from around four percent to just over one.

# The six-hour outage
Kind: failure

The big outage, yeah. I was VP of Engineering, and we had about six hours of downtime on a Tuesday afternoon, our busiest day, and it came from a database migration that I approved going out without running it on a production-sized copy first. The team asked whether we should do the full rehearsal and I said no, we're behind, it's a small change. It was not small at that scale. So that one's squarely on me.

We lost something like three hundred K in transactions and issued credits to a bunch of enterprise customers. What I learned is that the pressure to move fast is exactly when I need to be most disciplined about process, not least. After that I made production-size rehearsals mandatory for any schema change, no exceptions, including me, and we went, I think, twenty-two months without a migration-related incident.

# Opening the books to the union
Kind: challenge

So I was plant manager at a packaging plant, about three hundred and fifty people, unionised, and our contract came up for renewal the same year the company needed to take about eight percent of cost out of the site. The union wanted a real wage increase, inflation had been high, and they had every right to ask for it.

Going in, I decided I was going to open the books, which wasn't how it had been done before. I sat with the stewards and our finance lead and walked them through the site P&L line by line, it took something like fourteen sessions. We ended up with a four percent raise, funded mostly by an energy efficiency program the stewards themselves proposed, plus changes to overtime scheduling. The contract was ratified with about eighty percent voting yes, no strike, and the site hit its savings target that year.

# Not breaking what the founders built
Kind: achievement

When I joined as CEO of the publishing house, the founders had just retired, and honestly they'd built something remarkable, a list of authors most people would kill for and a brand readers really trust. The business was shrinking a little though, print revenue was falling about five percent a year. So my first job was, don't break what they built. I spent the first three months just meeting authors and editors and listening.

Then with our digital lead, Sam, and the editorial team, we launched an audiobook program off the backlist, about two hundred titles in the first year, and I renegotiated our distribution deal. Within three years audio was about a fifth of revenue, total revenue was up around eighteen percent, and we didn't lose a single one of our top twenty authors.
