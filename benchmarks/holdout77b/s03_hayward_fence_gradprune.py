# expect: crash
"""Hayward fence-line damage: LSTM classifier; connection-sensitivity pruning
scores |w * dL/dw| are computed on a validation batch after an eval pass."""
import torch
import torch.nn as nn

torch.manual_seed(1)


class FenceLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 10, batch_first=True)
        self.out = nn.Linear(10, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h.mean(1))


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


def saliency_scores(model, x, y):
    model.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    return {n: (p * p.grad).abs() for n, p in model.named_parameters() if p.grad is not None}


def prune(model, scores, ratio=0.2):
    for n, p in model.named_parameters():
        s = scores[n].flatten()
        k = max(1, int(ratio * s.numel()))
        thr = s.kthvalue(k).values
        with torch.no_grad():
            p.mul_((scores[n] > thr).float())


model = FenceLSTM()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
xtr, ytr = torch.randn(8, 6, 4), torch.randint(0, 2, (8,))
xva, yva = torch.randn(4, 6, 4), torch.randint(0, 2, (4,))
for ep in range(3):
    model.train()
    opt.zero_grad()
    nn.functional.cross_entropy(model(xtr), ytr).backward()
    opt.step()
print("val acc", evaluate(model, xva, yva))
scores = saliency_scores(model, xva, yva)
prune(model, scores)
print("pruned; val acc", evaluate(model, xva, yva))
