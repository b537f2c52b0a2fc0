#!/usr/bin/env python3
"""Generates the two sample snapshots (deterministic: run it again and the files do not change).

large-project.json  - Acme Corp's GitLab migration, 12 two-week iterations, meant for --as-of 2026-05-15T12:00:00Z.
                      Plants: no Iteration 0 (PSDM-IT0-001), Iteration 4 without planning (PSDM-CER-001),
                      Iteration 6 without review (PSDM-CER-002), unweighted issues #69 and #81 (PSDM-WGT-001),
                      stale RAID items #89 (20 days) and #91 (high priority, 9 days) (PSDM-RAID-002),
                      #85 without acceptance criteria in Iteration 12 (PSDM-BKL-001), #77 weighing 8 (PSDM-WGT-002),
                      unassigned RAID item #90 (PSDM-RAID-003), a 7-day gap before Iteration 12 (PSDM-ITER-002),
                      #92 neither on the board nor in an epic (PSDM-LBL-002, PSDM-EPIC-001), confidential #93
                      (PSDM-CONF-001) and no internal retrospective (PSDM-RET-001).
small-project.json  - Globex's CI/CD enablement, Iteration 0 + 3 iterations, meant for --as-of 2026-03-20T12:00:00Z.
                      Passes every rule (or is not applicable to it).
"""
import json
from datetime import date, datetime, timedelta, timezone

GITLAB = "https://gitlab.com"


def iso(d, hour=9):
    return datetime(d.year, d.month, d.day, hour, 0, tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Project:
    def __init__(self, pid, group_id, group_path, name, path, created):
        self.pid, self.path = pid, path
        self.web = f"{GITLAB}/{path}"
        self.issues, self.iterations, self.milestones = [], [], []
        self.project = {"id": pid, "name": name, "pathWithNamespace": path, "webUrl": self.web,
                        "description": f"Collaboration project for {name}", "createdAt": iso(created), "archived": False}
        self.group = {"id": group_id, "name": group_path.split("/")[-1], "fullPath": group_path,
                      "webUrl": f"{GITLAB}/groups/{group_path}"}

    def iteration(self, iid, title, start, length=14):
        it = {"id": 9000 + self.pid % 100 * 100 + iid, "iid": iid, "groupId": self.group["id"], "title": title,
              "startDate": start.isoformat(), "dueDate": (start + timedelta(days=length - 1)).isoformat(),
              "webUrl": f"{self.group['webUrl']}/-/iterations/{9000 + self.pid % 100 * 100 + iid}"}
        self.iterations.append(it)
        return it

    def issue(self, title, created, iteration=None, state="opened", labels=(), weight=None, due=None,
              updated=None, closed=None, assignees=("jdoe",), description=None, milestone=None, epic=None,
              confidential=False):
        iid = len(self.issues) + 1
        issue = {"id": self.pid * 1000 + iid, "iid": iid, "title": title, "description": description,
                 "state": state, "createdAt": iso(created), "updatedAt": iso(updated or closed or created, 15),
                 "labels": list(labels), "assignees": list(assignees), "weight": weight,
                 "iterationId": iteration["id"] if iteration else None,
                 "milestoneId": milestone, "epicIid": epic, "confidential": confidential,
                 "webUrl": f"{self.web}/-/issues/{iid}"}
        if closed:
            issue["closedAt"] = iso(closed, 16)
        if due:
            issue["dueDate"] = due.isoformat()
        self.issues.append({k: v for k, v in issue.items() if v is not None})
        return issue

    def write(self, file, fetched, labels, milestones, epics, boards, wiki):
        snapshot = {"schema": "psdm-snapshot/1",
                    "source": {"gitlabUrl": GITLAB, "projectPath": self.path, "projectId": self.pid,
                               "groupPath": self.group["fullPath"]},
                    "fetchedAt": fetched, "project": self.project, "group": self.group,
                    "iterations": self.iterations, "milestones": milestones, "labels": labels,
                    "issues": self.issues, "epics": epics, "boards": boards, "wikiPages": wiki, "gaps": []}
        with open(file, "w", encoding="utf-8") as f:
            json.dump(snapshot, f, indent=2, ensure_ascii=False)
            f.write("\n")


def labels(names):
    return [{"id": 700 + i, "name": n, "color": "#6699cc"} for i, n in enumerate(names)]


WORKFLOW = ["PSD Workflow::Backlog", "PSD Workflow::To Do", "PSD Workflow::In Progress",
            "PSD Workflow::Blocked", "PSD Workflow::Done"]
def criteria(title):
    """The post-sales discovery template: Overview, Open Questions, Tasks, Acceptance Criteria."""
    return (f"## Overview\n{title}.\n\n## Open Questions\n- none\n\n## Tasks\n- [ ] do it\n\n"
            f"## Acceptance Criteria\n- {title.lower()} is signed off by the customer\n")


WORK = ["Inventory source repositories", "Migrate wave {n} projects", "Validate CI pipelines for wave {n}",
        "Configure runners for wave {n}", "Document wave {n} cut-over", "Fix permission mapping for wave {n}"]


def large():
    p = Project(4711, 47, "gitlab-com/gl-professional-services/customers/acme-corp", "Acme Corp – GitLab Migration",
                "gitlab-com/gl-professional-services/customers/acme-corp/acme-collaboration", date(2025, 12, 15))
    start = date(2026, 1, 5)
    # planted: a freeze week leaves 7 days between Iteration 11 and Iteration 12 (PSDM-ITER-002)
    its = [p.iteration(n, f"Iteration {n}", start + timedelta(days=14 * (n - 1) + (7 if n == 12 else 0)))
           for n in range(1, 13)]
    asof = date(2026, 5, 15)
    # Kickoff happened, but was never planned as an Iteration 0: the issues sit outside any iteration.
    p.issue("Customer kickoff – Acme Corp", date(2025, 12, 16), state="closed", closed=date(2025, 12, 19),
            labels=["SOW-1234", "PSD Workflow::Done"], weight=1, due=date(2025, 12, 19))
    p.issue("Communication plan", date(2025, 12, 16), labels=["SOW-1234"], weight=1,
            description="## Cadence\n- Daily stand-up: Mon–Fri 09:30 CET, 15 minutes\n- Iteration planning and review every two weeks\n"
                        "- Weekly status report to the steering committee\n")
    for n, it in enumerate(its, start=1):
        s = date.fromisoformat(it["startDate"])
        e = date.fromisoformat(it["dueDate"])
        started = s <= asof
        closed = e < asof
        cer = ["ceremony::planning"]
        if n != 4:  # planted: Iteration 4 had no planning (PSDM-CER-001)
            p.issue(f"Iteration {n} planning", s - timedelta(days=3), iteration=it, state="closed" if started else "opened",
                    closed=s if started else None, due=s, labels=["SOW-1234"] + cer)
        if n != 6 and closed:  # planted: Iteration 6 closed without a review (PSDM-CER-002)
            p.issue(f"Iteration {n} review / status report", s, iteration=it, state="closed", closed=e, due=e,
                    labels=["SOW-1234"])
        if closed:
            p.issue(f"Backlog refinement – Iteration {n}", s, iteration=it, state="closed",
                    closed=s + timedelta(days=7), due=s + timedelta(days=7), labels=["SOW-1234"])
            if n % 3 == 0 or n >= 8:
                p.issue(f"Iteration {n} retrospective", s, iteration=it, state="closed", closed=e, due=e,
                        labels=["SOW-1234"])
        for k in range(4 if closed else 5):
            title = WORK[(n + k) % len(WORK)].format(n=n)
            if closed:
                p.issue(title, s - timedelta(days=2), iteration=it, state="closed", closed=e - timedelta(days=k),
                        labels=["SOW-1234", "PSD Workflow::Done"], weight=1 + (n + k) % 3, epic=1 + n % 3)
            else:
                issue = p.issue(title, s - timedelta(days=2), iteration=it,
                                labels=["SOW-1234", "PSD Workflow::In Progress" if started else "PSD Workflow::To Do"],
                                weight=1 + (n + k) % 3, epic=1 + n % 3, updated=asof - timedelta(days=1),
                                description=criteria(title))
    # planted: two planned issues nobody estimated (PSDM-WGT-001)
    for n in (10, 12):
        planned = [i for i in p.issues if i.get("iterationId") == its[n - 1]["id"] and "weight" in i
                   and any(l.startswith("PSD Workflow::") for l in i["labels"])]
        planned[0].pop("weight")
        print(f"unweighted: #{planned[0]['iid']} in Iteration {n}")
    # planted: an upcoming issue without acceptance criteria (PSDM-BKL-001) and one too big to be atomic (PSDM-WGT-002)
    no_criteria = [i for i in p.issues if i.get("iterationId") == its[11]["id"] and i["title"].startswith("Document")][0]
    no_criteria["description"] = "## Overview\nCut-over runbook for wave 12.\n\n## Tasks\n- [ ] write it\n"
    print(f"no acceptance criteria: #{no_criteria['iid']}")
    heavy = [i for i in p.issues if i.get("iterationId") == its[10]["id"] and i["title"].startswith("Migrate")][0]
    heavy["weight"] = 8
    print(f"weight 8: #{heavy['iid']}")
    # RAID log
    raid = ["SOW-1234", "PS RAID Log"]
    p.issue("Risk: LDAP group sync may not map to GitLab groups", date(2026, 1, 6), labels=raid + ["PS Risk"],
            updated=asof - timedelta(days=3))
    p.issue("Decision: migrate archived projects read-only", date(2026, 2, 2), labels=raid, state="closed",
            closed=date(2026, 2, 20))
    p.issue("Action: customer to provide service account for Jenkins", date(2026, 3, 2), labels=raid,
            updated=asof - timedelta(days=10))
    p.issue("Risk: Vendor API access for the artifact migration", date(2026, 3, 16), labels=raid + ["PS Risk"],
            updated=asof - timedelta(days=20))
    print(f"stale RAID item: #{len(p.issues)}")  # planted: stale (PSDM-RAID-002)
    p.issue("Issue: runner capacity during wave 3", date(2026, 4, 1), labels=raid, updated=asof - timedelta(days=2),
            assignees=())
    print(f"unassigned RAID item: #{len(p.issues)}")  # planted: no DRI (PSDM-RAID-003)
    p.issue("Escalated: production cut-over window not confirmed", date(2026, 4, 20),
            labels=raid + ["PS:: Priority High", "Escalated"], updated=asof - timedelta(days=9))
    print(f"stale high-priority RAID item: #{len(p.issues)}")  # planted: stale, high
    # planted: work outside the board and the epics (PSDM-LBL-002, PSDM-EPIC-001)
    p.issue("Ad-hoc: LDAP group report for the customer", date(2026, 5, 12), iteration=its[9], labels=["SOW-1234"],
            weight=2, updated=asof - timedelta(days=1), description=criteria("LDAP group report"))
    print(f"off the board, no epic: #{len(p.issues)}")
    # planted: a confidential issue the customer's developers can still read (PSDM-CONF-001)
    p.issue("Commercials: change order pricing", date(2026, 4, 2), state="closed", closed=date(2026, 4, 10),
            labels=["SOW-1234"], confidential=True)
    print(f"confidential: #{len(p.issues)}")
    names = ["SOW-1234", "PM::Jane Doe", *WORKFLOW, "PS RAID Log", "PS Risk", "PS:: Priority High", "Escalated",
             "ceremony::planning", "ceremony::review", "ceremony::retrospective"]
    milestones = [
        {"id": 501, "iid": 1, "title": "Phase 1 – Discovery & design", "state": "closed", "startDate": "2026-01-05",
         "dueDate": "2026-02-15", "webUrl": f"{p.web}/-/milestones/1"},
        {"id": 502, "iid": 2, "title": "Phase 2 – Migration waves", "state": "active", "startDate": "2026-02-16",
         "dueDate": "2026-05-24", "webUrl": f"{p.web}/-/milestones/2"},
        {"id": 503, "iid": 3, "title": "Phase 3 – Hypercare", "state": "active", "startDate": "2026-05-25",
         "dueDate": "2026-06-21", "webUrl": f"{p.web}/-/milestones/3"}]
    epics = [{"id": 8000 + i, "iid": i, "title": t, "state": "opened", "labels": ["SOW-1234"],
              "webUrl": f"{p.group['webUrl']}/-/epics/{i}"}
             for i, t in enumerate(["Workstream: repository migration", "Workstream: CI/CD migration",
                                    "Workstream: enablement"], start=1)]
    boards = [{"id": 61, "name": "Delivery board",
               "lists": [{"id": 610 + i, "label": l, "position": i} for i, l in enumerate(WORKFLOW)]}]
    wiki = [{"title": "Home", "slug": "home"}, {"title": "Communication Plan", "slug": "communication-plan"},
            {"title": "Cut-over runbook", "slug": "cut-over-runbook"}]
    p.write("large-project.json", iso(asof, 12), labels(names), milestones, epics, boards, wiki)


def small():
    p = Project(5120, 51, "gitlab-com/gl-professional-services/customers/globex", "Globex – CI/CD enablement",
                "gitlab-com/gl-professional-services/customers/globex/globex-collaboration", date(2026, 1, 26))
    it0 = p.iteration(1, "Iteration 0 – Kickoff & discovery", date(2026, 2, 2))
    its = [p.iteration(n + 1, f"Iteration {n}", date(2026, 2, 16) + timedelta(days=14 * (n - 1))) for n in range(1, 4)]
    asof = date(2026, 3, 20)
    p.issue("Customer kickoff", date(2026, 1, 27), iteration=it0, state="closed", closed=date(2026, 2, 3),
            due=date(2026, 2, 3), labels=["PO#98765", "PSD Workflow::Done"], weight=1)
    p.issue("Stakeholder planning", date(2026, 1, 27), iteration=it0, state="closed", closed=date(2026, 2, 5),
            due=date(2026, 2, 5), labels=["PO#98765", "PSD Workflow::Done"], weight=1)
    p.issue("Discovery sessions: pipelines and runners", date(2026, 1, 27), iteration=it0, state="closed",
            closed=date(2026, 2, 12), labels=["PO#98765", "PSD Workflow::Done"], weight=2)
    p.issue("Communication plan", date(2026, 1, 27), iteration=it0, state="closed", closed=date(2026, 2, 6),
            labels=["PO#98765"], weight=1, description="Weekly status every Friday by e-mail; no daily standup.")
    week = date(2026, 2, 2)
    while week + timedelta(days=6) < asof:
        friday = week + timedelta(days=4)
        p.issue(f"Weekly status – week of {week.isoformat()}", week, state="closed", closed=friday, due=friday,
                labels=["PO#98765"])
        week += timedelta(days=7)
    for n, it in enumerate(its, start=1):
        s = date.fromisoformat(it["startDate"])
        e = date.fromisoformat(it["dueDate"])
        for k, title in enumerate(["Pipeline template for team {n}", "Runner autoscaling step {n}",
                                   "Enablement session {n}"]):
            if e < asof:
                p.issue(title.format(n=n), s, iteration=it, state="closed", closed=e, weight=2,
                        labels=["PO#98765", "PSD Workflow::Done"])
            else:
                p.issue(title.format(n=n), s - timedelta(days=3), iteration=it, weight=1 + k,
                        labels=["PO#98765", "PSD Workflow::To Do"], updated=asof - timedelta(days=1), epic=1,
                        description=criteria(title.format(n=n)))
    p.issue("Risk: shared runners quota", date(2026, 2, 4), labels=["PO#98765", "PS RAID Log", "PS Risk"],
            updated=asof - timedelta(days=4))
    p.issue("Internal retrospective – Iteration 1", date(2026, 3, 2), state="closed", closed=date(2026, 3, 3),
            labels=["PO#98765", "PS Internal Retro"])
    names = ["PO#98765", "PM::Sam Lee", *WORKFLOW, "PS RAID Log", "PS Risk", "PS:: Priority High", "PS Internal Retro"]
    milestones = [{"id": 601, "iid": 1, "title": "Enablement", "state": "active", "startDate": "2026-02-02",
                   "dueDate": "2026-03-29", "webUrl": f"{p.web}/-/milestones/1"}]
    boards = [{"id": 71, "name": "Delivery board",
               "lists": [{"id": 710 + i, "label": l, "position": i} for i, l in enumerate(WORKFLOW)]}]
    epics = [{"id": 8101, "iid": 1, "title": "CI/CD enablement", "state": "opened", "labels": [],
              "webUrl": f"{p.group['webUrl']}/-/epics/1"}]
    p.write("small-project.json", iso(asof, 12), labels(names), milestones, epics, boards,
            [{"title": "Home", "slug": "home"}])


if __name__ == "__main__":
    large()
    small()
