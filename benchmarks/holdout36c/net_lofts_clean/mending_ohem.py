# expect: clean
"""Net-loft mending: flag torn meshes from twine-tension sweeps along a drift net.

Online hard-example mining: each batch is scored with the model in eval mode
(dropout off, so the ranking is stable), the hardest half is kept, and the
update is made on those.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

KEEP = 0.5


class MeshTagger(nn.Module):
    def __init__(self, n_in=3, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, sweep):
        out, _ = self.lstm(sweep)
        return self.fc(self.drop(out[:, -1]))


def sweeps(batch=8, steps=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(batch, steps, 3, generator=g)
    torn = (x[:, :, 2].max(1).values > 1.2).long()
    return x, torn


def mine(model, x, y):
    """Per-sample losses with a stable (eval) forward; returns losses and the hard indices."""
    model.eval()
    per_sample = F.cross_entropy(model(x), y, reduction="none")
    k = max(1, int(KEEP * len(y)))
    ranked = sorted(range(len(y)), key=per_sample.tolist().__getitem__, reverse=True)
    return per_sample, ranked[:k]


def step(model, opt, x, y):
    per_sample, hard = mine(model, x, y)
    model.train()
    loss = F.cross_entropy(model(x[hard]), y[hard])
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item(), len(hard)


def main():
    torch.manual_seed(0)
    model = MeshTagger()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for it in range(6):
        x, y = sweeps(seed=it)
        loss, kept = step(model, opt, x, y)
        if it % 2 == 0:
            print(f"iter {it}: hard-example loss {loss:.4f} on {kept} sweeps")
    model.eval()
    with torch.no_grad():
        x, y = sweeps(batch=16, seed=99)
        print("held-out accuracy:", (model(x).argmax(-1) == y).float().mean().item())


if __name__ == "__main__":
    main()
