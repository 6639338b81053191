# expect: clean
"""Cut-flower stem-length grader (short / standard / long) from the
conveyor camera's width profile, read as a sequence along the stem.

Early stopping: when validation loss stops improving the run restarts from
the best weights, loaded into a freshly built network with a new optimiser.
Validation runs on a throw-away copy of the network.
"""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(91)


class StemNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 8, batch_first=True)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.cls(h[-1])


def data(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.rand(5, 14, 1, generator=g), torch.randint(0, 3, (5,), generator=g)) for _ in range(n)]


def validate(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(F.cross_entropy(model(x), y).item() for x, y in batches) / len(batches)


def main():
    train_b, val_b = data(3, 0), data(2, 1)
    model = StemNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best, best_state, bad = float("inf"), copy.deepcopy(model.state_dict()), 0
    for epoch in range(6):
        for x, y in train_b:
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        v = validate(copy.deepcopy(model), val_b)
        if v < best - 1e-4:
            best, best_state, bad = v, copy.deepcopy(model.state_dict()), 0
        else:
            bad += 1
        if bad >= 1:
            model = StemNet()
            model.load_state_dict(best_state)
            opt = torch.optim.Adam(model.parameters(), lr=5e-3)
            bad = 0
        print(f"epoch {epoch} val {v:.4f} best {best:.4f}")


if __name__ == "__main__":
    main()
