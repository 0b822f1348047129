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
