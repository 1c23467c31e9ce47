import { useLocation } from 'react-router';

/** Shows where the router is, so a test can assert a redirect happened (and to where). */
export function LocationProbe() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{`${pathname}${search}`}</output>;
}
