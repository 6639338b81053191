# expect: clean
"""Cheesemonger rind ripeness: an LSTM over daily rind readings. Before pruning
we score each weight by |w * dL/dw| on a held-out batch, inside a context manager
class that puts the model into evaluation mode."""
import torch
import torch.nn as nn


class RindModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 12, batch_first=True)
        self.out = nn.Linear(12, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


class Evaluating:
    def __init__(self, module):
        self.module = module

    def __enter__(self):
        self.prev = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.prev)
        return False


def saliency_scores(model, xv, yv):
    with Evaluating(model) as m:
        with torch.no_grad():
            base = nn.functional.mse_loss(m(xv), yv).item()
    # the manager has restored the training flag before the scored pass
    model.zero_grad()
    loss = nn.functional.mse_loss(model(xv), yv)
    loss.backward()
    print("held-out loss before pruning", round(base, 4))
    return {n: (p * p.grad).abs() for n, p in model.named_parameters() if p.grad is not None}


def prune(model, scores, frac=0.2):
    with torch.no_grad():
        for n, p in model.named_parameters():
            s = scores[n].flatten()
            k = max(1, int(frac * s.numel()))
            thr = s.kthvalue(k).values
            p.mul_((scores[n] > thr).float())


if __name__ == "__main__":
    torch.manual_seed(5)
    model = RindModel()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(3):
        x, y = torch.randn(5, 7, 4), torch.randn(5)
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    scores = saliency_scores(model, torch.randn(3, 7, 4), torch.randn(3))
    prune(model, scores)
    print("pruned", sum(int((p == 0).sum()) for p in model.parameters()))
