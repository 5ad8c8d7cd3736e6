// An asset's or organisation's status as a GOV.UK tag, in words a person would use.
import type { AssetStatus, OrgStatus } from '../../domain/types';

const LABELS: Record<AssetStatus | OrgStatus, string> = {
  draft: 'Draft',
  pending: 'Waiting for review',
  published: 'Published',
  rejected: 'Rejected',
  archived: 'Archived',
  taken_down: 'Taken down by a moderator',
  verified: 'Verified',
};

export function StatusTag(props: { status: AssetStatus | OrgStatus }) {
  return <strong class={`tag status-${props.status}`}>{LABELS[props.status] ?? props.status}</strong>;
}
