import { TTL_CHOICES_SECONDS, VIEW_CHOICES } from '@/lib/protocol/wire';

const TTL_LABELS: Record<(typeof TTL_CHOICES_SECONDS)[number], string> = {
  300: '5 minutes',
  3600: '1 hour',
  86400: '1 day',
  604800: '7 days',
  2592000: '30 days',
};

export const TTL_OPTIONS = TTL_CHOICES_SECONDS.map((value) => ({ value, label: TTL_LABELS[value] }));
export const VIEW_OPTIONS = VIEW_CHOICES.map((value) => ({
  value,
  label: value === 1 ? '1 time (recommended)' : `${value} times`,
}));
