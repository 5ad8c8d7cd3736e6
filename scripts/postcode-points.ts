// Prints the SQL that loads postcode centroids into a project's app.postcode_points, which the
// ORUK API's `postcode` filter reads. The demo seed loads Wigan's; a hosted project runs this once
// (and again when the postcode file changes):
//   npx tsx scripts/postcode-points.ts data/postcodes.csv | psql "$SUPABASE_DB_URL"
// The file is `postcode,lat,lng[,...]` with a header row, as data/postcodes.csv.
import { postcodePointsSql, readPostcodes } from './seed-sql';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npx tsx scripts/postcode-points.ts <postcodes.csv> | psql "$SUPABASE_DB_URL"');
  process.exit(2);
}
const postcodes = readPostcodes(file);
if (postcodes.length === 0) {
  console.error(`${file} holds no postcodes: expected a header row, then postcode,lat,lng on each line`);
  process.exit(1);
}
process.stdout.write(`begin;\n${postcodePointsSql(postcodes)}\ncommit;\n`);
console.error(`${postcodes.length} postcodes from ${file}`);
