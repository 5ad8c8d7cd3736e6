-- A name made only of characters that draw nothing (zero-width spaces and joiners, the word
-- joiner, byte-order marks, soft hyphens, spaces of other widths) reads as blank, yet passed the
-- name checks, which only refuse ''. The same rule as nameProblem() in src/domain/validation.ts,
-- for every writer. Only the two check functions are replaced, each with one branch added.

-- True when the text has at least one character that is not a space or an invisible format
-- character. (Combining marks on their own are left to the client's rule.)
create function private.has_visible_text(t text) returns boolean
language sql immutable
set search_path = ''
as $$
  select t ~ '[^[:space:]\u00A0\u00AD\u034F\u061C\u115F\u1160\u1680\u17B4\u17B5\u180B-\u180F\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB\U000E0000-\U000E007F]'
$$;
comment on function private.has_visible_text(text) is
  'Whether text has a character people can see: names made only of zero-width or other invisible characters are refused.';
-- No grant: only the check functions call it, inside the owner's api functions and triggers.

create or replace function private.check_asset(a app.assets) returns void
language plpgsql stable
set search_path = ''
as $$
declare
  unknown text;
begin
  if a.name is null or a.name = '' then
    perform private.reject('assets_name_check', 'name', 'Give the listing a name');
  elsif not private.has_visible_text(a.name) then
    perform private.reject('assets_name_check', 'name', 'The name has no visible characters (only invisible ones, such as zero-width spaces); give the listing a name people can read');
  elsif length(a.name) > 200 then
    perform private.reject('assets_name_check', 'name', 'Names are at most 200 characters');
  end if;
  if a.kind is null or a.kind not in ('place', 'group', 'service') then
    perform private.reject('assets_kind_check', 'kind',
      format('Kind must be place, group or service (got "%s")', left(a.kind, 40)));
  end if;
  if a.lat is null then
    perform private.reject('assets_lat_check', 'lat', 'Place the listing on the map: latitude is missing');
  elsif a.lat not between -90 and 90 then
    perform private.reject('assets_lat_check', 'lat', format('Latitude must be between -90 and 90 (got %s)', a.lat));
  end if;
  if a.lng is null then
    perform private.reject('assets_lng_check', 'lng', 'Place the listing on the map: longitude is missing');
  elsif a.lng not between -180 and 180 then
    perform private.reject('assets_lng_check', 'lng', format('Longitude must be between -180 and 180 (got %s)', a.lng));
  end if;
  if a.status is null or a.status not in ('draft', 'pending', 'published', 'rejected', 'archived', 'taken_down') then
    perform private.reject('assets_status_check', 'status',
      format('Status must be draft, pending, published, rejected, archived or taken_down (got "%s")', left(a.status, 40)));
  end if;
  if cardinality(a.categories) = 0 then
    perform private.reject('assets_categories_check', 'categories', 'Choose at least one category');
  elsif cardinality(a.categories) > 10 then
    perform private.reject('assets_categories_check', 'categories', 'Choose at most 10 categories');
  end if;
  select string_agg(format('"%s"', left(c, 40)), ', ') into unknown
  from unnest(a.categories) as c
  where not exists (select 1 from app.categories k where k.slug = c);
  if unknown is not null then
    perform private.reject('assets_categories_check', 'categories',
      format('Unknown category %s: choose from the category list', unknown));
  end if;
  if a.postcode is not null and a.postcode !~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$' then
    perform private.reject('assets_postcode_check', 'postcode',
      format('Postcode must be a UK postcode such as WN1 1AA (got "%s")', left(a.postcode, 40)));
  end if;
  if a.email is not null and (length(a.email) > 254 or a.email !~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$') then
    perform private.reject('assets_email_check', 'email',
      format('Email must look like name@example.org (got "%s")', left(a.email, 80)));
  end if;
  if a.website is not null and (length(a.website) > 2048 or a.website !~* '^https?://[^[:space:]/]+\.[^[:space:]]+$') then
    perform private.reject('assets_website_check', 'website',
      format('Website must be a full http:// or https:// address (got "%s")', left(a.website, 80)));
  end if;
  if a.phone is not null and a.phone !~ '^[+(]?[0-9][0-9 ()-]{4,22}[0-9]$' then
    perform private.reject('assets_phone_check', 'phone',
      format('Phone numbers use digits, spaces and brackets, with an optional leading + (got "%s")', left(a.phone, 40)));
  end if;
  if length(a.description) > 10000 then
    perform private.reject('assets_description_check', 'description', 'Descriptions are at most 10,000 characters');
  end if;
  if length(a.address) > 500 then
    perform private.reject('assets_address_check', 'address', 'Addresses are at most 500 characters');
  end if;
  if length(a.opening_hours) > 500 then
    perform private.reject('assets_opening_hours_check', 'opening_hours', 'Opening hours are at most 500 characters');
  end if;
  if length(a.cost) > 500 then
    perform private.reject('assets_cost_check', 'cost', 'Cost is at most 500 characters');
  end if;
  select string_agg(format('"%s"', left(g, 40)), ', ') into unknown
  from unnest(a.age_groups) as g
  where g not in ('children', 'young_people', 'adults', 'older_people');
  if unknown is not null then
    perform private.reject('assets_age_groups_check', 'age_groups',
      format('Unknown age group %s: expected children, young_people, adults or older_people', unknown));
  end if;
  select string_agg(format('"%s"', left(f, 40)), ', ') into unknown
  from unnest(a.accessibility) as f
  where f not in ('step_free', 'accessible_toilet', 'hearing_loop', 'accessible_parking',
                  'bsl', 'large_print', 'quiet_space', 'assistance_dogs');
  if unknown is not null then
    perform private.reject('assets_accessibility_check', 'accessibility',
      format('Unknown accessibility feature %s: expected step_free, accessible_toilet, hearing_loop, '
             'accessible_parking, bsl, large_print, quiet_space or assistance_dogs', unknown));
  end if;
  if cardinality(a.languages) > 20 then
    perform private.reject('assets_languages_check', 'languages', 'List at most 20 languages');
  elsif exists (select 1 from unnest(a.languages) as l where length(l) > 60) then
    perform private.reject('assets_languages_check', 'languages', 'Each language is at most 60 characters');
  end if;
  if length(a.external_id) > 200 then
    perform private.reject('assets_external_id_check', 'external_id', 'Partner ids are at most 200 characters');
  end if;
  if length(a.source) > 200 then
    perform private.reject('assets_source_check', 'source', 'Partner names are at most 200 characters');
  end if;
end
$$;

create or replace function private.check_organisation(o app.organisations) returns void
language plpgsql immutable
set search_path = ''
as $$
begin
  if o.name = '' then
    perform private.reject('organisations_name_check', 'name', 'Give the organisation a name');
  elsif not private.has_visible_text(o.name) then
    perform private.reject('organisations_name_check', 'name', 'The name has no visible characters (only invisible ones, such as zero-width spaces); give the organisation a name people can read');
  elsif length(o.name) > 200 then
    perform private.reject('organisations_name_check', 'name', 'Organisation names are at most 200 characters');
  end if;
  if length(o.description) > 5000 then
    perform private.reject('organisations_description_check', 'description', 'Descriptions are at most 5,000 characters');
  end if;
  if o.email is not null and (length(o.email) > 254 or o.email !~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$') then
    perform private.reject('organisations_email_check', 'email',
      format('Email must look like name@example.org (got "%s")', left(o.email, 80)));
  end if;
  if o.website is not null and (length(o.website) > 2048 or o.website !~* '^https?://[^[:space:]/]+\.[^[:space:]]+$') then
    perform private.reject('organisations_website_check', 'website',
      format('Website must be a full http:// or https:// address (got "%s")', left(o.website, 80)));
  end if;
  if o.phone is not null and o.phone !~ '^[+(]?[0-9][0-9 ()-]{4,22}[0-9]$' then
    perform private.reject('organisations_phone_check', 'phone',
      format('Phone numbers use digits, spaces and brackets, with an optional leading + (got "%s")', left(o.phone, 40)));
  end if;
end
$$;

revoke execute on all functions in schema api, private from public;
