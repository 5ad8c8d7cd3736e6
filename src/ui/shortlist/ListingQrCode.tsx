// A QR code to a listing's own page, for paper (printed shortlists and asset pages).
import { QrCode } from '../QrCode';
import { listingUrl } from './urls';
import { t } from './i18n';

export function ListingQrCode(props: { id: string; name: string; class?: string }) {
  return (
    <figure class={`print-only listing-qr ${props.class ?? ''}`}>
      <QrCode text={listingUrl(props.id)} label={t('qrLabel', { name: props.name })} sizeCss="2.6cm" />
      <figcaption>{t('qrCaption')}</figcaption>
    </figure>
  );
}
