/** A public body named as it names itself (German), linked where it has an address. */
export function Stelle({ name, url }: { name: string; url?: string }) {
  return url ? (
    <a href={url} lang="de">
      {name}
    </a>
  ) : (
    <span lang="de">{name}</span>
  );
}
