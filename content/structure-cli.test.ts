/**
 * The `structure` command: JSON only on stdout, errors on stderr with exit code 1.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = path.join(root, "node_modules", ".bin", "tsx");

function runCli(...args: string[]) {
  return spawnSync(tsx, [path.join(root, "content", "structure-cli.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("structure CLI", () => {
  it("prints only the JSON tree for a text file", () => {
    const result = runCli(new URL("../tests/fixtures/examples/report-sections-items.txt", import.meta.url).pathname);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith("{\n  \"documents\": [")).toBe(true);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.documents[0].children.map((n: { children: unknown[] }) => n.children.length)).toEqual([3, 2, 3, 2]);
    // Departments come from content/directory/departments.yaml.
    const lead = parsed.documents[0].children[0].children[0].departments[0];
    expect(lead).toMatchObject({ mention: "市民政局", role: "lead" });
  }, 180_000);

  it("reads GB18030 text files", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "structure-"));
    const file = path.join(dir, "gbk.txt");
    // "关于某事的建议\n一、加强领导。\n" encoded as GB18030.
    writeFileSync(file, Buffer.from("b9d8d3dac4b3cac2b5c4bda8d2e90ad2bba1a2bcd3c7bfc1ecb5bca1a30a", "hex"));
    const result = runCli(file);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).documents[0].title).toBe("关于某事的建议");
  }, 180_000);

  // Each case starts tsx afresh (a few seconds each on a busy machine): room, not a budget.
  it("fails with a message on stderr and exit code 1", () => {
    for (const args of [[], ["/no/such/file.txt"], ["package.json"], ["a.txt", "b.txt"]]) {
      const result = runCli(...args);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr.length).toBeGreaterThan(0);
    }
  }, 180_000);

  it("rejects a file that is not a .docx", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "structure-"));
    const file = path.join(dir, "fake.docx");
    writeFileSync(file, "not a zip");
    const result = runCli(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("not a readable .docx");
  }, 180_000);
});
