import { Group, Text } from '@mantine/core';
import { IconBrandMessenger, IconBrandWhatsapp, IconDeviceMobileMessage, IconForms, IconMail, IconMessageCircle, IconPhone } from '@tabler/icons-react';
import type { Channel } from '../../../generated/graphql';
import { CHANNEL_LABELS } from '../adapters/ticket-labels';

const ICONS = {
  chat: IconMessageCircle,
  email: IconMail,
  form: IconForms,
  messenger: IconBrandMessenger,
  phone: IconPhone,
  sms: IconDeviceMobileMessage,
  whatsapp: IconBrandWhatsapp,
} as const satisfies Record<Channel, unknown>;

/** The channel a ticket came from, as an icon and a word. */
export function ChannelLabel({ channel }: { channel: Channel }) {
  const Icon = ICONS[channel];
  return (
    <Group gap={4} wrap="nowrap" c="dimmed">
      <Icon size={14} aria-hidden />
      <Text size="xs" c="dimmed">
        {CHANNEL_LABELS[channel]}
      </Text>
    </Group>
  );
}
