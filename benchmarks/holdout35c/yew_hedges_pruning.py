# expect: clean
"""Yew-hedge growth: prune the training set of hedge-survey sequences by
per-sample gradient norm before the main fit (drop the noisiest surveys).

Per-sample gradients come from ``torch.func.grad``; the scoring generator runs
them with cuDNN switched off, the only setting under which functorch can see
through the fused RNN kernel.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad


class GrowthLSTM(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


def make_scorer(model):
    def loss_of(params, x, y):
        pred = functional_call(model, params, (x.unsqueeze(0),))
        return F.mse_loss(pred, y.unsqueeze(0))
    return grad(loss_of)


def grad_norms(model, xs, ys):
    """Yield (index, per-sample gradient norm), lazily."""
    scorer = make_scorer(model)
    params = {k: v.detach() for k, v in model.named_parameters()}
    with torch.backends.cudnn.flags(enabled=False):
        for i, (x, y) in enumerate(zip(xs, ys)):
            g = scorer(params, x, y)
            yield i, torch.sqrt(sum(v.pow(2).sum() for v in g.values())).item()


def fit(model, xs, ys, epochs=3, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for _ in range(epochs):
        opt.zero_grad()
        loss = F.mse_loss(model(xs), ys)
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(29)
    xs, ys = torch.randn(12, 7, 4), torch.randn(12, 1)
    model = GrowthLSTM()
    fit(model, xs, ys, epochs=1)
    scores = sorted(list(grad_norms(model, xs, ys)), key=lambda t: t[1])
    keep = torch.tensor([i for i, _ in scores[: int(0.75 * len(scores))]])
    print("dropped surveys", sorted(i for i, _ in scores[len(keep):]))
    print("loss after pruning", round(fit(model, xs[keep], ys[keep]), 4))


if __name__ == "__main__":
    main()
