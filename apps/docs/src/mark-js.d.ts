/** mark.js' ES2015 build, which src/lib/lazy-mark.ts loads on demand (mark.js ships no types). */
declare module "mark.js/dist/mark.es6.js" {
  const Mark: new (
    context: Element,
  ) => {
    mark(keywords: string | readonly string[], options?: object): unknown;
    unmark(options?: object): unknown;
  };
  export default Mark;
}
