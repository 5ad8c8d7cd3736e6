// The opt-out lives in src/lib so the find page (another feature) can honour it; this path is
// where the privacy notice imports it from.
export { browserAsksNotToTrack, demandOptedOut, setDemandOptOut } from '../../lib/demandOptOut';
