# expect: clean
"""Chandler wick-burn relevance: gradient*input relevance over flame-height sequences.

The scorer was rewritten around an explicit `nn.LSTMCell` loop (to expose per-step states for the
plot), so the eval-mode relevance pass never touches a fused cuDNN RNN kernel.
"""
import torch
import torch.nn as nn

torch.manual_seed(9)


class WickScorer(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):
        b, t, _ = x.shape
        h = x.new_zeros(b, self.hidden)
        c = x.new_zeros(b, self.hidden)
        for i in range(t):
            h, c = self.cell(x[:, i], (h, c))
        return self.out(self.drop(h)).squeeze(-1)


def grad_times_input(model, x):
    model.eval()
    x = x.clone().requires_grad_(True)
    model.zero_grad()
    model(x).sum().backward()
    return (x.grad * x).sum(-1).detach()


def main():
    model = WickScorer()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(5, 9, 3), torch.randn(5)
    for _ in range(3):
        model.train()
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    rel = grad_times_input(model, x[:2])
    print("most relevant step per candle:", rel.abs().argmax(1).tolist())


if __name__ == "__main__":
    main()
