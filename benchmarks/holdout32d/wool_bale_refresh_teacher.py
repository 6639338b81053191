# expect: crash
"""Wool bale grading from fleece-scanner sequences (fibre diameter along the staple).

A GRU teacher trained on graded bales labels the ungraded ones for a small
student. Both are scored between epochs; every second epoch the teacher is
refreshed on a few newly graded bales.
"""
import torch
import torch.nn as nn

torch.manual_seed(23)
SEG, FEATS, GRADES = 8, 3, 4
ROLES = [
    {"role": "teacher", "hidden": 16},
    {"role": "student", "hidden": 6},
]


class Grader(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(FEATS, hidden, batch_first=True)
        self.out = nn.Linear(hidden, GRADES)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h.mean(1))


def bales(n=6):
    x = torch.randn(n, SEG, FEATS)
    return x, (x[..., 0].mean(1) * 4 + 2).long().clamp(0, GRADES - 1)


def setup(roles):
    for r in roles:
        r["net"] = Grader(r["hidden"])
        r["opt"] = torch.optim.Adam(r["net"].parameters(), lr=1e-2)
        r["scores"] = []
    return {r["role"]: r for r in roles}


def apply_update(bundle, loss):
    bundle["opt"].zero_grad()
    loss.backward()  # TM001-here
    bundle["opt"].step()
    return loss.item()


def pretrain_teacher(t, steps=3):
    t["net"].train()
    for _ in range(steps):
        x, y = bales()
        apply_update(t, nn.functional.cross_entropy(t["net"](x), y))


def distil_epoch(t, s, steps=2, temp=2.0):
    s["net"].train()
    for _ in range(steps):
        x, _ = bales()
        with torch.no_grad():
            soft = (t["net"](x) / temp).softmax(-1)
        logp = (s["net"](x) / temp).log_softmax(-1)
        apply_update(s, nn.functional.kl_div(logp, soft, reduction="batchmean"))


def refresh_teacher(t, steps=1):
    for _ in range(steps):
        x, y = bales(4)
        apply_update(t, nn.functional.cross_entropy(t["net"](x), y))


def score_all(by_role):
    x, y = bales(12)
    for r in by_role.values():
        r["net"].eval()
        with torch.no_grad():
            r["scores"].append(round((r["net"](x).argmax(-1) == y).float().mean().item(), 3))


def main(epochs=3):
    by_role = setup(ROLES)
    t, s = by_role["teacher"], by_role["student"]
    pretrain_teacher(t)
    for epoch in range(epochs):
        distil_epoch(t, s)
        score_all(by_role)
        if epoch % 2 == 1:
            refresh_teacher(t)
    print({k: r["scores"] for k, r in by_role.items()})


if __name__ == "__main__":
    main()
