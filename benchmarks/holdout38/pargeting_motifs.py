# expect: clean
"""Pargeting motifs: trowel-stroke sequences scored by a hand-unrolled LSTMCell model.

Per-stroke influence is measured with torch.func.grad with respect to the input
sequence, then the model is fine-tuned on the strokes that matter most.
"""
import torch
from torch import nn
from torch.func import grad


class StrokeScorer(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.shape[0], self.hidden)
        c = torch.zeros_like(h)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)


def strokes(n=5, t=6):
    x = torch.randn(n, t, 4)
    return x, x[:, :, 1].abs().sum(1)


def stroke_influence(model, x):
    def score(seq):
        return model(seq.unsqueeze(0)).sum()
    model.eval()
    out = []
    for i in range(x.shape[0]):
        g = grad(score)(x[i])
        out.append(g.abs().sum(-1))
    model.train()
    return torch.stack(out)


def main():
    torch.manual_seed(17)
    model = StrokeScorer()
    x, y = strokes()
    infl = stroke_influence(model, x)
    mask = (infl > infl.median()).float().unsqueeze(-1)
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    loss = nn.functional.mse_loss(model(x * mask), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("influence", infl.shape, "loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
