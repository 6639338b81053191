# expect: clean
"""Weir sluice discharge: saliency-based pruning scores computed on a validation batch."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SluiceNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 12, batch_first=True)
        self.mid = nn.Linear(12, 12)
        self.out = nn.Linear(12, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(torch.relu(self.mid(h[:, -1]))).squeeze(-1)


def train_steps(model, opt, n=3):
    model.train()
    for _ in range(n):
        x = torch.randn(6, 5, 3)
        y = x.sum((1, 2))
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()


def prunable(model):
    return [model.mid.weight, model.out.weight]  # only the dense layers after the GRU


def snip_scores(model, x, y):
    model.eval()
    loss = F.mse_loss(model(x), y)
    params = prunable(model)
    grads = torch.autograd.grad(loss, params)
    return [(p * g).abs() for p, g in zip(params, grads)]


def apply_masks(params, scores, keep=0.7):
    with torch.no_grad():
        for p, s in zip(params, scores):
            k = max(1, int(s.numel() * (1 - keep)))
            thresh = s.flatten().kthvalue(k).values
            p.mul_((s > thresh).float())


def main():
    torch.manual_seed(6)
    model = SluiceNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.02)
    train_steps(model, opt)
    xv = torch.randn(8, 5, 3)
    scores = snip_scores(model, xv, xv.sum((1, 2)))
    apply_masks(prunable(model), scores)
    train_steps(model, opt)
    print("pruned and retrained")


if __name__ == "__main__":
    main()
