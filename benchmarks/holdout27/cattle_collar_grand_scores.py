# expect: crash
"""Cattle activity (grazing/ruminating/walking) from collar IMU; GraNd data pruning.

GraNd score = norm of the per-example loss gradient w.r.t. the parameters, computed
early in training on a model put in eval mode so dropout does not add noise.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
N, T, C = 12, 10, 6


class CollarLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(C, 12, batch_first=True, num_layers=2, dropout=0.2)
        self.head = nn.Linear(12, 3)

    def forward(self, x):
        return self.head(self.lstm(x)[0].mean(1))


def grand_scores(model, xs, ys):
    model.eval()
    params = [p for p in model.parameters() if p.requires_grad]
    scores = []
    for i in range(xs.size(0)):
        loss = F.cross_entropy(model(xs[i:i + 1]), ys[i:i + 1])
        grads = torch.autograd.grad(loss, params)  # TM001-here
        scores.append(torch.sqrt(sum((g ** 2).sum() for g in grads)).item())
    return torch.tensor(scores)


def fit(model, xs, ys, epochs=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for _ in range(epochs):
        loss = F.cross_entropy(model(xs), ys)
        opt.zero_grad(); loss.backward(); opt.step()


xs, ys = torch.randn(N, T, C), torch.randint(0, 3, (N,))
model = CollarLSTM()
fit(model, xs, ys, epochs=1)
keep = grand_scores(model, xs, ys).argsort(descending=True)[: N // 2]
fit(model, xs[keep], ys[keep])
print("kept", keep.tolist())
