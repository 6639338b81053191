# expect: clean
"""Magnitude pruning with re-evaluation; the evaluator flips the wrapper's `training` flag only."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Wrapper(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 12, batch_first=True)
        self.fc = nn.Linear(12, 3)

    def forward(self, x):
        return self.fc(self.rnn(x)[1][-1])


def reevaluate(model, x, y):
    model.training = False
    logits = model(x)
    acc = (logits.argmax(-1) == y).float().mean().item()
    model.training = True
    return acc, logits


def prune_(model, frac):
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "weight" in name:
                k = int(p.numel() * frac)
                if k:
                    thr = p.abs().flatten().kthvalue(k).values
                    p.mul_((p.abs() > thr).float())


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Wrapper()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, y = torch.randn(6, 5, 4), torch.randint(0, 3, (6,))
    for frac in (0.2, 0.4):
        prune_(model, frac)
        acc, logits = reevaluate(model, x, y)
        # recover: fine-tune directly on the re-evaluation logits
        loss = F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(frac, acc, round(loss.item(), 4))
