/**
 * npm run build (after next build) — removes the pages of routes this municipality has no data
 * for. Such a route calls notFound() and Next exports an error document (`<html id="__next_error__">`)
 * under its address; without it the server answers 404, as for any unknown address.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { OUT } from './io';

const entfernt: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
  }
  const index = path.join(dir, 'index.html');
  if (dir === OUT || !readdirSync(dir).includes('index.html') || !readFileSync(index, 'utf8').startsWith('<!DOCTYPE html><html id="__next_error__"')) return;
  for (const name of readdirSync(dir)) if (name.startsWith('index.') || name.startsWith('__next.')) rmSync(path.join(dir, name));
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
  entfernt.push(`/${path.relative(OUT, dir).split(path.sep).join('/')}/`);
};
walk(OUT);
console.log(`Seiten ohne Daten entfernt: ${entfernt.length ? entfernt.join(', ') : 'keine'}`);
