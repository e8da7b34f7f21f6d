// Types for fxa-common-password-list (Mozilla's list of 50,000 common passwords), which ships none.
declare module "fxa-common-password-list" {
  const list: { test(password: string): boolean };
  export default list;
}
