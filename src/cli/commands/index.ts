/** Every command the `concord` CLI knows, in the order `concord help` lists them. */
import type { Command } from '../command.ts';
import { info } from './info.ts';
import { init } from './init.ts';
import { orgAdd, orgRemove, orgSet } from './org.ts';

export const commands: readonly Command[] = [init, orgAdd, orgSet, orgRemove, info];
