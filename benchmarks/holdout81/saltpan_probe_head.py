# expect: clean
"""Salt-pan brine sensor: how strongly the read-out layer drives the evaporation estimate (frozen eval model)."""
import torch
import torch.nn as nn


class BrineNet(nn.Module):
    def __init__(self, n_chan=4, emb=6, hidden=8):
        super().__init__()
        self.stem = nn.Linear(n_chan, emb)
        self.rnn = nn.RNN(emb, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.stem(x)))
        return self.head(h[:, -1])


def sensitivity(model, x, wrt):
    out = model(x).sum()
    (g,) = torch.autograd.grad(out, wrt)
    return g.abs().mean().item()


def main():
    torch.manual_seed(5)
    model = BrineNet().eval()
    x = torch.randn(4, 10, 4)
    score = sensitivity(model, x, model.head.weight)
    print("head sensitivity", round(score, 5))


if __name__ == "__main__":
    main()
