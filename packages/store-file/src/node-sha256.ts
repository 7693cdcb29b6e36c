/**
 * The SHA-256 the file store gives core's `eventId`: Node's native one-shot
 * hash, several times faster than core's portable default, with the same ids.
 * Used where the store makes ids (appends) and where it checks them (lines
 * written by hand).
 */
import { hash } from 'node:crypto';
import type { Sha256Hex } from '@stancelog/core';

export const nodeSha256: Sha256Hex = (text) => hash('sha256', text, 'hex');
