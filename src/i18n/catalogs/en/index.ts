/** The English catalog: one module per namespace, each owned by the part of Concord that speaks it. */
import { app } from './app.ts';
import { chapters } from './chapters.ts';
import { cli } from './cli.ts';
import { common } from './common.ts';
import { compare } from './compare.ts';
import { core } from './core.ts';
import { editor } from './editor.ts';
import { errors } from './errors.ts';
import { exported } from './exported.ts';
import { ratify } from './ratify.ts';
import { record } from './record.ts';
import { sources } from './sources.ts';
import { translations } from './translations.ts';

export const en = { app, chapters, cli, common, compare, core, editor, errors, exported, ratify, record, sources, translations } as const;
