/** The part of the `xliff` npm package (no types of its own) the tests use as an independent XLIFF 2.0 reader. */
declare module 'xliff' {
  const xliff: {
    xliff2js(text: string): Promise<unknown>;
  };
  export default xliff;
}
