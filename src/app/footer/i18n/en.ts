// The footer on every page (src/app/footer/SiteFooter.tsx).
export default {
  footerNav: 'Support links',
  accessibility: 'Accessibility statement',
  privacy: 'Privacy notice',
  contact: 'Contact',
} as const;
