export default function Home() {
  return <main className="p-10 text-2xl font-semibold">Loomcast</main>;
}
