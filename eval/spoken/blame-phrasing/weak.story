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
