/**
 * What the editor's modal questions (VoteGuardDialog, ActingForDialog) share: opened as a modal <dialog>
 * before the first paint, with the focus on the control that should have it, and a focus trap.
 */
import { useLayoutEffect, type KeyboardEvent, type RefObject } from 'react';

/** Open `dialog` modally before the first paint (it is never drawn in the page's flow) and focus `first`. */
export function useModal(dialog: RefObject<HTMLDialogElement | null>, first: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // showModal focuses the first button otherwise.
    first.current?.focus();
  }, [dialog, first]);
}

/** Tab past the last control comes back to the first (and Shift+Tab the other way): the browser would leave the page. */
export function keepFocusIn(dialog: HTMLDialogElement, event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const controls = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled]), textarea, select')];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey ? active === first || !dialog.contains(active) : active === last || !dialog.contains(active)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}
