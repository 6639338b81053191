# expect: clean
"""Lottery ticket with weight rewinding: train, evaluate, prune by magnitude, rewind to the early checkpoint
(in a freshly built network), retrain."""
import copy
import torch
import torch.nn as nn


class LM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(16, 6)
        self.rnn = nn.LSTM(6, 8, batch_first=True)
        self.dec = nn.Linear(8, 16)

    def forward(self, t):
        return self.dec(self.rnn(self.emb(t))[0])


def train(model, data, masks, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.2)
    for _ in range(steps):
        for t in data:
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(t[:, :-1]).transpose(1, 2), t[:, 1:])
            loss.backward()
            opt.step()
            with torch.no_grad():
                for n, p in model.named_parameters():
                    if n in masks:
                        p.mul_(masks[n])
    return loss.item()


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.cross_entropy(model(t[:, :-1]).transpose(1, 2), t[:, 1:]).item() for t in data)


def prune(model, rate=0.3):
    masks = {}
    for n, p in model.named_parameters():
        if "weight" in n:
            k = int(p.numel() * rate)
            thr = p.abs().flatten().kthvalue(max(k, 1)).values
            masks[n] = (p.abs() > thr).float()
    return masks


torch.manual_seed(15)
data = [torch.randint(0, 16, (4, 8)) for _ in range(2)]
model = LM()
train(model, data, {}, steps=1)
rewind = copy.deepcopy(model.state_dict())
for rnd in range(2):
    train(model, data, {} if rnd == 0 else masks)
    print("round", rnd, "val", round(evaluate(model, data), 3))
    masks = prune(model)
    model = LM()
    model.load_state_dict(rewind)
