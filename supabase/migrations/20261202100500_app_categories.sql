-- Categories: the taxonomy residents filter by and planners analyse. Reference data every
-- project needs, so it ships as a migration, not as sample data. Assets refer to categories by
-- slug (checked by a trigger on assets, since an array column cannot carry a foreign key).

alter table app.categories
  add constraint categories_label_length_check check (length(label) <= 100),
  add constraint categories_icon_check check (length(icon) <= 40),
  add constraint categories_description_check check (length(description) <= 500);
alter table app.categories enable row level security;

create policy "Anyone can read categories"
  on app.categories for select
  to anon, authenticated
  using (true);

grant select on app.categories to anon, authenticated, service_role;

insert into app.categories (slug, label, parent, colour, icon, description, sort) values
  ('food-support', 'Food support', null, '#ae4b19', 'basket',
   'Food banks, community pantries and fridges, free and low-cost meals.', 0),
  ('mental-wellbeing', 'Mental health and wellbeing', null, '#7c48e5', 'heart',
   'Peer support, talking groups, wellbeing activities and crisis help.', 1),
  ('older-people', 'Older people', null, '#2463e0', 'walking-stick',
   'Lunch clubs, friendship groups, befriending and help at home for older residents.', 2),
  ('children-families', 'Children and families', null, '#c41c8c', 'family',
   'Family hubs, stay and play, parenting support and holiday activities.', 3),
  ('youth', 'Young people', null, '#b71ab7', 'youth',
   'Youth clubs, mentoring, uniformed groups and detached youth work.', 4),
  ('advice-money', 'Advice and money', null, '#117856', 'pound',
   'Benefits, debt, energy and legal advice, and help with bills.', 5),
  ('employment-skills', 'Work and skills', null, '#117834', 'briefcase',
   'Job clubs, training, adult learning and volunteering into work.', 6),
  ('digital-inclusion', 'Digital inclusion', null, '#16709c', 'laptop',
   'Free wifi, device lending and help to get online safely.', 7),
  ('arts-culture', 'Arts and culture', null, '#a329e0', 'palette',
   'Creative groups, choirs, heritage, libraries and community theatre.', 8),
  ('sport-activity', 'Sport and physical activity', null, '#347811', 'running',
   'Clubs, walking groups, swimming and gentle exercise for all abilities.', 9),
  ('green-spaces', 'Parks and green spaces', null, '#127d12', 'tree',
   'Parks, nature reserves, community gardens and allotments.', 10),
  ('faith', 'Faith communities', null, '#8a6314', 'place-of-worship',
   'Churches, mosques and other faith groups that open their doors to the community.', 11),
  ('community-venues', 'Community venues', null, '#cd1d58', 'town-hall',
   'Community centres, halls and rooms that local groups can use.', 12),
  ('health', 'Health', null, '#d21e1e', 'medical',
   'Health checks, stop smoking, sexual health and NHS community services.', 13),
  ('carers', 'Carers', null, '#117474', 'hands',
   'Support, breaks and advice for unpaid carers of all ages.', 14),
  ('disability', 'Disability', null, '#4c4ce6', 'wheelchair',
   'Groups and services for disabled people, autistic people and people with learning disabilities.', 15),
  ('volunteering', 'Volunteering', null, '#537411', 'volunteer',
   'Ways to give time, from one-off tasks to regular roles.', 16),
  ('housing', 'Housing and homelessness', null, '#6b6b0f', 'home',
   'Housing advice, tenancy support, homelessness help and warm spaces.', 17)
on conflict (slug) do update set
  label = excluded.label, parent = excluded.parent, colour = excluded.colour, icon = excluded.icon,
  description = excluded.description, sort = excluded.sort;
