import Link from 'next/link';

export function SiteHeader({ name }: { name: string }) {
  return (
    <header className="site-header">
      <div className="wrap">
        <Link href="/" className="brand">
          Integrationsatlas <span>{name}</span>
        </Link>
      </div>
    </header>
  );
}
