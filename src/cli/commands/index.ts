/** The core's commands of the `concord` CLI, in the order `concord help` lists them (the server adds its own in bin/concord.ts). */
import type { Command } from '../command.ts';
import { adopt } from './adopt.ts';
import { coverage } from './coverage.ts';
import { compare } from './compare.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { info } from './info.ts';
import { keyNew } from './key.ts';
import { motion } from './motion.ts';
import { close } from './close.ts';
import { init } from './init.ts';
import { orgAdd, orgRemove, orgSet } from './org.ts';
import { provenance } from './provenance.ts';
import { rosterBind } from './roster.ts';
import { repair } from './repair.ts';
import { rules } from './rules.ts';
import { tally, verify } from './tally.ts';
import { vote } from './vote.ts';
import { withdraw } from './withdraw.ts';

export const coreCommands: readonly Command[] = [init, orgAdd, orgSet, orgRemove, importCommand, compare, adopt, provenance, coverage, rules, keyNew, rosterBind, motion, vote, close, withdraw, tally, verify, exportCommand, info, repair];
