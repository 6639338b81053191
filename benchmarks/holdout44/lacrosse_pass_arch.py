# expect: crash
"""Lacrosse passing: predict pass completion from stick-tracker sequences.

The architecture is picked by name; a temperature is calibrated on held-out games before a short
fine-tune with the calibrated temperature folded into the loss.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

RUN = {"arch": "gru", "feats": 4, "hidden": 8, "batch": 6, "steps": 5, "finetune_steps": 3}


class ConvPass(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.conv = nn.Conv1d(feats, hidden, 3, padding=1)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.out(F.relu(self.conv(x.transpose(1, 2))).mean(-1))


class GRUPass(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.rnn = nn.GRU(feats, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


class GRUCellPass(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.cell = nn.GRUCell(feats, hidden)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.out(h)


def build(run):
    if run["arch"] == "conv":
        model = ConvPass(run["feats"], run["hidden"])
    elif run["arch"] == "gru":
        model = GRUPass(run["feats"], run["hidden"])
    elif run["arch"] == "gru_cell":
        model = GRUCellPass(run["feats"], run["hidden"])
    else:
        raise ValueError(run["arch"])
    return model


def games(run, n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(run["batch"], run["steps"], run["feats"], generator=g),
             torch.randint(0, 2, (run["batch"],), generator=g)) for _ in range(n)]


def calibrate_temperature(model, data, iters=20):
    model.eval()
    with torch.no_grad():
        logits = torch.cat([model(x) for x, _ in data])
        labels = torch.cat([y for _, y in data])
    log_t = torch.zeros(1, requires_grad=True)
    opt = torch.optim.Adam([log_t], lr=0.1)
    for _ in range(iters):
        nll = F.cross_entropy(logits / log_t.exp(), labels)
        opt.zero_grad()
        nll.backward()
        opt.step()
    return log_t.exp().item()


def main(run=RUN):
    torch.manual_seed(11)
    model = build(run)
    temperature = calibrate_temperature(model, games(run, 2, 1))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step, (x, y) in enumerate(games(run, run["finetune_steps"], 2)):
        loss = F.cross_entropy(model(x) / temperature, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"{run['arch']} step {step} T={temperature:.3f} loss={loss.item():.4f}")


if __name__ == "__main__":
    main()
