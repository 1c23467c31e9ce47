import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { QueryState } from '../query-state';
import { DocumentDiff, type DocumentDiffProps } from './document-diff';

/** Props of the modal that compares a saved document with the person's unsaved edit of it. */
export interface CompareModalProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly title: string;
  /** The comparison (a SavedComparison); mounted only while open, so every opening fetches the saved version afresh. */
  readonly children: ReactNode;
}

/** After a CONFLICT: the frame around "what is saved now" against "what you have", closed to go on choosing. */
export function CompareModal({ opened, onClose, title, children }: CompareModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl">
      <Stack gap="md">
        {opened && children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The saved document as its query answers: undefined until loaded, null when there is none (any more). */
export type SavedDocument = {
  readonly document: unknown;
  /** Its column heading in the JSON view, e.g. "Saved version 5". */
  readonly label: string;
  /** Who saved it when, e.g. "Version 5 was saved by jamal@… on 2 Mar 2025, 11:00." */
  readonly savedWhen: string;
} | null | undefined;

/** Props of the comparison: the saved document's query state, and the unsaved document to diff against it. */
export interface SavedComparisonProps extends Pick<DocumentDiffProps, 'kind' | 'after' | 'names'> {
  readonly loading: boolean;
  readonly error: unknown;
  readonly saved: SavedDocument;
  /** What the document is called here: "your unsaved version", "your unsaved draft". */
  readonly noun: string;
  /** Shown when there is no saved document to compare with. */
  readonly missingText: string;
}

/** Who saved what when, then how the unsaved document differs from the saved one, in words. */
export function SavedComparison({ loading, error, saved, noun, missingText, ...diff }: SavedComparisonProps) {
  return (
    <QueryState loading={loading && saved === undefined} error={error} empty={saved === null} emptyText={missingText}>
      {saved && (
        <Stack gap="sm">
          <Text size="sm">
            {saved.savedWhen} Below is what your unsaved {noun} differs in: struck out is how the saved {noun} has it, marked is how yours does.
          </Text>
          <DocumentDiff {...diff} before={saved.document} beforeLabel={saved.label} afterLabel={`Your unsaved ${noun}`} emptyText={`Your unsaved ${noun} is the same as the saved one.`} />
        </Stack>
      )}
    </QueryState>
  );
}
