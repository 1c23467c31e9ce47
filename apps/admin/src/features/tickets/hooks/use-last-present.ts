import { useRef } from 'react';

/** The last non-null value, so a closing modal or drawer keeps its content while it animates out. */
export function useLastPresent<T>(value: T | null): T | null {
  const last = useRef(value);
  if (value !== null) last.current = value;
  return value ?? last.current;
}
