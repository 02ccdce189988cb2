/** Other names, each isolated (a right-to-left name cannot reorder its neighbours), separated by dots. */
export function Aliases({ aliases }: { aliases: string[] }) {
  return (
    <>
      {aliases.map((alias, i) => (
        <span key={alias}>
          {i > 0 && ' · '}
          <bdi>{alias}</bdi>
        </span>
      ))}
    </>
  );
}
