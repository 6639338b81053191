# expect: crash
"""Salt-pan brine sensor: which input channels drive the evaporation estimate (frozen eval model)."""
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
    (g,) = torch.autograd.grad(out, wrt)  # TM001-here
    return g.abs().mean().item()


def main():
    torch.manual_seed(5)
    model = BrineNet().eval()
    x = torch.randn(4, 10, 4)
    score = sensitivity(model, x, model.stem.weight)
    print("stem sensitivity", round(score, 5))


if __name__ == "__main__":
    main()
