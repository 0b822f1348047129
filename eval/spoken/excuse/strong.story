# The launch we lost to a rewrite
Kind: failure

So the honest version is we missed our launch window by about five months, and it really, it came down to my co-founder. He was our CTO, brilliant guy, but he just could not leave the architecture alone, you know, every time we got close to shipping he'd decide the data layer was wrong and tear the whole thing up again. We had a retailer pilot lined up for the holidays, like a real signed LOI, and he rewrote the sync engine three times between August and November. Three times. I kept saying, look, ship the ugly version, and he'd nod and then go off and do another refactor over the weekend.

So we blew the pilot, the retailer went with a competitor, and that was, I mean, that was a good chunk of our seed story gone. What I took away is that I need a co-founder who cares about shipping as much as I do, and when we eventually parted ways the first thing I did with the new CTO was set the dates together up front.

# The European expansion
Kind: failure

Yeah, so, the Europe thing. We'd just closed our Series B, forty-something million, and the board was adamant that we had to be in Germany and the UK inside a year, they'd more or less made it a condition of the round, in spirit if not on paper. I argued that our US unit economics weren't there yet, we were still losing money on something like half our mid-market accounts, but they were fixated on the TAM slide, they'd promised their LPs an international story and that was that.

So we open Berlin, we open London, we hire twenty-two people, and within about fourteen months we'd burned close to a third of the raise and shut both offices. The board pushed us into it before the product was ready, and then when it didn't work they were the first ones asking why the burn was so high. Looking back, the lesson for me is get the board's incentives on the table much earlier, because theirs and ours were just not the same thing.

# The thermostat recall
Kind: failure

So we had about eleven thousand units of the thermostat coming out of a contract manufacturer in Shenzhen for our first big retail order, and, um, their quality control was honestly a joke. They swapped a capacitor supplier without telling anybody, cheaper part, and something like one in eight units died within a month in people's homes. The factory kept insisting it was all within spec, they dragged their feet on the failure analysis for like six weeks, and meanwhile, you know, Best Buy is pulling us off the shelf.

So we did a full recall, cost us about 1.3 million, which for a company our size was nearly fatal. What I'd say is we were let down badly by a partner we trusted, that vendor cost us our retail relationship, full stop. Since then we dual-source everything and we keep our own inspector on the line.

# The churn year
Kind: failure

Okay so the churn year. We'd grown ARR to, what, eight, nine million, and then in one year gross churn jumps to about twenty-six percent, and the root of it was our sales org. They were selling a product that didn't exist, I mean literally promising integrations on calls, SSO, a Salesforce sync, custom reporting, none of which was anywhere on the roadmap, because they were comped on bookings and nothing else.

Then the customer shows up in onboarding expecting all of that and my CS team is the one eating it. I'd raise it with the CRO every quarter and the answer was always, you know, pipeline's strong, we'll sort it out post-sale. They never did. So by renewal time half those logos walked. That cowboy culture in sales basically torched a year of retention for us. I came out of it pretty convinced that comp plans drive behaviour more than anything leadership says.

# The apparel site rebuild
Kind: challenge

This was at the agency, we were rebuilding the e-commerce site for a big apparel brand, maybe a 2.4 million dollar engagement, and honestly it was the client from hell. Their marketing VP would sign off on designs on a Friday and on Monday there'd be a new direction because the CEO's wife didn't like the colours, I'm not joking, that actually happened. Every sprint the brief changed. They couldn't make a decision to save their lives, and when they did make one they'd unmake it two weeks later.

So we ended up four months late and, something like four hundred grand over, and we ate most of that because the contract was fixed fee. The team was exhausted, I lost two of my best designers over it. What I'd tell you is some clients just aren't worth it, and the chaos on their side is what sank that project.

# Nineteen months waiting on the FDA
Kind: failure

So, the 510(k). We were a twelve-person medtech startup with a wearable ECG patch, and we submitted in, I think it was March, expecting clearance by the fall. The reviewer the FDA assigned us frankly didn't understand the device, kept asking questions that were answered on page forty of the submission, and every round of additional-information requests reset the clock. It took them nineteen months. Nineteen.

And in that time our runway goes from like twenty months to four, we had to do a down round at about half the previous valuation, and I had to let seven people go. The agency's process is just broken for small companies, you can't get a human on the phone, and that bureaucracy nearly killed us. We did get cleared eventually and we're selling now, but that delay was the single worst thing that ever happened to the company.

# Cleaning up after the old management
Kind: challenge

When I came in as CEO the company was in rough shape, and I'll be blunt, the previous management had run it into the ground. They'd been booking multi-year deals as if it was all this year's revenue, the plant hadn't seen real capex in like eight years because they were milking it for dividends, and morale was just, it was gone.

So my first year was mostly cleaning up their mess. We restated revenue down by about eighteen percent, which was painful, I had to go to the bank and renegotiate our covenants, and we closed one of the three lines. The old team left us a business that looked healthy on paper and was rotten underneath. It took about three years to get EBITDA back to where they'd claimed it already was. What I'd do differently is much deeper diligence on what I was walking into, because I took their numbers at face value.

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
