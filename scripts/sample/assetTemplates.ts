// How sample assets of each category are named, typed and described. Each item pairs a name
// with its kind and first sentence, so "Hindley Food Bank" is a service that hands out food
// parcels, not a place that runs yoga. Tokens filled in by the generator: {town} the locality,
// {venue} a local building, {street} a street name, {saint} a church dedication, {nth} 1st–6th.
import type { AgeGroup, AssetKind } from '../../src/domain/types';

export interface AssetIdea {
  name: string;
  kind: AssetKind;
  /** First sentence of the description. */
  lead: string;
  /** Overrides the category's ages when this idea is for a narrower group (young carers). */
  ages?: AgeGroup[];
  /**
   * The sub-category it is (a library, a food bank): listed first, ahead of the template's own
   * category when that is not the sub-category's parent.
   */
  sub?: string;
}

export interface AssetTemplate {
  items: AssetIdea[];
  /** Optional second and third sentences, true of any item in the category. */
  extras: string[];
  /** Categories an asset of this kind often also carries. */
  related: string[];
  /** Who it is mainly for; null means anyone (the generator picks a broad set). */
  ages: AgeGroup[] | null;
  /** Share of these assets that charge something. */
  paidShare: number;
}

const P = 'place',
  G = 'group',
  S = 'service';
const idea = (name: string, kind: AssetKind, lead: string, ages?: AgeGroup[]): AssetIdea => (ages ? { name, kind, lead, ages } : { name, kind, lead });
/** An idea that is one sub-category (choosing it draws no extra random numbers). */
const typed = (sub: string, i: AssetIdea): AssetIdea => ({ ...i, sub });

export const ASSET_TEMPLATES: Record<string, AssetTemplate> = {
  'food-support': {
    items: [
      typed('food-bank', idea('{town} Food Bank', S, 'Emergency food parcels for people in crisis, with a friendly volunteer to talk to.')),
      idea('{town} Community Pantry', S, 'A community pantry: members pay a small weekly fee and choose about £20 of food.'),
      idea('{venue} Community Fridge', P, 'Surplus food from local shops, free to anyone who needs it.'),
      idea('{town} Community Café', P, 'Hot meals at low prices and a warm welcome, no questions asked.'),
      idea('{street} Lunch Club', G, 'A cooked lunch and good company once a week.'),
      idea('{town} Holiday Meals', S, 'Free meals and activities for children during the school holidays.'),
      idea('{venue} Pay-as-you-feel Café', P, 'Meals cooked from surplus food: pay what you can, or give an hour of your time.'),
      idea('{town} Food Club', G, 'Low-cost groceries, fresh fruit and veg, and cooking on a budget sessions.'),
      idea('{town} Baby Bank', S, 'Clothes, prams, cots and nappies for babies and young children, free to families who need them.'),
      idea('{town} Soup Kitchen', S, 'A hot meal and a warm drink for anyone who is hungry.'),
      idea('{venue} Breakfast Club', G, 'A free breakfast before school for children and their parents.', ['children', 'adults']),
      idea('{town} Food Share', S, 'Surplus food shared out weekly from the church hall.'),
    ],
    extras: [
      'Referral not needed; just come along.',
      'Vouchers are also available through GPs and advice services.',
      'Nappies, toiletries and pet food when we have them.',
      'Halal and vegetarian options available.',
      'Volunteers can help with energy top-ups and benefits checks.',
    ],
    related: ['advice-money', 'volunteering', 'housing', 'children-families'],
    ages: null,
    paidShare: 0.15,
  },
  'mental-wellbeing': {
    items: [
      idea('{town} Wellbeing Café', G, 'Drop in for a brew and a chat with people who understand.'),
      idea('{town} Talking Space', G, 'A relaxed peer support group where you can talk, listen and share what helps.'),
      idea("{town} Men's Shed", P, 'Practical projects, tools and good company for anyone who wants to get out of the house.'),
      idea('{town} Mind Matters Group', G, 'A peer support group for people living with low mood or anxiety.'),
      idea('{venue} Peer Support Circle', G, 'A small, confidential group led by people with lived experience of mental ill health.'),
      idea('{town} Safe Haven', S, 'Somewhere safe to go in the evening when things feel too much.'),
      idea('{town} Anxiety Support Group', G, 'Practical tips and mutual support for people living with anxiety.'),
      idea('{town} Bereavement Café', G, 'A gentle space to talk about someone who has died, over tea and cake.'),
      idea('{town} Recovery College', S, 'Free wellbeing courses on sleep, stress, anxiety and low mood.'),
      idea('{street} Wellbeing Walk', G, "A gentle walk and talk, at everyone's own pace."),
      idea('{town} Talking Therapies Clinic', S, 'NHS talking therapies for anxiety and depression; you can refer yourself.'),
    ],
    extras: [
      'You do not need a diagnosis or a referral.',
      'Trained volunteers are always on hand.',
      'Family members are welcome too.',
      'Sessions are confidential.',
      'Tea, coffee and biscuits provided.',
    ],
    related: ['health', 'volunteering', 'older-people'],
    ages: ['young_people', 'adults', 'older_people'],
    paidShare: 0.1,
  },
  'older-people': {
    items: [
      idea('{town} Lunch Club', G, 'A hot two-course lunch and good company for people over 60.'),
      idea('{town} Friendship Group', G, 'Weekly friendship group with quizzes, bingo, trips and a natter.'),
      idea('{venue} Tea Dance', G, 'Ballroom and sequence dancing with tea and cake; partners not needed.'),
      idea('{town} Befriending Service', S, 'Volunteers visit or phone older people who would like more company.'),
      idea('{town} Good Neighbours', S, 'Volunteers help with shopping, lifts and small jobs for older neighbours.'),
      idea('{town} Memory Café', G, 'A memory café for people living with dementia and the people who care for them.'),
      idea('{street} Over-60s Club', G, 'Games, outings and a sing-song for people over 60.'),
      idea('{town} Chair-based Exercise', G, 'Seated exercise to music to help strength, balance and confidence.'),
      idea('{town} Handyperson Scheme', S, 'Small repairs and safety checks at home for older and disabled residents.'),
      idea('{town} Keep in Touch Calls', S, 'A friendly phone call every week for older people living alone.'),
    ],
    extras: [
      'Transport can be arranged for people who cannot get here on their own.',
      'New members are always welcome.',
      'Carers come free.',
      'Run with support from local churches.',
    ],
    related: ['food-support', 'mental-wellbeing', 'carers', 'health'],
    ages: ['older_people'],
    paidShare: 0.45,
  },
  'children-families': {
    items: [
      idea('{town} Family Hub', P, 'Help for families with everything from baby feeding to school readiness.'),
      idea('{town} Stay and Play', G, 'Free stay and play for babies and toddlers with their parents and carers.'),
      idea('{venue} Toddler Group', G, 'Toys, songs and a snack for under-fives and their grown-ups.'),
      idea('{town} Holiday Club', S, 'Holiday activities and a healthy meal for children on free school meals.', ['children']),
      idea('{town} Parent and Baby Group', G, 'A friendly group for new parents to meet, share tips and get support from health visitors.'),
      idea('{town} Dads Group', G, 'Dads, grandads and male carers and their children playing and chatting together.'),
      idea('{town} Breastfeeding Support', S, 'Peer supporters and health visitors help with feeding, however you feed your baby.'),
      idea('{venue} Messy Play', G, 'Paint, sand, water and glitter for little ones, so the mess is not in your kitchen.'),
      idea('{town} Homework Club', G, 'After-school club with help with homework and space to play.', ['children']),
      idea('{town} Young Parents Group', G, 'Support and friendship for parents aged 25 and under.', ['children', 'young_people']),
      idea('{town} Parenting Course', S, 'A free eight-week course on the everyday challenges of bringing up children.'),
    ],
    extras: [
      'Grandparents and childminders welcome.',
      'Buggy parking available.',
      'Health visitors attend the first session of each month.',
      'Booking is needed in the school holidays.',
    ],
    related: ['food-support', 'health', 'youth', 'community-venues'],
    ages: ['children', 'adults'],
    paidShare: 0.2,
  },
  youth: {
    items: [
      idea('{town} Youth Club', G, 'A youth club with games, sport, music and trips for 11 to 19 year olds.'),
      idea('{town} Youth Centre', P, 'A youth centre with a music studio, sports hall and youth workers every evening.'),
      idea('{nth} {town} Scouts', G, 'Adventure, friendship and new skills for young people, led by trained volunteers.'),
      idea('{nth} {town} Guides', G, 'Rainbows, Brownies, Guides and Rangers: adventures and friendship for girls.'),
      idea('{town} Cadets', G, 'Drill, first aid, camping and leadership for young people aged 12 to 18.'),
      idea('{town} Detached Youth Team', S, 'Youth workers meet young people on the streets and in parks across the area.'),
      idea('{town} Youth Mentoring', S, 'One-to-one mentoring for young people who want some support with school, work or life.'),
      idea('{town} Skate Project', G, 'Skate, scooter and BMX sessions with coaching and kit to borrow.'),
      idea('{town} Youth Theatre', G, 'Drama, music and performance for young people; no experience needed.'),
      idea("{town} Young People's Forum", G, 'A place for young people to have their say about the things that matter to them.'),
    ],
    extras: [
      'Up to 25 for young people with additional needs.',
      'Tuck shop and hot food available.',
      'Free, with a small charge for trips.',
      'Parents can contact the youth workers any time.',
    ],
    related: ['sport-activity', 'arts-culture', 'employment-skills', 'mental-wellbeing'],
    ages: ['young_people'],
    paidShare: 0.3,
  },
  'advice-money': {
    items: [
      idea('{town} Advice Drop-in', S, 'Free, confidential advice on benefits, debt, housing and employment.'),
      idea('{town} Money Advice', S, 'Help with budgeting, bills and making your money go further.'),
      idea('{town} Debt Advice Clinic', S, 'Specialist debt advisers who can talk to creditors for you.'),
      idea('{town} Benefits Help', S, 'Help to check you are getting every benefit you are entitled to, and to fill in the forms.'),
      idea('{town} Energy Advice Surgery', S, 'Advice on energy bills, warm home grants and switching to cheaper tariffs.'),
      idea('{venue} Advice Point', P, 'Drop in for advice on money, housing and work, or use the free phone to call an adviser.'),
      idea('{town} Credit Union Collection Point', S, 'Save and borrow at fair rates through the local credit union.'),
      idea('{town} Welfare Rights Clinic', S, 'Help with benefit appeals and tribunals from welfare rights specialists.'),
      idea('{town} Pension Credit Help', S, 'Help for older people to claim Pension Credit and the help that comes with it.', ['older_people']),
      idea('{town} Cost of Living Hub', P, 'Advice, warm drinks, food and energy support in one place.'),
    ],
    extras: [
      'Appointments and drop-in sessions.',
      'Phone and video appointments available.',
      'Interpreters can be booked in advance.',
      'Bring any letters you have received.',
    ],
    related: ['housing', 'food-support', 'employment-skills', 'carers'],
    ages: ['adults', 'older_people'],
    paidShare: 0.02,
  },
  'employment-skills': {
    items: [
      typed('job-club', idea('{town} Job Club', G, 'Help with CVs, job applications and interview practice.')),
      idea('{town} Skills Hub', P, 'Training rooms, computers and careers advisers under one roof.'),
      typed('adult-learning', idea('{town} Adult Learning', S, 'Free courses in English, maths and computers for adults.')),
      idea('{town} CV Café', G, 'Bring your CV and a volunteer will help you make it shine.'),
      idea('{venue} English Conversation Club', G, 'Informal English conversation practice for people who speak other languages.'),
      idea('{town} Maths for Adults', S, 'Build confidence with everyday maths, from budgets to helping with homework.'),
      idea('{town} Volunteering into Work', S, 'Work experience and training for people who have been out of work for a long time.'),
      idea('{town} Enterprise Club', G, 'Support to start your own business, from the first idea to the first customer.'),
      idea('{town} Construction Skills Centre', P, 'Short courses and site cards for people who want to work in construction.'),
    ],
    extras: ['Free for people on benefits.', 'Childcare costs can be covered while you learn.', 'Computers and printing available.', 'Run with the local Jobcentre.'],
    related: ['digital-inclusion', 'advice-money', 'volunteering', 'youth'],
    ages: ['young_people', 'adults'],
    paidShare: 0.1,
  },
  'digital-inclusion': {
    items: [
      idea('{town} Digital Drop-in', S, 'One-to-one help with phones, tablets and laptops, at your own pace.'),
      typed('library', idea('{town} Library Computers', P, 'Free computers, printing and wifi for anyone to use.')),
      idea('{venue} Get Online Sessions', G, 'Learn to shop, bank and see your GP online safely.'),
      idea('{town} Tablet Lending', S, 'Borrow a tablet with free data for three months while you learn.'),
      idea('{town} Tech Buddies', G, 'Volunteer tech buddies help with whatever you are stuck on.'),
      idea('{town} Free Wifi Space', P, 'Free wifi, charging points and a warm seat.'),
      idea('{town} Online Safety Classes', S, 'Spot scams, set strong passwords and keep your family safe online.'),
      idea('{town} Data Bank', S, 'Free SIM cards with data for people who cannot afford to get online.'),
    ],
    extras: ['Bring your own device if you have one.', 'Volunteers are patient and friendly.', 'No question is too basic.', 'Help to set up an NHS App account.'],
    related: ['employment-skills', 'older-people', 'community-venues'],
    ages: null,
    paidShare: 0.05,
  },
  'arts-culture': {
    items: [
      idea('{town} Community Choir', G, 'A friendly choir: no auditions and no need to read music.'),
      typed('library', idea('{town} Library', P, 'Books, events, reading groups and a warm space to spend time.')),
      idea('{town} Art Club', G, 'Painting and drawing for all abilities, materials provided.'),
      idea('{venue} Knit and Natter', G, 'Knitting, crochet, conversation and a cuppa.'),
      idea('{town} Heritage Society', G, 'Local history talks, walks and an archive of photographs of the area.'),
      idea('{town} Community Theatre', G, 'Two shows a year, on stage and behind the scenes.'),
      idea('{town} Writers Group', G, 'Share your writing and get friendly feedback.'),
      idea('{town} Camera Club', G, 'Photo walks, competitions and help with your camera or phone.'),
      idea('{town} Brass Band', G, 'A community brass band with a training band for beginners.'),
      idea('{town} Museum and Archives', P, 'The story of the town, from mills and mines to today.'),
      idea('{town} Ukulele Group', G, 'Strum along to songs you know; ukuleles to borrow.'),
    ],
    extras: ['Beginners very welcome.', 'Performances at local care homes.', 'Free taster session.', 'Exhibitions twice a year.'],
    related: ['mental-wellbeing', 'older-people', 'community-venues', 'youth'],
    ages: null,
    paidShare: 0.45,
  },
  'sport-activity': {
    items: [
      idea('{town} Walking Group', G, 'Friendly health walks of about an hour, led by trained walk leaders.'),
      idea('{town} Parkrun', G, 'A free, timed 5k every Saturday morning: walk, jog, run or volunteer.'),
      idea('{town} Junior Football Club', G, 'Football for boys and girls of all abilities, from under-7s to under-16s.', ['children', 'young_people']),
      idea('{town} Amateur Rugby League Club', G, 'Rugby league for juniors, women and men, with a friendly clubhouse.'),
      idea('{town} Walking Football', G, 'Football at walking pace for people over 50 or getting back to fitness.', ['adults', 'older_people']),
      idea('{town} Leisure Centre', P, 'Pool, gym and fitness classes with concession prices for residents.'),
      idea('{town} Boxing Club', G, 'Boxing fitness and coaching for young people and adults.'),
      idea('{town} Cycling Club', G, 'Social rides for all abilities, with a café stop.'),
      idea('{town} Chair Yoga', G, 'Gentle yoga, sitting or standing, to help balance and strength.'),
      idea('{town} Bowls Club', P, 'Crown green bowls in summer and a social club all year.'),
      idea('{town} Couch to 5k', G, 'A nine-week beginners running group, from the sofa to 5k.'),
      idea('{town} Inclusive Sports Club', G, 'Sport for disabled and non-disabled people playing together.'),
      idea('{town} Netball Club', G, 'Back to netball sessions for women of all ages and abilities.'),
    ],
    extras: ['Kit can be borrowed.', 'Adapted sessions for disabled players.', 'First session free.', 'Walks finish at a café.'],
    related: ['health', 'youth', 'green-spaces', 'disability'],
    ages: null,
    paidShare: 0.55,
  },
  'green-spaces': {
    items: [
      typed('park', idea('{town} Park', P, 'A park with play areas, paths and green space for everyone.')),
      typed('allotment', idea('{town} Community Garden', P, 'Volunteers grow food and flowers together; all produce is shared.')),
      typed('allotment', idea('{town} Allotments', P, 'Allotment plots and a shared polytunnel for local residents.')),
      idea('{town} Nature Reserve', P, 'Wetlands and woodland on old mining land, now home to birds and wildlife.'),
      idea('Friends of {town} Park', G, 'Volunteers who plant, tidy and run events in the park.'),
      idea('{town} Flashes Volunteers', G, 'Practical conservation days looking after the local flashes and wetlands.'),
      idea('{town} Growing Project', G, 'Learn to grow your own food in raised beds, with tools provided.'),
      idea('{street} Recreation Ground', P, 'Playing fields, a play area and a path round the edge.'),
      idea('{town} Community Orchard', P, 'Fruit trees planted by local people; pick what you need.'),
      idea('{town} Green Gym', G, 'Outdoor conservation work that keeps you fit and does good.'),
      idea('{town} Woodland Walk', P, 'Waymarked woodland paths, some suitable for wheelchairs and buggies.'),
    ],
    extras: ['Tools and gloves provided.', 'Accessible paths around the main areas.', 'Dogs welcome on leads.', 'Toilets open in the café hours.'],
    related: ['sport-activity', 'volunteering', 'mental-wellbeing'],
    ages: null,
    paidShare: 0.05,
  },
  faith: {
    items: [
      typed('place-of-worship', idea("St {saint}'s Church", P, 'A parish church that opens its building for lunch clubs, toddler groups and warm spaces.')),
      typed('place-of-worship', idea('{town} Methodist Church', P, 'Worship on Sundays and community activities through the week.')),
      typed('place-of-worship', idea('{town} Baptist Church', P, 'A church family that runs a food share, a youth club and a community café.')),
      typed('place-of-worship', idea('{town} Mosque', P, 'A mosque serving the local Muslim community, with classes and an open door to neighbours.')),
      idea("St {saint}'s Parish Centre", P, 'The parish hall hosts groups, advice sessions and a weekly food share.'),
      idea('{town} Community Church', G, 'A young church meeting in a school hall, with a community meal every month.'),
      idea('{town} Salvation Army', P, 'Worship, a charity shop, lunches and help for people in need.'),
      idea('{town} Quaker Meeting', G, 'A silent Quaker meeting for worship; everyone is welcome to sit with us.'),
      typed('place-of-worship', idea('{town} United Reformed Church', P, 'A small, friendly church with a busy hall.')),
      idea('{town} Pentecostal Church', G, 'Lively worship and a warm welcome for people of every background.'),
    ],
    extras: [
      'Everyone is welcome, whatever your faith or none.',
      'The hall can be hired by local groups.',
      'Prayer room open in the daytime.',
      'Support for refugees and people seeking asylum.',
    ],
    related: ['community-venues', 'food-support', 'older-people'],
    ages: null,
    paidShare: 0.02,
  },
  'community-venues': {
    items: [
      typed('community-centre', idea('{town} Community Centre', P, 'A community centre with rooms to hire, a café and a busy timetable of groups.')),
      typed('community-centre', idea('{town} Village Hall', P, 'Rooms for meetings, classes and parties at low cost for local groups.')),
      idea('{town} Community Hub', P, 'A community hub with a café, advice sessions and activities most days.'),
      idea('{town} Miners Welfare Hall', P, 'The old miners welfare hall, still run by and for the community.'),
      idea('{town} Scout Hut', P, 'A hut and field shared by Scouts and other local groups.'),
      idea('{street} Community Rooms', P, 'Two small rooms and a kitchen for local groups to use.'),
      idea('{town} Warm Space', S, 'A warm, welcoming space with free tea and coffee and somewhere to sit.'),
      typed('community-centre', idea('{town} Neighbourhood Centre', P, 'Run by local people for local people since the 1980s.')),
      idea('{town} Community Room Bookings', S, 'Book rooms in community buildings across the area in one place.'),
    ],
    extras: ['Kitchen available for hirers.', 'Large car park.', 'Hearing loop in the main hall.', 'Free use for not-for-profit groups on weekday mornings.'],
    related: ['arts-culture', 'older-people', 'children-families', 'digital-inclusion'],
    ages: null,
    paidShare: 0.25,
  },
  health: {
    items: [
      idea('{town} Health Checks', S, 'Free NHS health checks for adults aged 40 to 74.'),
      idea('{town} Stop Smoking Clinic', S, 'Free, confidential support to stop smoking, including medication.'),
      typed('gp-practice', idea('{town} Health Centre', P, 'GP practices, community nurses and clinics under one roof.')),
      idea('{town} Sexual Health Clinic', S, 'Contraception, testing and advice, with walk-in sessions.'),
      idea('{town} Diabetes Support Group', G, 'Support and information for people living with diabetes.'),
      idea('{town} Weight Management', S, 'A free 12-week programme on healthy eating and being active.'),
      idea('{town} Social Prescribing', S, 'Social prescribing link workers help you find local groups and support.'),
      idea('{town} Blood Pressure Checks', S, 'Free blood pressure checks, no appointment needed.'),
      idea('{town} Breathe Easy Group', G, 'A support group for people living with a long-term lung condition.'),
      idea('{town} Cancer Support Group', G, 'Support for people affected by cancer, and for those close to them.'),
      idea('{town} Drug and Alcohol Service', S, 'Confidential help for anyone worried about their drinking or drug use.'),
    ],
    extras: ['Ask your GP practice for a referral, or refer yourself.', 'Walk-in and booked appointments.', 'Female staff available on request.'],
    related: ['mental-wellbeing', 'sport-activity', 'older-people'],
    ages: ['adults', 'older_people'],
    paidShare: 0.02,
  },
  carers: {
    items: [
      idea('{town} Carers Centre', P, 'Information, advice and a listening ear for unpaid carers.'),
      typed('carers-support-group', idea('{town} Carers Café', G, 'A monthly café where carers can relax and meet others in the same situation.')),
      idea('{town} Young Carers Group', G, 'Fun activities and a break for young carers aged 8 to 18.', ['children', 'young_people']),
      typed('carers-support-group', idea('{town} Carers Support Group', G, 'Carers sharing experience, tips and a laugh.')),
      idea('{town} Parent Carers Forum', G, 'Parents of disabled children working together to improve local services.', ['adults']),
      idea('{town} Carers Breaks', S, 'Help to plan short breaks and get a carers assessment.'),
      typed('carers-support-group', idea('{town} Dementia Carers Group', G, 'Support for people caring for someone living with dementia.')),
    ],
    extras: ['The person you care for is welcome to come too.', 'Carers emergency card available.', 'Evening sessions for working carers.'],
    related: ['mental-wellbeing', 'advice-money', 'disability', 'older-people'],
    ages: null,
    paidShare: 0.05,
  },
  disability: {
    items: [
      idea('{town} Autism Support Group', G, 'Support and friendship for autistic adults and their families.'),
      idea('{town} Learning Disability Social Club', G, 'A social club run by and for people with learning disabilities.'),
      idea('{town} Deaf Club', G, 'A club for Deaf people and BSL users, with events and information.'),
      idea('{town} Sight Loss Group', G, 'Peer support, talks and equipment demonstrations for people with sight loss.'),
      idea('{town} Accessible Cycling', G, 'Adapted bikes and trikes so that everyone can ride.'),
      idea('{town} Disability Advice', S, 'Advice on benefits, equipment and rights, from disabled advisers.'),
      idea('{town} SEND Parents Group', G, 'Parents of children with special educational needs supporting each other.', ['adults']),
      idea('{town} Shopmobility', S, 'Mobility scooters and wheelchairs to borrow while you shop.'),
      typed('public-toilets', idea('{town} Changing Places Toilet', P, 'A fully accessible toilet with a hoist, changing bench and space for two carers.')),
      idea('{town} Inclusive Drama', G, 'Drama and performance for people with and without disabilities.'),
    ],
    extras: ['Support workers attend free.', 'Quiet room available.', 'BSL interpreter on request.'],
    related: ['carers', 'sport-activity', 'advice-money', 'health'],
    ages: null,
    paidShare: 0.2,
  },
  volunteering: {
    items: [
      idea('{town} Volunteer Centre', S, 'Find a volunteering role that suits you, from an hour a month to a day a week.'),
      idea('{town} Litter Pickers', G, 'Monthly litter picks with equipment provided.'),
      idea('{town} Good Neighbours Scheme', S, 'Neighbours helping neighbours with lifts, shopping and a friendly chat.'),
      idea('{town} Repair Café', G, 'Bring broken things and volunteers will help you fix them.'),
      idea('{town} Community Champions', G, 'Local people passing on health and community information to their neighbours.'),
      idea('{town} Time Bank', S, 'Give an hour of help, get an hour back: skills swapped between neighbours.'),
      idea('{town} Volunteer Drivers', S, 'Volunteer drivers take people to hospital and GP appointments.'),
      idea('{town} in Bloom', G, 'Planting and looking after the flower beds that brighten up the town.'),
    ],
    extras: ['Expenses paid.', 'Training given.', 'DBS checks arranged where needed.'],
    related: ['green-spaces', 'employment-skills', 'older-people'],
    ages: ['young_people', 'adults', 'older_people'],
    paidShare: 0.02,
  },
  housing: {
    items: [
      idea('{town} Housing Advice', S, 'Advice for anyone who is homeless or worried about losing their home.'),
      idea('{town} Tenancy Support', S, 'Support to set up and keep a tenancy, from bills to furniture.'),
      idea('{town} Homeless Drop-in', P, 'A drop-in with breakfast, showers, laundry and advice for people sleeping rough.'),
      idea('{town} Night Shelter', P, 'Emergency beds, a hot meal and support in the winter months.'),
      idea('{town} Furniture Project', P, 'Recycled furniture and white goods at low cost for people on low incomes.'),
      idea('{town} Warm Homes Team', S, 'Free home visits to help with insulation, heating and damp.'),
      idea('{town} Housing Options Surgery', S, 'Talk to a housing officer about your options, without an appointment.'),
      idea('{town} Tenants Association', G, 'Tenants working together to improve their homes and estate.'),
    ],
    extras: ['Same-day help in an emergency.', 'Advice on disrepair and damp.', 'Referrals from any agency.'],
    related: ['advice-money', 'food-support', 'mental-wellbeing'],
    ages: ['young_people', 'adults', 'older_people'],
    paidShare: 0.1,
  },
};
