# expect: crash
"""Tallow chandlery: wick-burn classes; connection-sensitivity pruning scores on a validation batch."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class WickNet(nn.Module):
    def __init__(self, d=3, h=12):
        super().__init__()
        self.inp = nn.Linear(d, h)
        self.lstm = nn.LSTM(h, h, batch_first=True)
        self.cls = nn.Linear(h, 4)

    def forward(self, x):
        return self.cls(self.lstm(F.relu(self.inp(x)))[0].mean(1))


def validate(model, batch):
    model.eval()
    with torch.no_grad():
        logits = model(batch[0])
    return F.cross_entropy(logits, batch[1]).item()


def prune_scores(model, batch):
    model.zero_grad()
    loss = F.cross_entropy(model(batch[0]), batch[1])
    loss.backward()  # TM001-here
    return {n: (p.grad * p).abs() for n, p in model.named_parameters() if p.dim() > 1}


def apply_masks(model, scores, keep=0.7):
    flat = torch.cat([s.flatten() for s in scores.values()])
    thr = flat.kthvalue(int((1 - keep) * flat.numel()) + 1).values
    with torch.no_grad():
        for n, p in model.named_parameters():
            if n in scores:
                p.mul_((scores[n] > thr).float())


if __name__ == "__main__":
    torch.manual_seed(11)
    model = WickNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train = (torch.randn(8, 5, 3), torch.randint(0, 4, (8,)))
    val = (torch.randn(4, 5, 3), torch.randint(0, 4, (4,)))
    for ep in range(2):
        model.train()
        loss = F.cross_entropy(model(train[0]), train[1])
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("epoch", ep, "val", round(validate(model, val), 4))
    apply_masks(model, prune_scores(model, val))
    print("after pruning val", round(validate(model, val), 4))
