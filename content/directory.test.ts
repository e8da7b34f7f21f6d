import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  DEPARTMENTS_FILE,
  ORGANISATIONS_FILE,
  indexByLookupForm,
  loadDepartments,
  loadOrganisations,
  type DepartmentEntry,
  type OrganisationEntry,
} from "./directory";

const departments = loadDepartments();
const organisations = loadOrganisations();
const departmentIndex = indexByLookupForm(departments);
const organisationIndex = indexByLookupForm(organisations);

function formsOf(entry: { short: string | null; aliases: string[] }): string[] {
  return [...(entry.short ? [entry.short] : []), ...entry.aliases];
}

function department(name: string): DepartmentEntry {
  const entry = departments.find((d) => d.name === name);
  if (!entry) throw new Error(`no department named ${name}`);
  return entry;
}

function organisation(slug: string): OrganisationEntry {
  const entry = organisations.find((o) => o.slug === slug);
  if (!entry) throw new Error(`no organisation with slug ${slug}`);
  return entry;
}

describe("departments.yaml", () => {
  it("has a full directory across the three levels", () => {
    expect(departments.length).toBeGreaterThanOrEqual(75);
    const count = (level: string) => departments.filter((d) => d.level === level).length;
    expect(count("city")).toBeGreaterThanOrEqual(45);
    expect(count("province")).toBeGreaterThanOrEqual(25);
    expect(count("district")).toBeGreaterThanOrEqual(3);
    for (const kind of ["party", "government", "court", "procuratorate", "mass", "enterprise"]) {
      expect(departments.some((d) => d.kind === kind), kind).toBe(true);
    }
  });

  it("has unique names", () => {
    const names = departments.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("never uses another entry's name as a short form or alias", () => {
    const names = new Set(departments.map((d) => d.name));
    for (const d of departments) {
      for (const form of formsOf(d)) expect(names.has(form), `${d.name}: ${form}`).toBe(false);
    }
  });

  it("lists every short form and alias once in the whole file", () => {
    const seen = new Map<string, string>();
    for (const d of departments) {
      for (const form of formsOf(d)) {
        expect(seen.get(form), `${form} on ${d.name}`).toBeUndefined();
        seen.set(form, d.name);
      }
    }
  });

  it("keeps generic forms on the city entry: province and district forms carry their prefix", () => {
    for (const d of departments.filter((x) => x.level === "province")) {
      for (const form of formsOf(d)) expect(form, `${d.name}: ${form}`).toContain("省");
    }
    for (const d of departments.filter((x) => x.level === "district")) {
      for (const form of formsOf(d)) expect(form, `${d.name}: ${form}`).toContain("区");
    }
    for (const generic of ["民政部门", "民政", "卫健", "卫健委", "医保", "人社局", "住建部门", "公安", "大数据局"]) {
      expect(departmentIndex.get(generic)?.level, generic).toBe("city");
    }
  });

  it("resolves every parent", () => {
    const names = new Set(departments.map((d) => d.name));
    const withParent = departments.filter((d) => d.parent !== null);
    expect(withParent.length).toBeGreaterThan(40);
    for (const d of withParent) expect(names.has(d.parent!), `${d.name} → ${d.parent}`).toBe(true);
    expect(department("市民政局").parent).toBe("市人民政府");
    expect(department("市委组织部").parent).toBe("中共某市委员会");
    expect(department("省卫生健康委员会").parent).toBe("省人民政府");
  });

  it.each([
    ["市民政局", ["民政局", "民政部门", "民政"]],
    ["市卫生健康委员会", ["市卫健委", "卫健委", "卫健部门", "卫生健康部门", "卫健"]],
    ["市医疗保障局", ["市医保局", "医保局", "医保部门", "医保"]],
    ["市委社会工作部", ["市委社工部", "社会工作部", "社会治理办", "市委社会治理办"]],
    ["市人力资源和社会保障局", ["市人社局", "人社局", "人社部门"]],
    ["市住房和城乡建设局", ["市住建局", "住建局", "住建部门", "住房城乡建设部门", "住建"]],
    ["市公安局", ["公安局", "公安"]],
    ["市数据局", ["市大数据局", "大数据局", "数据局"]],
    ["省卫生健康委员会", ["省卫健委"]],
    ["省人力资源和社会保障厅", ["省人社厅"]],
    ["省住房和城乡建设厅", ["省住建厅"]],
  ])("%s is known as %j", (name, forms) => {
    const entry = department(name);
    for (const form of forms) expect(formsOf(entry), form).toContain(form);
  });

  it("resolves the mentions in the sample documents", () => {
    const expected: Record<string, string> = {
      市民政局: "市民政局",
      市卫健委: "市卫生健康委员会",
      市医保局: "市医疗保障局",
      市人大常委会: "市人民代表大会常务委员会",
      市住建局: "市住房和城乡建设局",
      市人社局: "市人力资源和社会保障局",
      市大数据局: "市数据局",
      市财政局: "市财政局",
      市商务局: "市商务局",
      各区政府: "区人民政府",
      民政: "市民政局",
      卫健: "市卫生健康委员会",
      医保: "市医疗保障局",
      省卫健委: "省卫生健康委员会",
      省人社厅: "省人力资源和社会保障厅",
      省住建厅: "省住房和城乡建设厅",
      市委社会治理办: "市委社会工作部",
      市教育局: "市教育局",
    };
    for (const [mention, name] of Object.entries(expected)) {
      expect(departmentIndex.get(mention)?.name, mention).toBe(name);
    }
  });
});

describe("organisations.yaml", () => {
  it("has the parties, the federation, the committees and the sectors", () => {
    expect(organisations.length).toBeGreaterThanOrEqual(20);
    const parties = organisations.filter((o) => o.kind === "party");
    expect(parties.map((o) => o.short)).toEqual([
      "民革省委会",
      "民盟省委会",
      "民建省委会",
      "民进省委会",
      "农工党省委会",
      "致公党省委会",
      "九三学社省委会",
      "台盟省委会",
    ]);
    expect(organisations.filter((o) => o.kind === "federation").map((o) => o.short)).toEqual(["省工商联"]);
    expect(organisations.filter((o) => o.kind === "committee").length).toBeGreaterThanOrEqual(9);
    expect(organisations.filter((o) => o.kind === "sector").length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ["民革", "minge"],
    ["民盟", "minmeng"],
    ["民建", "minjian"],
    ["民进", "minjin"],
    ["农工党", "nonggong"],
    ["致公党", "zhigong"],
    ["九三学社", "jiusan"],
    ["台盟", "taimeng"],
    ["工商联", "gongshanglian"],
  ])("%s resolves to %s, with its 省 form", (form, slug) => {
    expect(organisationIndex.get(form)?.slug).toBe(slug);
    expect(organisationIndex.get(`省${form}`)?.slug).toBe(slug);
  });

  it("knows the author-line forms of the sample input (in Simplified script)", () => {
    expect(organisationIndex.get("省民进")?.slug).toBe("minjin");
    expect(organisationIndex.get("省九三学社")?.slug).toBe("jiusan");
    expect(organisationIndex.get("九三学社某省委会")?.slug).toBe("jiusan");
    expect(organisationIndex.get("提案委员会")?.slug).toBe(organisation("committee-tian").slug);
    expect(organisationIndex.get("某市政协社会和法制委员会")?.kind).toBe("committee");
  });

  it("has unique url-safe slugs and unique names", () => {
    const slugs = organisations.map((o) => o.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const names = organisations.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("lists every short form and alias once, never as another entry's name", () => {
    const names = new Set(organisations.map((o) => o.name));
    const seen = new Map<string, string>();
    for (const o of organisations) {
      for (const form of formsOf(o)) {
        expect(names.has(form), `${o.slug}: ${form}`).toBe(false);
        expect(seen.get(form), `${form} on ${o.slug}`).toBeUndefined();
        seen.set(form, o.slug);
      }
    }
  });
});

describe("loader errors", () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  function withFile(file: string, body: string): string {
    dir = mkdtempSync(path.join(tmpdir(), "xieshang-directory-"));
    writeFileSync(path.join(dir, file), body, "utf8");
    return dir;
  }

  const dept = (name: string, extra = "") =>
    `- name: ${name}\n  level: city\n  kind: government\n${extra}`;

  it("fills defaults for optional fields", () => {
    const loaded = loadDepartments(withFile(DEPARTMENTS_FILE, dept("市甲局")));
    expect(loaded).toEqual([
      { name: "市甲局", short: null, aliases: [], level: "city", kind: "government", parent: null },
    ]);
  });

  it("rejects a duplicate name, naming file and entry", () => {
    const d = withFile(DEPARTMENTS_FILE, dept("市甲局") + dept("市甲局"));
    expect(() => loadDepartments(d)).toThrow(/departments\.yaml: entry #2 \(市甲局\): name "市甲局" is already used/);
  });

  it("rejects an unknown parent", () => {
    const d = withFile(DEPARTMENTS_FILE, dept("市甲局", "  parent: 市乙局\n"));
    expect(() => loadDepartments(d)).toThrow(/departments\.yaml: entry #1 \(市甲局\): unknown parent "市乙局"/);
  });

  it("rejects a parent loop", () => {
    const d = withFile(DEPARTMENTS_FILE, dept("市甲局", "  parent: 市乙局\n") + dept("市乙局", "  parent: 市甲局\n"));
    expect(() => loadDepartments(d)).toThrow(/parent chain loops/);
  });

  it("rejects an unknown level or kind", () => {
    const badLevel = withFile(DEPARTMENTS_FILE, "- name: 市甲局\n  level: county\n  kind: government\n");
    expect(() => loadDepartments(badLevel)).toThrow(/departments\.yaml: entry #1 \(市甲局\): level/);
    rmSync(badLevel, { recursive: true, force: true });
    const badKind = withFile(DEPARTMENTS_FILE, "- name: 市甲局\n  level: city\n  kind: ngo\n");
    expect(() => loadDepartments(badKind)).toThrow(/departments\.yaml: entry #1 \(市甲局\): kind/);
  });

  it("rejects an alias that is another entry's name or already taken", () => {
    const asName = withFile(DEPARTMENTS_FILE, dept("市甲局") + dept("市乙局", "  aliases: [市甲局]\n"));
    expect(() => loadDepartments(asName)).toThrow(/entry #2 \(市乙局\): alias "市甲局" is already used by entry #1/);
    rmSync(asName, { recursive: true, force: true });
    const twice = withFile(DEPARTMENTS_FILE, dept("市甲局", "  aliases: [甲局]\n") + dept("市乙局", "  aliases: [甲局]\n"));
    expect(() => loadDepartments(twice)).toThrow(/entry #2 \(市乙局\): alias "甲局"/);
  });

  it("rejects unknown fields (typos)", () => {
    const d = withFile(DEPARTMENTS_FILE, dept("市甲局", "  alias: [甲局]\n"));
    expect(() => loadDepartments(d)).toThrow(/entry #1 \(市甲局\)/);
  });

  it("rejects a duplicate organisation slug and a bad kind", () => {
    const org = (slug: string, name: string, kind = "party") => `- slug: ${slug}\n  name: ${name}\n  kind: ${kind}\n`;
    const dup = withFile(ORGANISATIONS_FILE, org("a", "甲") + org("a", "乙"));
    expect(() => loadOrganisations(dup)).toThrow(/organisations\.yaml: entry #2 \(乙\): slug "a" is already used/);
    rmSync(dup, { recursive: true, force: true });
    const bad = withFile(ORGANISATIONS_FILE, org("a", "甲", "club"));
    expect(() => loadOrganisations(bad)).toThrow(/organisations\.yaml: entry #1 \(甲\): kind/);
    rmSync(bad, { recursive: true, force: true });
    const slug = withFile(ORGANISATIONS_FILE, org("Min Meng", "甲"));
    expect(() => loadOrganisations(slug)).toThrow(/entry #1 \(甲\): slug/);
  });

  it("reports a missing file or a file that is not a list", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "xieshang-directory-"));
    try {
      expect(() => loadDepartments(empty)).toThrow(/departments\.yaml: cannot read file/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    const notList = withFile(ORGANISATIONS_FILE, "slug: a\n");
    expect(() => loadOrganisations(notList)).toThrow(/organisations\.yaml: expected a list/);
  });
});
