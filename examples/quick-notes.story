Kind: achievement
Q: Tell me about a time you influenced without authority.
S: Three product teams shipped their own login pages; support handled 400 password tickets a month.
T: As a staff engineer with no reports, I wanted one shared sign-in service.
A: I wrote a two-page proposal with the support data, ran a prototype with one team, and paired with each team lead on their migration plan.
R: All three teams moved within two quarters; password tickets fell by 70%.
