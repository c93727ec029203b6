package demo

// Hand-written fragments the composer strings together. Everything here was written for
// Bedside. Placeholders in braces are filled once per item (see item.value), so a slot named
// twice in one text names the same thing twice:
//
//	{prov} the provider as patients name them ("Dr. Okafor", "Maya"); {he} {him} {his} their
//	pronouns; {nurse} {desk} first names of non-provider staff; {crew} what that staff member
//	is ("nurse", "hygienist"); {visit} {loc} {city} {org} {domain} {orgphone} {handle};
//	{cond} {chronic} {proc} {test} the writer's own acute condition, long-term condition,
//	procedure or test; {fam} {fp} {fposs} {famcond} a relative, their pronouns and condition,
//	{famposs} both at once ("my son's asthma");
//	{phone} {acct} the writer's own phone or account number; {wait} {mins} {hold} {weeks}
//	{apptime} {amount} {amount2} {ins} {day} {daypart} {month} {years}; {friend} a handle;
//	{url} a spam link on a reserved domain.
//
// A leading capital in a placeholder name ({Fam}, {He}) capitalises the value. A line that starts
// with location-kind letters in brackets ("[hu]…") is only used at those kinds of location
// (h hospital, u urgent care, p primary care, d dental, b behavioral health, i imaging).

// ---------- positive ----------

var posOpeners = []string{
	"I don't usually write reviews but I had to for this one.",
	"Five stars isn't enough.",
	"Honestly one of the best healthcare experiences I've had.",
	"Can't say enough good things about this place.",
	"We have been coming here for {years} years and it keeps getting better.",
	"I was dreading this {visit} and it turned out fine.",
	"First time here and I'm impressed.",
	"What a difference from the last place I went.",
	"Went in on a {day} {daypart} expecting the worst.",
	"This is how healthcare should feel.",
	"Quick update after my {visit} last week:",
	"Finally a place that treats you like a human being.",
	"Leaving this review because good experiences deserve to be shared too.",
	"New to {city} and so glad a neighbor sent me here.",
	"I've lived in {city} for {years} years and this is the best clinic I've found.",
	"Long overdue review.",
	"Ok so I was nervous coming here after reading some of the older reviews.",
	"My whole family goes here now.",
}

var praiseProvider = []string{
	"{prov} took the time to actually listen to me and never once made me feel rushed.",
	"{prov} explained everything in plain English and drew me a little diagram.",
	"{prov} is the first doctor who didn't dismiss me.",
	"{prov} remembered details from my last visit without even looking at the screen.",
	"{prov} was calm, kind and incredibly thorough.",
	"{prov} sat down, made eye contact and asked how I was really doing.",
	"We love {prov}. {He} is patient with all of our questions, even the silly ones.",
	"{prov} called me the next day just to check in. Who does that anymore?",
	"{prov} has the best bedside manner of any provider I have ever seen.",
	"I trust {prov} completely. {He} is honest even when it's not what you want to hear.",
	"{prov} was straightforward about my options and let me decide.",
	"{prov} made my kids laugh the whole time, which is a miracle.",
	"Huge shoutout to {prov}, who caught something two other places missed.",
	"{prov} is sharp, funny and genuinely cares.",
	"I followed {prov} here from {his} old practice and would follow {him} anywhere.",
	"{prov} didn't rush out the door and answered every single question on my list.",
	"{prov} treated my mom with so much dignity.",
	"{prov} gave me {his} honest opinion and it was exactly what I needed.",
}

var praiseProviderGeneric = []string{
	"The doctor was thorough and really listened.",
	"The provider I saw was kind and explained everything.",
	"The PA was fantastic, better than some doctors I've had.",
	"Whoever was on shift that night, thank you.",
	"The doctor actually read my chart before walking in, which should be normal but isn't.",
	"Everyone from the doctor down treated me with respect.",
}

var praiseNursing = []string{
	"{nurse}, one of the {crew}s, checked on me constantly and always with a smile.",
	"Shoutout to {nurse} the {crew}, who held my hand when I was scared.",
	"The {crew}s here are angels, especially {nurse}.",
	"[hu]{nurse} got my IV on the first try after three people failed at another hospital.",
	"{nurse} explained every step before doing it, which made a huge difference for my anxiety.",
	"[h]The night {crew} {nurse} brought me warm blankets and actually listened.",
	"{nurse} was so gentle with my little one.",
	"Our {crew} {nurse} was funny and kind and made a scary day bearable.",
	"{nurse} (the {crew}) went above and beyond and I hope someone tells {nurse}'s manager.",
	"Every {crew} who came in introduced themselves and explained what they were doing.",
}

var praiseStaff = []string{
	"The front desk was friendly and got me checked in fast.",
	"{desk} at the front desk is a gem and sorted out my insurance in five minutes.",
	"Everyone from check-in to checkout was warm and professional.",
	"The receptionist remembered my name, which was a nice touch.",
	"Staff were patient with my dad, who is hard of hearing.",
	"{desk} at the desk helped me reschedule without any attitude at all.",
	"Even the security guard was nice.",
	"The whole team felt like they actually liked working together.",
	"Check-in was easy and the staff were kind to my anxious kid.",
}

var praiseSpeed = []string{
	"I was in and out in under an hour.",
	"Barely waited {mins} before they called me back.",
	"Online check-in worked perfectly and I waited maybe {mins}.",
	"Got an appointment the same week, which never happens.",
	"Seen right on time.",
	"They got me in the same day I called.",
	"The wait was short even though the lobby was full.",
}

var praiseClean = []string{
	"The place is spotless.",
	"Very clean and modern, the rooms smell fresh instead of like a hospital.",
	"Clean bathrooms, comfy waiting room, good coffee.",
	"Everything looked freshly cleaned and the staff wiped everything down in front of me.",
}

var praiseOutcome = []string{
	"[hip]I can walk without pain for the first time in two years.",
	"I feel like myself again.",
	"[h]Thanks to this team I'm home with my family.",
	"Three months later and I'm doing great.",
	"They caught it early and that made all the difference.",
	"{Fam} is back to running around like nothing happened.",
	"Honestly they saved my life.",
	"I finally sleep through the night.",
	"They took {famposs} seriously from the first minute.",
}

var praiseComm = []string{
	"They called with my results the next morning, exactly when they said they would.",
	"Got clear written instructions and a follow-up call two days later.",
	"The portal messages get answered within a day.",
	"Everything was explained before it happened, no surprises.",
	"They gave me a price estimate up front and the bill matched it.",
}

var posClosers = []string{
	"Highly recommend!",
	"Thank you all!",
	"Will definitely be back.",
	"10/10 would recommend.",
	"So grateful.",
	"Keep doing what you're doing.",
	"Thank you, {org}.",
	"This is our clinic for life.",
	"Give these people a raise.",
	"If you're on the fence, go.",
	"Worth the drive from {city}.",
	"Can't recommend enough.",
}

// ---------- negative ----------

var negOpeners = []string{
	"Where do I even start.",
	"I wish I could give zero stars.",
	"Absolutely terrible experience.",
	"Writing this so nobody else has to go through what I did.",
	"Save yourself the trouble.",
	"I've been a patient here for {years} years and this was the last straw.",
	"Very disappointed.",
	"Unbelievable.",
	"Buyer beware.",
	"I gave them a second chance. Mistake.",
	"Not sure who is running this place but it shows.",
	"Posting this after trying to resolve it privately for weeks.",
	"This used to be a good clinic.",
}

var complainWait = []string{
	"Waited {wait} past my appointment time with zero updates.",
	"Sat in the waiting room for {wait} while people who came in after me got called back.",
	"The online check-in said 20 minutes. It was {wait}.",
	"{Wait} in the lobby, then another 40 minutes in a freezing exam room.",
	"We waited {wait} with a screaming toddler and nobody even offered water.",
	"My appointment was at {apptime} and I didn't see anyone until almost two hours later.",
	"I get that emergencies happen but {wait} with no explanation is ridiculous.",
	"Waited so long my parking meter ran out twice.",
	"They told me the wait was 'about 30 minutes' three separate times over {wait}.",
	"By the time they called my name I had been there {wait} and half the waiting room had given up and left.",
	"[h]Spent {wait} on a hallway bed in the ER.",
}

var complainBilling = []string{
	"Got a bill for {amount} for a visit my insurance said was covered.",
	"I was charged {amount} for a 'facility fee' nobody mentioned.",
	"Billing sent me to collections over {amount} while I was still on the phone with them disputing it.",
	"They billed the wrong insurance three times and now I owe {amount}.",
	"Was quoted one price at check-in and billed {amount} later.",
	"Every month a new bill shows up for the same visit.",
	"Billing department never answers and the statement makes no sense.",
	"I paid my copay at the desk and still got a bill for {amount}.",
	"They said {ins} was in network. It was not. Now I owe {amount}.",
	"Two months of calls to get a {amount} billing error fixed.",
	"The price transparency page says one thing and the bill says {amount}.",
}

var complainStaff = []string{
	"The front desk lady was rude from the moment I walked in.",
	"The receptionist rolled her eyes at me when I asked a simple question.",
	"Staff were chatting about their weekend while the lobby filled up.",
	"Nobody at check-in made eye contact or said hello.",
	"The woman at the desk talked to my elderly mother like she was a child.",
	"I was treated like an inconvenience the entire time.",
	"When I asked how much longer, I got attitude instead of an answer.",
	"The check-in guy was on his phone the whole time.",
	"Some of the staff clearly do not want to be there.",
	"The security guard yelled at my husband for standing in the wrong spot.",
	"The manager I asked for never came out.",
}

var complainParking = []string{
	"Parking is a nightmare, I circled for 20 minutes and was late to my own appointment.",
	"[hi]The garage charged me {amount2} to park for a two hour visit.",
	"There's no handicap parking near the entrance, my dad had to walk half a block with his walker.",
	"Parking lot is tiny and half of it is reserved for staff.",
	"[hi]The valet lost my keys for 45 minutes.",
	"Good luck finding parking after 9am.",
	"Signs to the entrance are confusing and the lot floods when it rains.",
	"The parking validation machine was broken so I paid full price anyway.",
}

var complainPhone = []string{
	"Was on hold for {hold} just to reschedule.",
	"The phone tree hangs up on you after 30 minutes.",
	"I called four times and left three voicemails, not one call back.",
	"Their phone line says to use the portal and the portal says to call.",
	"Tried calling for two days to get my prescription sent over. Nothing.",
	"On hold for {hold}, then transferred to a voicemail box that was full.",
	"Nobody picks up the phone. Ever.",
	"Can't get an appointment for {weeks} weeks and the nurse line never calls back.",
}

var complainClean = []string{
	"The bathroom was filthy, no soap and paper towels all over the floor.",
	"There was dried blood on the exam table paper. They didn't change it.",
	"Trash overflowing in the waiting room and the floor was sticky.",
	"[h]My room had someone else's lunch tray sitting there for hours.",
	"Dust everywhere, the chairs in the lobby are stained and torn.",
	"I watched a {crew} go from one patient to me without washing their hands.",
}

var complainProvider = []string{
	"{prov} spent maybe four minutes with me and didn't look up from the computer.",
	"{prov} was dismissive and acted like I was making it up.",
	"{prov} talked over me every time I tried to explain my symptoms.",
	"{prov} walked in, said it was probably viral, and walked out.",
	"I asked {prov} about side effects and {he} literally sighed.",
	"{prov} was condescending and made me feel stupid for asking questions.",
	"{prov} refused to even look at the records I brought.",
	"{prov} was 50 minutes late and then rushed through everything.",
	"{prov} lectured me about my weight instead of addressing why I came in.",
}

var complainProviderGeneric = []string{
	"The doctor barely examined me.",
	"The provider didn't listen and sent me home with nothing.",
	"[uh]The PA misread my X-ray and I had to go somewhere else to find out it was broken.",
	"The doctor seemed annoyed that I was there at all.",
	"They sent me home saying it was nothing and I ended up in the hospital two days later.",
	"Nobody ever told me the name of the doctor I saw.",
	"Nobody took {famposs} seriously until it got much worse.",
}

var complainComm = []string{
	"Still haven't heard back about my results after {weeks} weeks.",
	"Nobody told us anything for hours, we had to hunt down a nurse for every update.",
	"[hu]My discharge papers had someone else's instructions on them.",
	"The portal says my referral was sent. The specialist says they never got it.",
	"They cancelled my appointment by text the night before with no reason.",
	"Three different people told me three different things.",
	"I left without knowing what was wrong or what to do next.",
	"My prescription was never sent to the pharmacy and it took three days to sort out.",
}

var complainPrivacy = []string{
	"The receptionist read my diagnosis out loud in a full waiting room.",
	"They mailed my test results to my old address where my ex still lives.",
	"I could hear every word of the patient next to me, and they could hear mine.",
	"Someone at the desk asked me about my medications in front of my coworker.",
	"They left a voicemail with my lab results on my family's home phone.",
	"The nurse discussed my case in the hallway where anyone could hear.",
	"I got an email meant for another patient with their whole visit summary attached.",
	"The exam room door was left wide open while I was in a gown.",
}

var negClosers = []string{
	"Never again.",
	"Do better.",
	"Avoid.",
	"I'll be filing a complaint.",
	"Find another clinic.",
	"Zero stars if I could.",
	"Shame on you.",
	"I will be telling everyone I know.",
	"I'm switching providers.",
	"Someone from management should call me.",
	"This is not how you treat sick people.",
	"Very disappointed in {org}.",
	"Reported to the state.",
}

// Profanity ranges from mild to strong; strong lines only ever appear in negative items.
var profanityMild = []string{
	"What the hell is going on over there?",
	"Damn shame, because the nurses are nice.",
	"It's a crappy way to treat people.",
	"I'm so pissed off I can't even see straight.",
	"Total crap.",
	"Honestly what the heck, people.",
	"Hell of a way to run a clinic.",
}

var profanityStrong = []string{
	"This is absolute bullshit.",
	"Fucking ridiculous.",
	"The billing people are a bunch of assholes.",
	"Shitty experience from start to finish.",
	"What a f*cking joke.",
	"Get your shit together.",
	"Nobody gives a damn and it shows, what a shitshow.",
	"I'm sick of this crap, screw this place.",
	"Worst fucking clinic in {city}.",
}

// profanityPositive is profanity in praise, which filters must still see.
var profanityPositive = []string{
	"{prov} is a damn saint.",
	"Hell yes, finally a clinic that gets it.",
	"[h]Best damn ER team in {city}.",
	"Holy shit, they were fast.",
	"Badass nurses, seriously.",
}

// Mixed items pair a positive and a negative fragment around one of these.
var mixedBridges = []string{
	"Mixed feelings about this one.",
	"I want to be fair here.",
	"The care itself was excellent. Everything around it was not.",
	"Good and bad.",
	"Two stars off for the following.",
	"Love the providers, hate the system.",
	"Three stars, and here's why.",
	"It's frustrating because the medical side is great.",
	"Not all bad.",
}

// ---------- context and self-disclosure ----------

var contextLines = []string{
	"Came in on a {day} {daypart}.",
	"Had my {visit} here last {day}.",
	"This was my third {visit} this year.",
	"Brought {fam} in on a {day}.",
	"Went to {loc} because it was closest.",
	"Been going here since they opened.",
	"Was sent over by my regular doctor.",
	"Walked in on a holiday weekend.",
	"Came back in {month} for a follow-up.",
}

// Self-disclosure: patients volunteering their own (or a relative's) health details.
var disclosureSelf = []string{
	"I came in with {cond} and was in rough shape.",
	"After my {proc} I was terrified, but they walked me through everything.",
	"I have {chronic} and have been seen here for years.",
	"Was diagnosed with {chronic} here in {month}.",
	"Had my {proc} here in {month}.",
	"I've been dealing with {chronic} since my twenties.",
	"Came in for {test} and found out I have {chronic}.",
	"I was here for {cond}, my second time this year.",
	"Two weeks out from my {proc} and I'm finally feeling human.",
	"As someone living with {chronic}, I've seen a lot of clinics.",
	"I'm on medication for {chronic} and they actually reviewed all of my prescriptions.",
	"Just had my {proc}. Recovery is slow but steady.",
}

var disclosureFamily = []string{
	"Brought {fam} in for {famcond}.",
	"{Fam} was seen here for {famcond} and we were scared.",
	"{Fam} had {famcond} and they handled {fposs} care with so much patience.",
	"We came in at midnight because {fam} had {famcond}.",
	"{Fam} had {famcond} and it got worse over the weekend, so we came here.",
	"Our family has had a rough year. {Fam} was treated here for {famcond}.",
	"{Famposs} is why we found this place.",
	"{Famposs} got worse over the weekend, so back we came.",
}

// ---------- social ----------

var socialPositive = []string{
	"Love this team ❤️",
	"Best nurses in {city}!!",
	"{prov} is the best, seriously.",
	"So proud of my sister who works here 💙",
	"[h]This place saved my dad's life last year. Forever grateful.",
	"Great people.",
	"Yes!! Thank you for everything you do.",
	"Can confirm, the Saturday crew is awesome",
	"We love {loc}!",
	"My kids actually like going to the doctor now because of this office",
	"Heroes 🙌",
	"Thank you for taking care of my grandpa last week.",
	"[up]Just got my flu shot here, took ten minutes. Easy.",
	"The {crew}s at {loc} are amazing, tell them a patient said so.",
	"Thank you {prov}!!",
	"{nurse} is the best {crew} ever",
	"Miss you guys at {loc}!",
	"[h]{Prov} delivered both of my babies, best in {city} 💕",
	"Proud to work here 💪",
	"The {crew}s at {loc} took such good care of my mom last {month}.",
	"{nurse} and {desk} made my {day}!",
	"Been going to {prov} for {years} years, wouldn't go anywhere else.",
	"Congrats to the whole team!",
	"So lucky to have {loc} in {city}.",
}

var socialNegative = []string{
	"Maybe hire more staff instead of posting this.",
	"Still waiting for a callback from last week.",
	"How about answering your phones?",
	"Cute post. Now fix your billing department.",
	"Been on hold for {hold} trying to reach someone, so I'm commenting here.",
	"Nice, now do something about the wait times.",
	"Does anyone actually read these comments?",
	"Not what I experienced at all.",
	"[h]The ER wait last night was {wait}. Please do better.",
	"Why did my appointment get cancelled with no notice?",
	"Lol ok. My bill says otherwise.",
	"Waited {wait} at {loc} on {day}. Not cute.",
	"Post about your billing office next.",
	"Still no callback from {prov}'s office.",
	"Maybe fix the parking at {loc} first.",
	"Hard to celebrate when it takes {weeks} weeks to get an appointment.",
	"My {amount} bill would like a word.",
	"The {crew}s are great. Management is the problem.",
}

var socialQuestions = []string{
	"Do you take {ins}?",
	"Is {loc} open on Sundays?",
	"[up]Do I need an appointment for a flu shot or can I walk in?",
	"Are you accepting new patients?",
	"What are the hours on holidays?",
	"[p]Is there a pediatrician at {loc}?",
	"How do I get my records sent to a new doctor?",
	"[up]Do you do sports physicals?",
	"[u]Can I bring my kid here or do they need a pediatric urgent care?",
	"Is parking free?",
	"[i]Where do I park for the imaging center?",
	"Do you offer payment plans?",
}

var socialTagFriend = []string{
	"@{friend} this is where I went!",
	"@{friend} look, it's your work 😂",
	"@{friend} told you they were good",
	"@{friend} maybe call them about your appointment",
}

// Replies in a thread under another patient's comment.
var threadRepliesPositive = []string{
	"I had the opposite experience, {prov} was great with us.",
	"Agreed, the nurses there are wonderful.",
	"Totally agree!! ❤️",
	"Glad your mom is doing better!",
	"Same, {prov} is the only reason we stay.",
	"We had {prov} too, so kind.",
	"{Prov} saw my daughter last {month}, so kind.",
	"The {crew}s there really are the best.",
	"Glad you're ok ❤️",
	"So happy for you!",
	"Sending love to your family.",
	"{nurse} is amazing, agree.",
}

var threadRepliesNegative = []string{
	"Same thing happened to me.",
	"Ugh, sorry you went through that.",
	"This. 100%.",
	"Went last week and waited {wait} too.",
	"Yep, the billing office is the worst part.",
	"Did they ever call you back? Still waiting on mine.",
	"Same at {loc}, waited {wait}.",
	"They charged me {amount} for the same thing.",
	"Happened to my mom in {month} too.",
	"On hold for {hold} yesterday, still no answer.",
	"Not surprised at all.",
	"I gave up and went to another clinic.",
}

var threadRepliesNeutral = []string{
	"Call patient relations, they actually fixed mine.",
	"You can do online check-in now, it helps a lot.",
	"Which location was this?",
	"@{friend} is this the one you went to?",
	"Call patient relations, they fixed mine in {month}.",
	"Try the portal, it's faster than the phone.",
	"Which day was this?",
	"Is this the {city} one?",
	"Following.",
	"Did you try online check-in?",
}

// Direct messages are private, so patients say more.
var directMessages = []string{
	"Hi, I was seen on {day} for {cond} and still haven't gotten my results. Can someone call me at {phone}?",
	"Hello, I need to reschedule my {visit}. Is there anything open next week?",
	"Is {prov} accepting new patients? I have {chronic} and my old doctor retired.",
	"Quick question before my {proc} next month: do I need to fast?",
	"Hi! Do you take {ins}? Trying to get {fam} in somewhere.",
	"I got a bill for {amount} and I think it's a mistake, my account number is {acct}. Who do I talk to?",
	"Can you tell {prov} thank you from me? I don't know how else to reach {him}.",
	"Hey, my prescription for {chronic} ran out and the pharmacy says the refill was denied. Help?",
	"What time does {loc} close today?",
	"I was there yesterday and I think I left my glasses in the exam room. Did anyone find them?",
	"Can someone call me? {Fam} was sent home with the wrong instructions.",
	"Good morning. How do I request my medical records?",
	"Can I get a work note for my visit on {day}? The portal isn't working.",
}

var mentionsPositive = []string{
	"Huge thank you to @{handle} for taking care of me this week. {Prov} and the whole crew are amazing.",
	"Day 3 after my {proc} at @{handle}. Sore but smiling 💪",
	"[uh]Shoutout to @{handle} for getting {fam} stitched up on a Sunday!",
	"Finally done with treatment!! Thank you @{handle} 🎉🎗️",
	"[h]New baby, new chapter. Thank you to the labor and delivery team at @{handle} ❤️👶",
	"[h]Ran my first 5k since the accident. Couldn't have done it without the rehab team at @{handle}",
	"Sitting in the waiting room at @{handle} with {cond}, but honestly they're moving fast today.",
	"Shoutout to {nurse} and the whole team at @{handle} 🙌 you made a bad {day} better.",
	"Thank you @{handle} and {prov} for getting me back on my feet after {cond}.",
	"{month} was rough, but the team at @{handle} was incredible. Grateful.",
	"Best {crew}s in {city}, hands down. @{handle}",
}

var mentionsNegative = []string{
	"Avoid @{handle}. Waited {wait} and left without being seen.",
	"@{handle} why is it impossible to get a human on the phone",
	"Not impressed with @{handle} billing. {amount} for a 15 minute visit??",
	"Sitting at @{handle} with {cond} for {wait} now. Send snacks. And a doctor.",
	"[hi]Dear @{handle}, your parking garage is a crime scene.",
	"@{handle} {wait} in your waiting room and counting. This is insane.",
	"Hey @{handle}, still waiting on that callback about my {amount} bill.",
	"@{handle} your front desk at {loc} needs some training on basic kindness.",
}

// ---------- surveys ----------

var surveyPositive = []string{
	"Everyone was kind and efficient.",
	"The nurse explained my medicines clearly.",
	"Very satisfied with my care.",
	"Quick and professional.",
	"{prov} was excellent.",
	"Nothing to improve, great visit.",
	"Felt listened to.",
	"Easy scheduling and no wait.",
	"Staff was helpful and the office was clean.",
	"Best care I've had in years.",
	"Thank you {prov}!",
	"{nurse} was wonderful.",
	"{Prov} and {nurse} were great.",
	"Seen quickly, in and out in {mins}.",
	"Clean, friendly, on time.",
	"Very professional staff at {loc}.",
	"Appreciated how {prov} explained things.",
	"The {crew}s were kind.",
	"Would recommend to family.",
	"Always a good experience.",
	"Easy check-in.",
	"Great communication.",
	"Everyone was respectful.",
	"Keep {nurse}, a true treasure.",
	"{desk} at check-in was lovely.",
	"Loved {prov}.",
}

var surveyNegative = []string{
	"Waited too long.",
	"[h]Discharge took forever.",
	"Need more parking.",
	"Nobody explained my bill.",
	"Front desk was not friendly.",
	"Doctor seemed rushed.",
	"Hard to reach by phone.",
	"[h]Room was noisy and I couldn't sleep.",
	"[h]Food was cold every single meal.",
	"Call back when you say you will.",
	"Waited {wait}.",
	"Parking at {loc} is a problem.",
	"Billing is confusing, got charged {amount}.",
	"Nobody called me back about results.",
	"Check-in took forever.",
	"Felt rushed by {prov}.",
	"Too cold in the waiting room.",
	"The bathroom needed cleaning.",
	"Couldn't get through on the phone for days.",
	"Wish the hours were longer.",
	"On hold {hold} to schedule.",
	"Had to repeat my history three times.",
	"Appointment started late, again.",
}

var surveyNeutral = []string{
	"It was fine.",
	"OK visit.",
	"No complaints.",
	"Average.",
	"N/A",
	"Nothing to add.",
	"Parking could be better but overall fine.",
	"Fine.",
	"Good.",
	"All good.",
	"It was ok, nothing special.",
	"Would be nice to have evening hours.",
	"no",
	"Nothing else to say.",
	"Same as always.",
}

// ---------- spam ----------

var spamTexts = []string{
	"Buy cheap followers at {url} 🔥🔥 real accounts, instant delivery",
	"Want to grow your page? DM me for a collab or visit {url}",
	"I made $4,800 last week trading crypto from home!! Ask me how 👉 {url}",
	"CONGRATULATIONS you have been selected for a free gift card, claim at {url}",
	"Check out my page for a giveaway!!! 🎁🎁🎁",
	"Hot singles in {city} want to meet you {url}",
	"Best SEO services for clinics, rank #1 on Google in 30 days. WhatsApp {phone}",
	"Earn money from home, no experience, message me now 💰💰",
	"Lose 30 lbs in 30 days with this one weird trick {url}",
	"Promote it on {url} 🚀 1000 likes for $5",
	"Your page has violated our community standards, verify your account at {url} or it will be disabled",
	"nice post! follow back? {url}",
}

var spamDomains = []string{
	"growfast-followers.example", "likes4less.test", "cryptodoubler.example", "freegiftclaim.test",
	"seo-rank1.example", "meta-verify-support.test", "quickslim.example", "boostmypage.test",
}

// ---------- other languages ----------

var nonEnglishPositive = []string{
	"La doctora fue muy amable y me explicó todo con mucha paciencia. ¡Muchas gracias!",
	"Excelente atención, las enfermeras son muy cariñosas con los niños.",
	"Me atendieron rápido y el personal habla español. Muy recomendado.",
	"Bardzo miła obsługa, lekarz wszystko dokładnie wytłumaczył. Polecam!",
	"Bác sĩ rất tận tình, nhân viên thân thiện. Cảm ơn nhiều!",
	"Muy buena clínica, limpia y organizada. Volveré.",
	"شكراً جزيلاً للطاقم الطبي على الاهتمام واللطف",
	"Gracias a {prov} por cuidar a mi mamá. Dios los bendiga 🙏",
	"{Prov} es excelente, muy paciente con mi hijo. Gracias a todo el equipo.",
	"La enfermera {nurse} fue un ángel conmigo. Mil gracias.",
	"Excelente servicio en {city}, me atendieron en menos de una hora.",
	"Muy contenta con la atención de {prov}. Se lo recomiendo a todos.",
	"Polecam {prov}, bardzo profesjonalna opieka i miła recepcja.",
	"Cảm ơn {prov} và các y tá đã chăm sóc mẹ tôi rất chu đáo.",
	"Personnel très gentil et efficace. Merci beaucoup !",
	"Salamat po sa mababait na nurses, lalo na kay {nurse}!",
	"Atendimento excelente, todos muito atenciosos. Obrigada, {prov}!",
	"Gracias {nurse} por tu paciencia con mi papá 🙏",
}

var nonEnglishNegative = []string{
	"Esperé más de tres horas y nadie me dio información. Muy mal servicio.",
	"Me cobraron de más y nadie en la oficina de facturación contesta el teléfono.",
	"La recepcionista fue grosera conmigo porque no hablo bien inglés.",
	"Fatalna obsługa, czekałem dwie godziny i nikt mnie nie przeprosił.",
	"No había intérprete y no entendí nada de lo que me dijo el doctor.",
	"El doctor no me escuchó y me mandó a casa sin nada.",
	"No me regresaron la llamada con mis resultados. Llevo dos semanas esperando.",
	"Cobran demasiado y nadie explica la factura. Muy decepcionada.",
	"Chờ quá lâu, hơn ba tiếng mà không ai giải thích gì cả.",
	"انتظرت أكثر من ساعتين ولم يخبرني أحد بأي شيء",
	"{Prov} ni siquiera me miró, solo escribía en la computadora.",
	"Nadie contesta el teléfono en {city}. Qué falta de respeto.",
}

// ---------- long-form extras ----------

var longExtras = []string{
	"I've been going back and forth about whether to write this.",
	"For context, I work in healthcare myself, so I know how hard this job is and I don't say any of this lightly.",
	"I'm writing this at 2am because I can't sleep.",
	"I want to be specific so that this is actually useful to someone.",
	"Let me walk through the whole day.",
	"My partner had to take the day off work to drive me, and my kids had to be picked up by a neighbor.",
	"When I finally got home I slept for twelve hours.",
	"Anyway, that's my story.",
}

var longExtrasNegative = []string{
	"I called the patient relations line afterwards and the person I spoke with was sympathetic but said there was nothing she could do.",
	"I know the staff are overworked and underpaid, and I don't blame the individual people.",
	"At one point I just started crying in the hallway and nobody noticed.",
	"I'm sharing all of this because I think the people in charge should know what it's actually like on the ground.",
	"I've since talked to three friends who had almost the same experience.",
	"If anyone from management is reading this, please look at how your check-in process works on busy days.",
}

var longExtrasPositive = []string{
	"I went in expecting to be just another number and left feeling cared for.",
	"I've since sent three friends here and they all said the same thing.",
	"I'm sharing all of this because good experiences rarely get posted.",
	"If anyone from management is reading this, please make sure these people know they're appreciated.",
	"At one point I teared up because someone finally explained what was going on.",
	"Honestly it restored a little of my faith in healthcare.",
}

// ---------- the organization's own posts ----------

// postSpec is an organization post; kinds limits it to location kinds (letters h u p d b i for
// hospital, urgent care, primary care, dental, behavioral health, imaging; "" = any).
type postSpec struct{ kinds, text string }

var postTexts = []postSpec{
	{"up", "Flu shots are here! Walk in to {loc} any weekday, no appointment needed. 💉"},
	{"hu", "Happy Nurses Week to the incredible nurses across {org}. Thank you for everything you do. 💙"},
	{"", "We're hiring! Join our team at {loc}. Apply at www.{domain}/careers"},
	{"", "Holiday hours reminder: {loc} will close at 2 pm on Christmas Eve."},
	{"u", "Did you know you can check in online and wait from home? Save your spot at www.{domain}."},
	{"pdb", "Welcome to our newest provider at {loc}! Now accepting new patients."},
	{"hup", "Heat advisory this week: drink water, limit time outdoors and check on your neighbors."},
	{"hi", "It's Breast Cancer Awareness Month. Schedule your screening mammogram today. 🎗️"},
	{"", "Thank you to everyone who came out to our community health fair in {city}!"},
	{"h", "Our new parking garage entrance is open. Look for the blue signs."},
	{"up", "Back-to-school physicals are booking fast. Call {orgphone} to schedule."},
	{"", "Meet the team! Our front desk crew at {loc} has a combined 60 years of experience."},
	{"bhp", "Mental health matters. If you or someone you love needs support, call or text 988."},
	{"d", "Smile! National Dental Hygiene Month is a great time to book your cleaning. 🦷"},
	{"up", "Allergy season is here. Tips for a sneeze-free spring on our blog."},
	{"h", "We're proud to be recognized for patient safety again this year. Thank you to our teams."},
	{"h", "Tomorrow's blood drive at {loc} still has open slots. Every donation helps."},
	{"upd", "Sunscreen check! Your skin will thank you later. ☀️"},
	{"", "Our patient portal just got an update: easier scheduling and bill pay."},
	{"", "Snow day? Call before you come in, some clinics may open late. ❄️"},
	{"d", "Halloween candy survival guide from our hygienists 🎃 (hint: drink water after)."},
	{"b", "New evening therapy hours at {loc}, Tuesdays and Thursdays until 8 pm."},
	{"i", "Walk-in X-ray now available at {loc} with an order from your provider."},
}

// Short emoji runs appended to items.
var emojiPositive = []string{"❤️", "🙏", "👏", "💙", "😊", "🥰", "🙌", "⭐⭐⭐⭐⭐", "💯", "👍"}
var emojiNegative = []string{"😡", "🤬", "👎", "😤", "🙄", "😞", "💸", "⏰", "🤦‍♀️", "😠"}
