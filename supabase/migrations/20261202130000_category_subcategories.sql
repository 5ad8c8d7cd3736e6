-- Service types: the taxonomy gets a second level. A sub-category (GP practice, library, fire
-- station…) is a row of app.categories whose parent is a top-level category (Health, Learning,
-- Community safety…). A listing's categories array holds slugs of either level; a sub-category
-- implies its parent, so a listing tagged `library` is found under Learning too, and every
-- listing that exists today stays valid as it is. Two levels only, checked by a trigger.
--
-- Each category may also say:
--   kind      what a listing of this type usually is (a library is a place), so an import can
--             work it out when the partner's file does not say;
--   term_uri  the Open Referral UK taxonomy term it corresponds to, where one is known: ORUK
--             directories tag services with the LGA's service list (vocabulary
--             "esdServiceTypes", terms http://id.esd.org.uk/service/<id>). Only terms whose
--             id and meaning were checked against published ORUK/LGA material are filled in;
--             the rest stay empty for a council to add, never guessed;
--   aliases   other names people and partner files use ("GP surgery", "chemist"), for search
--             and for matching a partner's values on import.

alter table app.categories
  add column kind text
    constraint categories_kind_check check (kind in ('place', 'group', 'service')),
  add column term_uri text
    constraint categories_term_uri_check check (term_uri ~ '^https?://[^\s]+$' and length(term_uri) <= 300),
  add column aliases text[] not null default '{}'
    constraint categories_aliases_check check (private.tidy_text_array(aliases, 20, 60));

create function private.check_category_level() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.parent is not null then
    if new.parent = new.slug then
      raise exception 'Category % cannot be its own parent', new.slug using errcode = '23514', constraint = 'categories_parent_check';
    end if;
    if exists (select 1 from app.categories p where p.slug = new.parent and p.parent is not null) then
      raise exception 'Category % cannot sit under %, which is itself a sub-category: the taxonomy has two levels',
        new.slug, new.parent using errcode = '23514', constraint = 'categories_parent_check';
    end if;
    if exists (select 1 from app.categories c where c.parent = new.slug) then
      raise exception 'Category % has sub-categories, so it cannot become a sub-category itself', new.slug
        using errcode = '23514', constraint = 'categories_parent_check';
    end if;
  end if;
  return new;
end
$$;

create trigger categories_10_two_levels
  before insert or update of parent, slug on app.categories
  for each row execute function private.check_category_level();

-- New top-level categories. Colours follow the rule of the first eighteen (a hue darkened until it
-- reaches at least 4.6:1 on the light basemap #f2efe9), on hues between theirs, each with its own
-- icon, so markers stay readable in greyscale.
insert into app.categories (slug, label, parent, colour, icon, description, sort, kind) values
  ('learning', 'Learning', null, '#0e758a', 'book',
   'Libraries, schools, colleges and adult learning.', 18, null),
  ('care', 'Care', null, '#cd1571', 'care',
   'Care homes and care and support at home.', 19, null),
  ('community-safety', 'Community safety', null, '#c93214', 'shield',
   'Fire stations, police stations and help to stay safe.', 20, 'place'),
  ('local-services', 'Local services', null, '#a25910', 'post',
   'Post offices, public toilets and other everyday services.', 21, 'place')
on conflict (slug) do update set
  label = excluded.label, parent = excluded.parent, colour = excluded.colour, icon = excluded.icon,
  description = excluded.description, sort = excluded.sort, kind = excluded.kind;

-- Descriptions that named what now has a place of its own.
update app.categories set description = 'Creative groups, choirs, heritage, museums and community theatre.'
where slug = 'arts-culture';
update app.categories set description = 'GP practices, pharmacies, dentists, hospitals, health checks and NHS community services.'
where slug = 'health';
update app.categories set description = 'Jobcentres, job clubs, training and volunteering into work.'
where slug = 'employment-skills';
update app.categories set kind = 'place' where slug in ('green-spaces', 'community-venues');

-- Sub-categories take their parent's colour (the map colours a listing by its top-level
-- category) and no icon of their own. Sort is the order within the parent.
insert into app.categories (slug, label, parent, colour, icon, description, sort, kind, term_uri, aliases)
select s.slug, s.label, s.parent, p.colour, '', s.description, s.sort, s.kind, s.term_uri, s.aliases
from (values
  ('gp-practice', 'GP practice', 'health', 'Where you register with a doctor: NHS GP surgeries and medical centres.', 0, 'place', null,
   array['GP', 'GP surgery', 'doctor', 'doctors', 'surgery', 'medical practice', 'medical centre']),
  ('pharmacy', 'Pharmacy', 'health', 'Community pharmacies for prescriptions, advice and vaccinations.', 1, 'place', null,
   array['chemist', 'chemists', 'pharmacies']),
  ('dentist', 'Dentist', 'health', 'NHS and private dental practices.', 2, 'place', null,
   array['dentists', 'dental practice', 'dental surgery']),
  ('hospital', 'Hospital', 'health', 'Hospitals and their outpatient and urgent care services.', 3, 'place', null,
   array['hospitals', 'infirmary']),
  ('library', 'Library', 'learning', 'Public libraries: books, computers, study space and events.', 0, 'place', null,
   array['libraries', 'public library']),
  ('school', 'School', 'learning', 'Nursery, primary, secondary and special schools and academies.', 1, 'place', null,
   array['schools', 'primary school', 'secondary school', 'academy']),
  ('college', 'College', 'learning', 'Further education and sixth form colleges.', 2, 'place', null,
   array['colleges', 'sixth form', 'further education']),
  ('adult-learning', 'Adult learning', 'learning', 'Courses and classes for adults, from English to computing.', 3, 'service', null,
   array['adult education', 'evening classes', 'community learning']),
  ('care-home', 'Care home', 'care', 'Residential and nursing homes.', 0, 'place', null,
   array['care homes', 'nursing home', 'residential home', 'residential care']),
  ('care-at-home', 'Care at home', 'care', 'Help with personal care and daily tasks at home.', 1, 'service',
   'http://id.esd.org.uk/service/242', array['home care', 'domiciliary care']),
  ('fire-station', 'Fire station', 'community-safety', 'Fire and rescue stations, and home fire safety visits.', 0, 'place', null,
   array['fire stations', 'fire and rescue', 'fire service']),
  ('police-station', 'Police station', 'community-safety', 'Police stations and front desks.', 1, 'place', null,
   array['police stations', 'police', 'police front desk']),
  ('jobcentre', 'Jobcentre', 'employment-skills', 'Jobcentre Plus offices: benefits and help to find work.', 0, 'place', null,
   array['jobcentre plus', 'job centre', 'job centres']),
  ('job-club', 'Job club', 'employment-skills', 'Friendly help with CVs, applications and interviews.', 1, 'group', null,
   array['job clubs', 'work club']),
  ('place-of-worship', 'Place of worship', 'faith', 'Churches, mosques, temples, gurdwaras and other places of worship.', 0, 'place', null,
   array['places of worship', 'church', 'mosque', 'temple', 'gurdwara', 'synagogue', 'chapel']),
  ('park', 'Park', 'green-spaces', 'Public parks, country parks and playing fields.', 0, 'place', null,
   array['parks', 'country park', 'playing field']),
  ('allotment', 'Allotment or community garden', 'green-spaces', 'Allotments and gardens where neighbours grow food together.', 1, 'place', null,
   array['allotments', 'community garden', 'community gardens']),
  ('community-centre', 'Community centre', 'community-venues', 'Community centres, village halls and community rooms.', 0, 'place', null,
   array['community centres', 'community hall', 'village hall']),
  ('food-bank', 'Food bank', 'food-support', 'Emergency food parcels for people in crisis.', 0, 'service', null,
   array['food banks', 'foodbank', 'food parcels']),
  ('carers-support-group', 'Carers support group', 'carers', 'Groups where unpaid carers meet and support each other.', 0, 'group',
   'http://id.esd.org.uk/service/298', array['carers support groups', 'carers group']),
  ('post-office', 'Post office', 'local-services', 'Post office branches: post, banking and bill payments.', 0, 'place', null,
   array['post offices']),
  ('public-toilets', 'Public toilets', 'local-services', 'Public toilets, including accessible and Changing Places toilets.', 1, 'place',
   'http://id.esd.org.uk/service/579', array['toilets', 'public toilet', 'public convenience'])
) as s (slug, label, parent, description, sort, kind, term_uri, aliases)
join app.categories p on p.slug = s.parent
on conflict (slug) do update set
  label = excluded.label, parent = excluded.parent, colour = excluded.colour, icon = excluded.icon,
  description = excluded.description, sort = excluded.sort, kind = excluded.kind,
  term_uri = excluded.term_uri, aliases = excluded.aliases;

-- The taxonomy as the UI builds its trees from it: each top-level category followed by its
-- sub-categories.
create or replace function api.categories() returns json
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(json_agg(json_build_object(
    'slug', c.slug, 'label', c.label, 'parent', c.parent, 'colour', c.colour,
    'icon', c.icon, 'description', c.description, 'kind', c.kind, 'term_uri', c.term_uri,
    'aliases', c.aliases
  ) order by coalesce(p.sort, c.sort), coalesce(p.label, c.label), c.parent is not null, c.sort, c.label), '[]'::json)
  from app.categories c
  left join app.categories p on p.slug = c.parent
$$;
comment on function api.categories() is
  'The categories residents filter by: each top-level category, then its sub-categories, in display order.';

-- The published set carries this taxonomy beside its listings: api.published_assets() is
-- redefined with it (and the checked-date fields) in 20261202140000_checked_dates.sql.

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role.
revoke execute on all functions in schema api, private from public;
