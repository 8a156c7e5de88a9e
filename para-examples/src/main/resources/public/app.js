// PARA self-assessment: builds a portfolio in the page, asks the service to assess and explain it
// and to say what is missing, and exports or imports the portfolio file the program accepts.
// Every note, requirement and verdict is worded by the service (the same words as the Review
// Board's report); this file words only its own form.
"use strict";

const EVIDENCE = ["TRANSCRIPT", "CERTIFICATE", "ATTENDANCE_FORM", "SUPERVISOR_LETTER", "MEMBERSHIP_RECORD",
  "LETTER", "MINUTES", "PROGRAM", "COPY"];
const TYPE_NAMES = {
  COLLEGE_COURSE: "College course", WORKSHOP: "Workshop", CEU: "CEU course", CROSS_TRAINING: "Cross-training",
  LIBRARY_EMPLOYMENT: "Library employment", MEMBERSHIP: "Membership", COMMITTEE: "Committee service",
  PRESENTATION: "Presentation", PUBLICATION: "Publication", CONFERENCE: "Conference", AWARD: "Award",
};
// The fields of each claim type in the portfolio format: [name, label, kind, options].
const TYPES = {
  COLLEGE_COURSE: [["area", "Area", "area"], ["date", "Date completed", "date"], ["credits", "Credits", "decimal", "0.5"],
    ["creditSystem", "Credit system", "choice", [["SEMESTER", "Semester"], ["QUARTER", "Quarter"]]],
    ["libraryRelated", "Library-related", "flag"]],
  WORKSHOP: [["area", "Area", "area"], ["date", "Date", "date"], ["hours", "Contact hours", "decimal", "0.5"]],
  CEU: [["area", "Area", "area"], ["date", "Date", "date"], ["ceus", "CEUs", "decimal", "0.1"]],
  CROSS_TRAINING: [["area", "Area", "area"], ["date", "Date", "date"], ["hours", "Hours", "whole"]],
  LIBRARY_EMPLOYMENT: [["start", "Start", "date"], ["end", "End (empty: still there)", "date"],
    ["hoursPerWeek", "Hours per week", "whole"], ["paid", "Paid", "flag"], ["areas", "Area", "area"]],
  MEMBERSHIP: [["area", "Area", "area"], ["start", "Start", "date"], ["end", "End (empty: still a member)", "date"]],
  COMMITTEE: [["area", "Area", "area"], ["start", "Start", "date"], ["end", "End (empty: still serving)", "date"],
    ["role", "Role", "choice", [["MEMBER", "Member"], ["CHAIR", "Chair"], ["OFFICER", "Officer"]]]],
  PRESENTATION: [["area", "Area", "area"], ["date", "Date", "date"]],
  PUBLICATION: [["area", "Area", "area"], ["date", "Date published", "date"],
    ["kind", "Kind", "choice", [["ARTICLE", "Article"], ["BOOK_CHAPTER", "Book chapter"], ["REVIEW", "Review"],
      ["NEWSLETTER", "Newsletter piece"]]]],
  CONFERENCE: [["area", "Area", "area"], ["date", "First day", "date"], ["days", "Days attended", "whole"]],
  AWARD: [["area", "Area", "area"], ["date", "Date", "date"]],
};
// Labels of the portfolio's own fields, for problems that are not a claim's.
const PORTFOLIO_FIELDS = { "applicant.id": ["MLA member id", "applicantId"], "applicant.name": ["Your name", "name"],
  "applicant.email": ["E-mail", "email"], "applicant.library": ["Library", "library"],
  targetLevel: ["Level you aim for", "targetLevel"], registeredOn: ["Registered on", "registeredOn"],
  submittedOn: ["Assessment date", "asOf"], heldLevels: ["Levels you already hold", "held1"] };

const $ = (id) => document.getElementById(id);
let editions = [];
let claims = [];       // the applicant's own claims, as portfolio objects (imported fields kept)
let imported = {};     // the imported file, so export keeps what this page does not edit
let planned = [];      // the plan's items: {claim, step, points, completes}
let previewing = false;
let editing = null;    // {mode: "edit", index} or {mode: "complete", item}
let latest = 0;        // only the newest refresh may write to the page: answers can arrive out of order

function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

function button(label, accessibleName, onClick, className) {
  const element = text("button", label, className);
  element.type = "button";
  if (accessibleName) element.setAttribute("aria-label", accessibleName);
  element.addEventListener("click", onClick);
  return element;
}

function words(code) {
  return code.toLowerCase().replaceAll("_", " ");
}

function edition() {
  const registered = $("registeredOn").value;
  const inForce = editions.filter((e) => !registered || e.effectiveFrom <= registered);
  return inForce.length > 0 ? inForce[inForce.length - 1] : editions[editions.length - 1];
}

function editionById(id) {
  return editions.find((e) => e.id === id) || edition();
}

function areaName(code, editionId) {
  const area = (editionId ? editionById(editionId) : edition()).areas.find((a) => a.code === code);
  return area ? area.name.replace(/\s*\(.*$/, "") : code;
}

// --- the form ----------------------------------------------------------------------------

function fieldInput(name, label, kind, options) {
  const wrapper = document.createElement("label");
  wrapper.append(label + " ");
  let input;
  if (kind === "area" || kind === "choice") {
    input = document.createElement("select");
    const choices = kind === "area" ? edition().areas.map((a) => [a.code, a.name]) : options;
    for (const [value, shown] of choices) input.append(new Option(shown, value));
  } else {
    input = document.createElement("input");
    if (kind === "date") input.type = "date";
    if (kind === "decimal") { input.type = "number"; input.step = options; input.min = "0"; input.inputMode = "decimal"; }
    if (kind === "whole") { input.type = "number"; input.step = "1"; input.min = "1"; input.inputMode = "numeric"; }
    if (kind === "flag") { input.type = "checkbox"; input.checked = true; wrapper.className = "flag"; }
  }
  input.id = "field-" + name;
  wrapper.append(input);
  return wrapper;
}

function showFields() {
  $("fields").replaceChildren(...TYPES[$("type").value].map(([name, label, kind, options]) => fieldInput(name, label, kind, options)));
}

function clearForm() {
  $("title").value = "";
  $("title").placeholder = "";
  for (const [name, , kind] of TYPES[$("type").value]) {
    const input = $("field-" + name);
    if (kind === "flag") input.checked = true;
    else if (input.tagName === "INPUT") input.value = "";
  }
  for (const kind of EVIDENCE) $("ev-" + kind).checked = false;
}

/** Reads the form into {@code base} (a claim being edited keeps the fields this form does not show). */
function readClaim(base) {
  const type = $("type").value;
  const claim = { ...base, type, title: $("title").value.trim() };
  // Only the fields of its type: a misspelt or foreign field (that the program refuses) goes.
  for (const key of Object.keys(claim)) {
    if (!["id", "type", "title", "evidence"].includes(key) && !TYPES[type].some(([name]) => name === key)) delete claim[key];
  }
  for (const [name, , kind] of TYPES[type]) {
    const input = $("field-" + name);
    if (kind === "flag") claim[name] = input.checked;
    else if (kind === "decimal") claim[name] = input.value === "" ? null : Number(input.value);
    else if (kind === "whole") claim[name] = input.value === "" ? null : parseInt(input.value, 10);
    else if (name === "areas") {
      // A job split over several areas keeps its split unless another area is picked.
      const split = Array.isArray(base.areas) && base.areas.length > 1 && base.areas[0].area === input.value;
      claim.areas = split ? base.areas : [{ area: input.value, percent: 100 }];
    }
    else if (kind === "date") claim[name] = input.value === "" ? null : input.value;
    else claim[name] = input.value;
  }
  claim.evidence = EVIDENCE.filter((kind) => $("ev-" + kind).checked);
  return claim;
}

/** Fills the form from a claim; {@code keepDates} false leaves its dates and title for the applicant to give. */
function fillForm(claim, keepDates) {
  const type = TYPES[claim.type] ? claim.type : Object.keys(TYPES)[0]; // an unknown type: the applicant picks one
  $("type").value = type;
  showFields();
  $("title").value = keepDates ? claim.title || "" : "";
  for (const [name, , kind] of TYPES[type]) {
    const input = $("field-" + name);
    const value = name === "areas" ? (claim.areas && claim.areas[0] ? claim.areas[0].area : "") : claim[name];
    if (kind === "flag") input.checked = value !== false;
    else if (kind === "date") input.value = keepDates && value ? value : "";
    else if (value !== null && value !== undefined && value !== "") input.value = String(value);
  }
  for (const kind of EVIDENCE) $("ev-" + kind).checked = keepDates && (claim.evidence || []).includes(kind);
}

function setMode(mode, context) {
  editing = mode;
  $("addClaim").textContent = mode === null ? "Add claim" : mode.mode === "edit" ? "Save changes" : "Add as done";
  $("cancelEdit").hidden = mode === null;
  $("formContext").hidden = mode === null;
  $("formContext").textContent = context || "";
}

function startEdit(index) {
  const claim = claims[index];
  fillForm(claim, true);
  const split = Array.isArray(claim.areas) && claim.areas.length > 1
    ? " Its split over areas (" + claim.areas.map((a) => a.percent + "% " + areaName(a.area)).join(", ") + ") is kept unless you pick another area."
    : "";
  setMode({ mode: "edit", index }, "Editing “" + (claim.title || "untitled claim") + "”. Change what needs fixing and save." + split);
  $("title").focus();
}

function startComplete(item) {
  if (item.completes !== undefined) {
    const index = claims.findIndex((c) => c.id === item.completes);
    fillForm(claims[index], true);
    setMode({ mode: "edit", index }, "To do: " + item.step.description + ". Tick the evidence you now have and save.");
    $("evidence").querySelector("input")?.focus();
    return;
  }
  fillForm(item.claim, false);
  $("title").placeholder = item.claim.title;
  const evidence = (item.claim.evidence || []).map(words);
  setMode({ mode: "complete", item }, "Completing a planned item: " + item.step.description
    + ". Give its real title, date and the evidence you have" + (evidence.length
      ? " (" + (/^[aeiou]/.test(evidence[0]) ? "an " : "a ") + evidence.join(" or ") + " counts)." : "."));
  $("title").focus();
}

function freshId() {
  const used = new Set(claims.map((c) => c.id));
  let n = claims.length + 1;
  while (used.has("c" + n)) n++;
  return "c" + n;
}

function submitForm(event) {
  event.preventDefault();
  if (editing && editing.mode === "edit") {
    const claim = readClaim(claims[editing.index]);
    if (!claim.id || claims.some((other, index) => index !== editing.index && other.id === claim.id)) claim.id = freshId();
    claims[editing.index] = claim;
  } else {
    claims.push(readClaim({ id: freshId() }));
  }
  setMode(null);
  clearForm();
  refresh();
}

// --- talking to the service ---------------------------------------------------------------

function portfolio(withClaims) {
  const held = [1, 2, 3].filter((level) => $("held" + level).value)
    .map((level) => ({ level, awardedOn: $("held" + level).value }));
  const result = { ...imported, schemaVersion: imported.schemaVersion || 1,
    applicant: optional({ ...(imported.applicant || {}), id: $("applicantId").value.trim(), name: $("name").value.trim(),
      email: $("email").value.trim(), library: $("library").value.trim() }),
    targetLevel: parseInt($("targetLevel").value, 10), registeredOn: $("registeredOn").value || null,
    heldLevels: held, claims: withClaims || claims };
  if (imported.submittedOn !== undefined) result.submittedOn = $("asOf").value || null;
  return result;
}

/** The applicant without the optional fields left empty. */
function optional(applicant) {
  for (const key of ["email", "library"]) if (!applicant[key]) delete applicant[key];
  return applicant;
}

/** The portfolio as sent for assessment: a missing name or id does not keep anyone from seeing their points. */
function forAssessment(withClaims) {
  const sent = portfolio(withClaims);
  sent.applicant = { ...sent.applicant, id: sent.applicant.id || "not-given", name: sent.applicant.name || "Applicant" };
  return sent;
}

async function post(path, body) {
  const response = await fetch(path + "?asOf=" + encodeURIComponent($("asOf").value || today()), {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  return { ok: response.ok, body: await response.json() };
}

/** Problem paths as a person reads them: "claims[2].hours: must be..." becomes claim 2's "Contact hours must be...". */
function sortProblems(problems) {
  const byClaim = new Map();
  const general = [];
  for (const problem of problems) {
    const match = /^claims\[(\d+)\](?:\.([A-Za-z]+))?/.exec(problem.path);
    if (match && claims[Number(match[1])]) {
      const index = Number(match[1]);
      const field = TYPES[claims[index].type]?.find(([name]) => name === match[2]);
      const known = { title: "Title", evidence: "Evidence", id: "Claim id" };
      const label = field ? field[1] : known[match[2]] || (match[2] ? "“" + match[2] + "”:" : "This claim:");
      if (!byClaim.has(index)) byClaim.set(index, []);
      byClaim.get(index).push(label + " " + problem.message + (match[2] === "id" ? " (saving it gives it a new id)" : ""));
    } else {
      const key = Object.keys(PORTFOLIO_FIELDS).find((k) => problem.path === k || problem.path.startsWith(k + "[") || problem.path.startsWith(k + "."));
      general.push(key ? { label: PORTFOLIO_FIELDS[key][0], field: PORTFOLIO_FIELDS[key][1], message: problem.message }
        : { label: "In the imported file, “" + problem.path + "”", field: null,
          message: problem.message + " (correct the file and import it again)" });
    }
  }
  return { byClaim, general };
}

async function refresh() {
  const mine = ++latest;
  if (claims.length === 0) {
    show(mine, null, new Map(), []);
    return;
  }
  let explained = await post("/explanations", forAssessment());
  if (mine !== latest) return;
  let invalid = new Map();
  let general = [];
  if (!explained.ok) {
    ({ byClaim: invalid, general } = sortProblems(explained.body.problems || []));
    const valid = claims.filter((_, index) => !invalid.has(index));
    explained = general.length === 0 && valid.length > 0 ? await post("/explanations", forAssessment(valid)) : null;
    if (mine !== latest) return;
    if (explained && !explained.ok) explained = null;
  }
  show(mine, explained ? explained.body : null, invalid, general);
  if (!explained) return;
  const valid = claims.filter((_, index) => !invalid.has(index));
  const gap = await post("/gaps", forAssessment(valid));
  if (gap.ok && mine === latest) showGap(gap.body, valid);
}

// --- showing ------------------------------------------------------------------------------

function show(mine, explained, invalid, general) {
  const problems = $("portfolioProblems");
  problems.replaceChildren(...general.map((p) => text("li", p.label + ": " + p.message)));
  for (const id of Object.values(PORTFOLIO_FIELDS).map(([, field]) => field)) $(id).removeAttribute("aria-invalid");
  for (const p of general) if (p.field) $(p.field).setAttribute("aria-invalid", "true");
  $("problems").replaceChildren(...(general.length > 0 ? [text("li", "Fix the entries marked under “You” to see your assessment.")] : []));
  if (!explained) {
    planned = [];
    $("planVerdict").hidden = true;
    $("planBox").hidden = true;
    $("totals").textContent = "";
    $("requirements").tBodies[0].replaceChildren();
    $("gap").replaceChildren(text("p", claims.length === 0 ? "Add a claim first." : "Nothing to assess yet.", "muted"));
    const message = claims.length === 0 ? "Add a claim to see your assessment."
      : general.length > 0 ? "Some details about you need fixing before your claims can be assessed."
        : "Fix or remove the claims marked below to see your assessment.";
    verdict(message, null);
    showClaims(null, invalid);
    return;
  }
  const assessment = explained.assessment;
  verdict(explained.verdict, assessment.eligible, invalid.size);
  const counted = explained.sources.map((s) => s.words + " " + s.points + (s.counted ? " " + s.counted : ""));
  const byArea = Object.entries(assessment.areaPoints).map(([area, points]) => areaName(area, assessment.edition) + " " + points);
  $("totals").textContent = "Points by source: " + counted.join(", ") + ". By area: " + (byArea.join(", ") || "none yet") + ".";
  showClaims(explained, invalid);
  $("requirements").tBodies[0].replaceChildren(...explained.requirements.map((r, index) => {
    const requirement = assessment.requirements[index];
    const row = document.createElement("tr");
    const met = requirement.met ? "Met" : r.name === "PREREQUISITE" ? "Not met" : "Short by " + r.shortBy;
    const level = (n) => (n === 0 ? "none" : "Level " + n);
    const shown = (n) => (r.name === "PREREQUISITE" ? level(n) : String(n));
    row.append(cell(r.words, "Requirement"), cell(shown(requirement.required), "Required", "n"),
      cell(shown(requirement.actual), "You have", "n"), cell(met, "Met", requirement.met ? "yes" : "no"));
    return row;
  }));
}

function verdict(message, eligible, invalidCount) {
  const element = $("verdict");
  element.replaceChildren(text("span", message, eligible === true ? "yes" : eligible === false ? "no" : ""));
  const note = !invalidCount ? "" : invalidCount === 1 ? " (1 claim needs fixing and is not counted yet)"
    : " (" + invalidCount + " claims need fixing and are not counted yet)";
  $("quick").textContent = message + note;
  if (invalidCount) element.append(text("span", note, "muted"));
}

function cell(content, label, className) {
  const element = typeof content === "string" ? text("td", content, className) : document.createElement("td");
  if (typeof content !== "string") { element.append(...content); if (className) element.className = className; }
  element.dataset.label = label;
  return element;
}

function showClaims(explained, invalid) {
  const rows = [];
  const results = explained ? explained.assessment.claims : [];
  const reasons = explained ? explained.claims : [];
  claims.forEach((claim, index) => {
    const title = claim.title || "(untitled claim)";
    const row = document.createElement("tr");
    const heading = [text("span", title, "claim-title"), text("span", (TYPE_NAMES[claim.type] || claim.type) + " · " + claim.id, "muted")];
    if (invalid.has(index)) {
      row.className = "invalid";
      const problems = document.createElement("ul");
      problems.className = "problems";
      problems.append(...invalid.get(index).map((p) => text("li", p)));
      row.append(cell(heading, "Claim"), cell("not counted", "Points", "n"),
        cell([text("strong", "Needs fixing: "), problems], "Why"), actions(index, title));
    } else {
      const result = results.find((r) => r.id === claim.id);
      const why = reasons.find((r) => r.id === claim.id);
      row.append(cell(heading, "Claim"), cell(result ? String(result.points) : "", "Points", "n"),
        cell(whyOf(result, why), "Why"), actions(index, title));
    }
    rows.push(row);
  });
  $("claims").tBodies[0].replaceChildren(...rows);
  refreshPreviewRows();
}

function whyOf(result, why) {
  const parts = [];
  if (!result) return parts;
  const reasons = why ? why.reasons : [];
  const list = document.createElement("ul");
  list.className = "reasons";
  for (const reason of reasons) list.append(text("li", reason.words));
  if (reasons.length === 0) list.append(text("li", Object.keys(result.areas).length > 0
    ? "Counts in " + Object.entries(result.areas).map(([area, points]) => areaName(area) + " (" + points + ")").join(", ") : "Counts in full"));
  parts.push(list);
  const details = document.createElement("details");
  details.append(text("summary", "Details"), text("p", "Rule " + result.rule
    + (reasons.length ? "; " + reasons.map((r) => r.reference).join("; ") : "") + ".", "muted"));
  parts.push(details);
  return parts;
}

function actions(index, title) {
  const buttons = document.createElement("span");
  buttons.className = "buttons";
  buttons.append(button("Edit", "Edit " + title, () => startEdit(index), "secondary"),
    button("Remove", "Remove " + title, () => remove(index), "remove"));
  return cell([buttons], "Actions", "row-actions");
}

function remove(index) {
  claims.splice(index, 1);
  if (editing && editing.mode === "edit") { setMode(null); clearForm(); }
  refresh();
  $("result").focus();
}

function showGap(gap, valid) {
  const parts = [];
  if (gap.shortfalls.length === 0) parts.push(text("p", "Nothing: every requirement is met."));
  for (const shortfall of gap.shortfalls) {
    parts.push(text("h4", shortfall.name === "PREREQUISITE"
      ? shortfall.words + ": Level " + shortfall.required + " needed, " + (shortfall.actual ? "Level " + shortfall.actual : "none") + " held"
      : shortfall.words + ": " + shortfall.actual + " of " + shortfall.required + (shortfall.shortBy > 0 ? ", short by " + shortfall.shortBy : "")));
    if (shortfall.advice) { parts.push(text("p", shortfall.advice)); continue; }
    parts.push(text("p", shortfall.options.length === 0 ? "No single addition closes it; see the plan."
      : shortfall.anyOptionCloses ? "Any one of these closes it:" : "No single addition closes it; each of these brings it closer:"));
    const list = document.createElement("ul");
    for (const option of shortfall.options.slice(0, 5)) list.append(text("li", option.description + " (+" + option.gain + ")"));
    parts.push(list);
    if (shortfall.why) {
      const why = document.createElement("details");
      why.append(text("summary", "Why this area?"), text("p", shortfall.why, "muted"));
      parts.push(why);
    }
  }
  $("gap").replaceChildren(...parts);

  const plannedResults = gap.plannedAssessment.claims;
  planned = [];
  const steps = [];
  for (const step of gap.plan) {
    const item = document.createElement("li");
    item.append(text("span", step.description), text("span", " (for " + (shortfall(gap, step.closes)?.words || words(step.closes)) + ")", "muted"));
    if (step.why) item.append(text("p", "Why this area: " + step.why, "muted"));
    for (const claim of step.claims) {
      const own = valid.find((c) => c.id === claim.id);
      const entry = { claim, step, completes: own ? own.id : undefined,
        points: plannedResults.find((r) => r.id === claim.id)?.points ?? null };
      planned.push(entry);
      item.append(" ", button(own ? "Attach evidence" : "I have done this",
        (own ? "Attach evidence to " + own.title : "Complete " + claim.title), () => startComplete(entry), "secondary"));
    }
    steps.push(item);
  }
  $("planSteps").replaceChildren(...steps);
  $("planBox").hidden = gap.plan.length === 0;
  const after = gap.plannedAssessment;
  $("planVerdict").hidden = gap.plan.length === 0;
  $("planVerdict").textContent = after.eligible
    ? "With this plan you would be eligible for Level " + after.targetLevel + " (" + after.totalPoints + " points)."
    : "With this plan you would still not be eligible for Level " + after.targetLevel + ".";
  refreshPreviewRows();
}

function shortfall(gap, name) {
  return gap.shortfalls.find((s) => s.name === name);
}

/** Adds or removes the planned rows without asking the service again. */
function refreshPreviewRows() {
  const body = $("claims").tBodies[0];
  for (const row of [...body.querySelectorAll("tr.planned")]) row.remove();
  $("noClaims").hidden = body.rows.length > 0;
  if (!previewing) return;
  for (const item of planned.filter((p) => p.completes === undefined)) {
    const row = document.createElement("tr");
    row.className = "planned";
    row.append(cell([text("span", "Planned", "tag"), text("span", item.claim.title, "claim-title"),
      text("span", item.step.description, "muted")], "Claim"),
    cell(item.points === null ? "" : "+" + item.points, "Points", "n"),
    cell("A preview: not in your portfolio and not exported.", "Why"),
    cell([button("Complete", "Complete " + item.claim.title, () => startComplete(item), "secondary")], "Actions", "row-actions"));
    body.append(row);
  }
  $("noClaims").hidden = body.rows.length > 0;
}

// --- the file -----------------------------------------------------------------------------

function exportPortfolio() {
  const status = $("fileStatus");
  if (!$("applicantId").value.trim() || !$("name").value.trim()) {
    status.textContent = "Enter your name and MLA member id first: the program needs them in the file.";
    ($("name").value.trim() ? $("applicantId") : $("name")).focus();
    return;
  }
  const blob = new Blob([JSON.stringify(portfolio(), null, 2)], { type: "application/json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = "portfolio.json";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  status.textContent = "Exported " + claims.length + (claims.length === 1 ? " claim" : " claims") + " to portfolio.json"
    + (planned.length > 0 ? " (planned items are not exported)." : ".");
}

async function importPortfolio(file) {
  const status = $("fileStatus");
  let loaded;
  try {
    loaded = JSON.parse(await file.text());
  } catch (e) {
    status.textContent = "“" + file.name + "” is not a portfolio file: it is not JSON. Choose the .json file you exported.";
    return;
  }
  if (!loaded || typeof loaded !== "object" || Array.isArray(loaded) || !Array.isArray(loaded.claims)) {
    status.textContent = "“" + file.name + "” is JSON but not a PARA portfolio: it has no list of claims.";
    return;
  }
  imported = { ...loaded };
  delete imported.claims;
  $("applicantId").value = loaded.applicant?.id || "";
  $("name").value = loaded.applicant?.name || "";
  $("email").value = loaded.applicant?.email || "";
  $("library").value = loaded.applicant?.library || "";
  $("targetLevel").value = String(loaded.targetLevel || 1);
  $("registeredOn").value = loaded.registeredOn || "";
  if (loaded.submittedOn) $("asOf").value = loaded.submittedOn;
  for (const level of [1, 2, 3]) {
    $("held" + level).value = (loaded.heldLevels || []).find((h) => h.level === level)?.awardedOn || "";
  }
  claims = loaded.claims.map((claim) => ({ ...claim }));
  setMode(null);
  showFields();
  clearForm();
  status.textContent = "Imported " + claims.length + (claims.length === 1 ? " claim" : " claims") + " from “" + file.name + "”.";
  await refresh();
}

// --- start --------------------------------------------------------------------------------

async function start() {
  editions = await (await fetch("/editions")).json();
  $("registeredOn").value = today();
  $("asOf").value = today();
  $("type").append(...Object.keys(TYPES).map((type) => new Option(TYPE_NAMES[type], type)));
  $("evidence").append(...EVIDENCE.map((kind) => {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = "ev-" + kind;
    label.append(box, " " + words(kind));
    return label;
  }));
  showFields();
  $("type").addEventListener("change", showFields);
  $("claimForm").addEventListener("submit", submitForm);
  $("cancelEdit").addEventListener("click", () => { setMode(null); clearForm(); $("title").focus(); });
  for (const id of ["name", "applicantId", "email", "library", "targetLevel", "registeredOn", "asOf", "held1", "held2", "held3"]) {
    $(id).addEventListener("change", refresh);
  }
  $("export").addEventListener("click", exportPortfolio);
  $("previewPlan").addEventListener("click", () => {
    previewing = !previewing;
    $("previewPlan").setAttribute("aria-pressed", String(previewing));
    $("previewPlan").textContent = previewing ? "Hide the plan from my claims" : "Show the plan among my claims";
    refreshPreviewRows();
  });
  $("import").addEventListener("change", (event) => {
    const file = event.target.files[0];
    event.target.value = "";
    if (file) importPortfolio(file);
  });
  document.body.dataset.ready = "true";
}

start();
