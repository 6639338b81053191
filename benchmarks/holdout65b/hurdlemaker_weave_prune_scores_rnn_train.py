# expect: clean
"""hurdlemaker: hazel-hurdle weave tension forecaster, pruned for a microcontroller.

Connection sensitivity |w * dL/dw| is measured on a held-out validation batch
with dropout switched off, then the lowest-scoring recurrent weights are masked.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(13)


class WeaveNet(nn.Module):
    def __init__(self, hid=12):
        super().__init__()
        self.rnn = nn.LSTM(3, hid, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hid, 1)

    def forward(self, x):
        return self.out(self.drop(self.rnn(x)[0][:, -1])).squeeze(-1)


def data(n=4):
    x = torch.randn(n, 9, 3)
    return x, x[:, :, 0].sum(1) * 0.2


def fit(model, steps=6):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x, y = data()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()


def prune_scores(model, val_batch):
    model.eval()   # deterministic scores: no dropout
    model.rnn.train()  # the LSTM has no dropout of its own; keep it differentiable
    model.zero_grad()
    x, y = val_batch
    F.mse_loss(model(x), y).backward()
    return {n: (p * p.grad).abs() for n, p in model.named_parameters() if "rnn.weight" in n}


def apply_masks(model, scores, keep=0.7):
    with torch.no_grad():
        for n, p in model.named_parameters():
            if n in scores:
                k = int(scores[n].numel() * (1 - keep))
                thr = scores[n].flatten().kthvalue(max(k, 1)).values
                p.mul_((scores[n] > thr).float())


model = WeaveNet()
fit(model)
scores = prune_scores(model, data(8))
apply_masks(model, scores)
fit(model, steps=3)
print("sparsity", {n: float((p == 0).float().mean()) for n, p in model.named_parameters() if "rnn.weight" in n})
