// PARA self-assessment: builds a portfolio in the page, asks the service to assess it and to
// say what is missing, and exports or imports the portfolio file the program accepts.
"use strict";

const EVIDENCE = ["TRANSCRIPT", "CERTIFICATE", "ATTENDANCE_FORM", "SUPERVISOR_LETTER", "MEMBERSHIP_RECORD",
  "LETTER", "MINUTES", "PROGRAM", "COPY"];
// The fields of each claim type in the portfolio format: [name, label, kind, options].
const TYPES = {
  COLLEGE_COURSE: [["area", "Area", "area"], ["date", "Date", "date"], ["credits", "Credits", "decimal", "0.5"],
    ["creditSystem", "Credit system", "choice", ["SEMESTER", "QUARTER"]], ["libraryRelated", "Library-related", "flag"]],
  WORKSHOP: [["area", "Area", "area"], ["date", "Date", "date"], ["hours", "Contact hours", "decimal", "0.5"]],
  CEU: [["area", "Area", "area"], ["date", "Date", "date"], ["ceus", "CEUs", "decimal", "0.1"]],
  CROSS_TRAINING: [["area", "Area", "area"], ["date", "Date", "date"], ["hours", "Hours", "whole"]],
  LIBRARY_EMPLOYMENT: [["start", "Start", "date"], ["end", "End (empty: ongoing)", "date"],
    ["hoursPerWeek", "Hours per week", "whole"], ["paid", "Paid", "flag"], ["areas", "Area", "area"]],
  MEMBERSHIP: [["area", "Area", "area"], ["start", "Start", "date"], ["end", "End (empty: ongoing)", "date"]],
  COMMITTEE: [["area", "Area", "area"], ["start", "Start", "date"], ["end", "End (empty: ongoing)", "date"],
    ["role", "Role", "choice", ["MEMBER", "CHAIR", "OFFICER"]]],
  PRESENTATION: [["area", "Area", "area"], ["date", "Date", "date"]],
  PUBLICATION: [["area", "Area", "area"], ["date", "Date", "date"],
    ["kind", "Kind", "choice", ["ARTICLE", "BOOK_CHAPTER", "REVIEW", "NEWSLETTER"]]],
  CONFERENCE: [["area", "Area", "area"], ["date", "First day", "date"], ["days", "Days attended", "whole"]],
  AWARD: [["area", "Area", "area"], ["date", "Date", "date"]],
};

const $ = (id) => document.getElementById(id);
let areas = [];
let claims = [];
let counter = 0;
let plan = [];
let latest = 0; // only the newest refresh may write to the page: answers can arrive out of order

function today() {
  return new Date().toISOString().slice(0, 10);
}

function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

function fieldInput(name, label, kind, options) {
  const wrapper = document.createElement("label");
  wrapper.textContent = label + " ";
  let input;
  if (kind === "area" || kind === "choice") {
    input = document.createElement("select");
    for (const option of (kind === "area" ? areas.map((a) => a.code) : options)) {
      input.append(new Option(option, option));
    }
  } else {
    input = document.createElement("input");
    if (kind === "date") input.type = "date";
    if (kind === "decimal") { input.type = "number"; input.step = options; input.min = "0"; }
    if (kind === "whole") { input.type = "number"; input.step = "1"; input.min = "1"; }
    if (kind === "flag") { input.type = "checkbox"; input.checked = true; }
  }
  input.id = "field-" + name;
  input.dataset.kind = kind;
  wrapper.append(input);
  return wrapper;
}

function showFields() {
  const fields = $("fields");
  fields.replaceChildren(...TYPES[$("type").value].map(([name, label, kind, options]) => fieldInput(name, label, kind, options)));
}

function readClaim() {
  const type = $("type").value;
  const claim = { id: "c" + (++counter), type, title: $("title").value.trim() };
  for (const [name, , kind] of TYPES[type]) {
    const input = $("field-" + name);
    if (kind === "flag") claim[name] = input.checked;
    else if (kind === "decimal") claim[name] = input.value === "" ? null : Number(input.value);
    else if (kind === "whole") claim[name] = input.value === "" ? null : parseInt(input.value, 10);
    else if (name === "areas") claim.areas = [{ area: input.value, percent: 100 }];
    else if (kind === "date") claim[name] = input.value === "" ? null : input.value;
    else claim[name] = input.value;
  }
  claim.evidence = EVIDENCE.filter((kind) => $("ev-" + kind).checked);
  return claim;
}

function portfolio() {
  const held = [1, 2, 3].filter((level) => $("held" + level).value)
    .map((level) => ({ level, awardedOn: $("held" + level).value }));
  return {
    schemaVersion: 1,
    applicant: { id: $("applicantId").value || "SELF", name: $("name").value || "Applicant" },
    targetLevel: parseInt($("targetLevel").value, 10),
    registeredOn: $("registeredOn").value,
    heldLevels: held,
    claims,
  };
}

async function post(path) {
  const response = await fetch(path + "?asOf=" + encodeURIComponent($("asOf").value), {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(portfolio()),
  });
  return { ok: response.ok, body: await response.json() };
}

async function refresh() {
  const mine = ++latest;
  const problems = $("problems");
  problems.replaceChildren();
  if (claims.length === 0) {
    $("verdict").textContent = "Add a claim to see your assessment.";
    $("claims").tBodies[0].replaceChildren();
    $("requirements").tBodies[0].replaceChildren();
    $("gap").replaceChildren();
    $("totals").textContent = "";
    $("applyPlan").hidden = true;
    return;
  }
  const assessed = await post("/assessments");
  if (mine !== latest) return;
  if (!assessed.ok) {
    $("verdict").textContent = "Some entries need fixing:";
    for (const problem of assessed.body.problems || []) problems.append(text("li", problem.path + ": " + problem.message));
    return;
  }
  showAssessment(assessed.body);
  const gap = await post("/gaps");
  if (gap.ok && mine === latest) showGap(gap.body);
}

function showAssessment(assessment) {
  $("verdict").replaceChildren(assessment.eligible
    ? text("span", "You meet every requirement of Level " + assessment.targetLevel + " (" + assessment.totalPoints + " points).", "yes")
    : text("span", "Not yet eligible for Level " + assessment.targetLevel + " (" + assessment.totalPoints + " points).", "no"));
  const rows = assessment.claims.map((result, index) => {
    const claim = claims[index];
    const row = document.createElement("tr");
    const why = [result.rule].concat(result.notes);
    if (result.pendingPoints > 0) why.push("+" + result.pendingPoints + " with accepted evidence");
    const remove = text("button", "Remove", "remove");
    remove.type = "button";
    remove.setAttribute("aria-label", "Remove " + claim.title);
    remove.addEventListener("click", () => { claims.splice(index, 1); refresh(); });
    const actions = document.createElement("td");
    actions.append(remove);
    row.append(text("td", result.id), text("td", claim.type), text("td", claim.title), text("td", String(result.points), "n"),
      text("td", why.join(", ")), actions);
    return row;
  });
  $("claims").tBodies[0].replaceChildren(...rows);
  const sources = Object.entries(assessment.sourcePoints).map(([source, points]) => source.toLowerCase().replaceAll("_", " ") + " " + points);
  const byArea = Object.entries(assessment.areaPoints).map(([area, points]) => area + " " + points);
  $("totals").textContent = "Points by source: " + sources.join(", ") + ". By area: " + (byArea.join(", ") || "none") + ".";
  $("requirements").tBodies[0].replaceChildren(...assessment.requirements.map((r) => {
    const row = document.createElement("tr");
    row.append(text("td", r.name), text("td", String(r.required), "n"), text("td", String(r.actual), "n"),
      text("td", r.met ? "yes" : "short by " + Math.max(0, r.required - r.actual), r.met ? "yes" : "no"));
    return row;
  }));
}

function showGap(gap) {
  const parts = [];
  if (gap.shortfalls.length === 0) {
    parts.push(text("p", "Nothing: every requirement is met."));
  }
  for (const shortfall of gap.shortfalls) {
    parts.push(text("h4", shortfall.name + ": " + shortfall.actual + " of " + shortfall.required));
    if (shortfall.advice) parts.push(text("p", shortfall.advice));
    const list = document.createElement("ul");
    for (const option of shortfall.options.slice(0, 4)) list.append(text("li", option.description + " (+" + option.gain + ")"));
    parts.push(list);
  }
  plan = gap.plan.flatMap((step) => step.claims);
  if (gap.plan.length > 0) {
    parts.push(text("h4", "A plan"));
    const steps = document.createElement("ol");
    for (const step of gap.plan) steps.append(text("li", step.description));
    parts.push(steps);
  }
  $("gap").replaceChildren(...parts);
  $("applyPlan").hidden = plan.length === 0;
}

function exportPortfolio() {
  const blob = new Blob([JSON.stringify(portfolio(), null, 2)], { type: "application/json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = "portfolio.json";
  link.click();
  URL.revokeObjectURL(link.href);
}

async function importPortfolio(file) {
  const loaded = JSON.parse(await file.text());
  $("applicantId").value = loaded.applicant?.id || "";
  $("name").value = loaded.applicant?.name || "";
  $("targetLevel").value = String(loaded.targetLevel || 1);
  $("registeredOn").value = loaded.registeredOn || today();
  if (loaded.submittedOn) $("asOf").value = loaded.submittedOn;
  for (const level of [1, 2, 3]) {
    $("held" + level).value = (loaded.heldLevels || []).find((h) => h.level === level)?.awardedOn || "";
  }
  claims = loaded.claims || [];
  counter = claims.length;
  await refresh();
}

async function start() {
  const editions = await (await fetch("/editions")).json();
  areas = editions[editions.length - 1].areas;
  $("registeredOn").value = today();
  $("asOf").value = today();
  $("type").append(...Object.keys(TYPES).map((type) => new Option(type.replaceAll("_", " ").toLowerCase(), type)));
  $("evidence").append(...EVIDENCE.map((kind) => {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = "ev-" + kind;
    label.append(box, " " + kind.replaceAll("_", " ").toLowerCase());
    return label;
  }));
  showFields();
  $("type").addEventListener("change", showFields);
  $("claimForm").addEventListener("submit", (event) => {
    event.preventDefault();
    claims.push(readClaim());
    $("title").value = "";
    for (const kind of EVIDENCE) $("ev-" + kind).checked = false;
    refresh();
  });
  for (const id of ["name", "applicantId", "targetLevel", "registeredOn", "asOf", "held1", "held2", "held3"]) {
    $(id).addEventListener("change", refresh);
  }
  $("export").addEventListener("click", exportPortfolio);
  $("applyPlan").addEventListener("click", () => {
    // A planned claim with an existing id completes that claim (its evidence); others are added.
    for (const planned of plan) {
      const at = claims.findIndex((claim) => claim.id === planned.id);
      if (at >= 0) claims[at] = planned;
      else claims.push({ ...planned, id: "c" + (++counter) });
    }
    refresh();
  });
  $("import").addEventListener("change", (event) => event.target.files[0] && importPortfolio(event.target.files[0]));
}

start();
