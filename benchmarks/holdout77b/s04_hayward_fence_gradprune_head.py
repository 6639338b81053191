# expect: clean
"""Hayward fence-line damage: after an eval pass the pruning scores are taken
for the head only; the LSTM features are computed under no_grad, so the
backward never reaches the recurrent layer."""
import torch
import torch.nn as nn

torch.manual_seed(1)


class FenceLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 10, batch_first=True)
        self.out = nn.Linear(10, 2)

    def features(self, x):
        h, _ = self.lstm(x)
        return h.mean(1)

    def forward(self, x):
        return self.out(self.features(x))


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


def head_scores(model, x, y):
    model.zero_grad()
    with torch.no_grad():
        feats = model.features(x)
    loss = nn.functional.cross_entropy(model.out(feats), y)
    loss.backward()
    return {n: (p * p.grad).abs() for n, p in model.out.named_parameters()}


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
scores = head_scores(model, xva, yva)
for n, p in model.out.named_parameters():
    thr = scores[n].flatten().kthvalue(max(1, scores[n].numel() // 5)).values
    with torch.no_grad():
        p.mul_((scores[n] > thr).float())
print("pruned head; val acc", evaluate(model, xva, yva))
