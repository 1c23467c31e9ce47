/** Why someone cannot take work, in words (the API sends a code); an unknown code is shown as it is. */
export function describeUnavailabilityReason(reason: string): string {
  switch (reason) {
    case 'offline':
      return 'Offline';
    case 'away':
      return 'Away';
    case 'outsideHours':
      return 'Outside working hours';
    case 'atCapacity':
      return 'At capacity';
    default:
      return reason;
  }
}
