// Types of build-administration.mjs for the unit tests.
export interface AdministrationChange {
  island: string;
  to: string;
  date: string;
  event: string;
}
export function administrationChanges(events: unknown): AdministrationChange[];
export const METHOD: string;
