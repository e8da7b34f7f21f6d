import { describe, expect, it } from "vitest";
import { parseAliases } from "./departments.server";

describe("parseAliases", () => {
  it("splits on the separators people type and drops duplicates", () => {
    expect(parseAliases("民政局、民政部门，民政 民政局;社会救助")).toEqual(["民政局", "民政部门", "民政", "社会救助"]);
    expect(parseAliases("  \n ")).toEqual([]);
  });
});
