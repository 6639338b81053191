# expect: crash
"""Beer fermentation gravity curves; lottery-ticket rewinding to step-k weights.

Each round: train, evaluate, prune by magnitude, rewind survivors to the early snapshot
and retrain. The rewind helper loads the snapshot into the evaluated model.
"""
import copy
import torch
import torch.nn as nn

torch.manual_seed(2)


class GravityRNN(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0]).squeeze(-1)


def batches(n=3):
    for _ in range(n):
        t = torch.linspace(0, 1, 9).repeat(4, 1)
        temp = torch.randn(4, 9) * 0.1
        x = torch.stack([t, temp], -1)
        yield x, 1.05 - 0.04 * t + temp * 0.01


def train(model, opt, steps):
    for x, y in batches(steps):
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


def evaluate(model):
    model.eval()
    with torch.no_grad():
        return sum(((model(x) - y) ** 2).mean().item() for x, y in batches(2))


def magnitude_masks(model, frac):
    masks = {}
    for name, p in model.named_parameters():
        if p.dim() > 1:
            k = int(p.numel() * frac)
            thr = p.abs().flatten().kthvalue(max(k, 1)).values
            masks[name] = (p.abs() > thr).float()
    return masks


def rewind(model, snapshot, masks):
    model.load_state_dict(snapshot)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name in masks:
                p.mul_(masks[name])


model = GravityRNN()
model.train()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
train(model, opt, 1)
snapshot = copy.deepcopy(model.state_dict())
for rnd in range(2):
    train(model, opt, 2)
    print("round", rnd, "val", round(evaluate(model), 4))
    rewind(model, snapshot, magnitude_masks(model, 0.2 * (rnd + 1)))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
