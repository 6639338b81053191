# expect: clean
"""Glassblower furnace temperature: SNIP-like pruning scores computed on a validation batch, RNN put back in train mode."""
import torch
import torch.nn as nn


class Furnace(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(4, 10)
        self.rnn = nn.RNN(10, 10, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(10, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.inp(x)))
        return self.out(h[:, -1]).squeeze(-1)


def connection_scores(model, xb, yb):
    model.zero_grad()
    loss = nn.functional.mse_loss(model(xb), yb)
    loss.backward()
    return {
        n: (p.grad * p).abs().detach() for n, p in model.named_parameters() if p.grad is not None}


def prune(model, scores, keep=0.7):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = int(keep * flat.numel())
    thr = flat.kthvalue(flat.numel() - k + 1).values
    with torch.no_grad():
        for n, p in model.named_parameters():
            if n in scores:
                p.mul_((scores[n] >= thr).float())


def main():
    torch.manual_seed(5)
    model = Furnace()
    xv, yv = torch.randn(4, 6, 4), torch.randn(4)
    model.eval()
    with torch.no_grad():
        print("val before", nn.functional.mse_loss(model(xv), yv).item())
    model.training = False  # keep the wrapper flagged as not training while scoring
    model.rnn.train()
    scores = connection_scores(model, xv, yv)
    prune(model, scores)
    print("pruned", len(scores))


main()
