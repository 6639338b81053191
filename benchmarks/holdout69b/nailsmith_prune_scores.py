# expect: crash
"""Nailsmith: gradient-based pruning scores computed on a validation batch."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class NailNet(nn.Module):
    def __init__(self, d_in=6, hidden=8, n_cls=3):
        super().__init__()
        self.proj = nn.Linear(d_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])


def validate(model, xb, yb):
    model.eval()
    with torch.no_grad():
        return nn.functional.cross_entropy(model(xb), yb).item()


def snip_scores(model, xb, yb):
    model.zero_grad()
    loss = nn.functional.cross_entropy(model(xb), yb)
    loss.backward()  # TM001-here
    return {n: (p.grad * p).abs().sum().item() for n, p in model.named_parameters() if p.grad is not None}


def main():
    model = NailNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(16, 5, 6), torch.randint(0, 3, (16,))
    xv, yv = torch.randn(8, 5, 6), torch.randint(0, 3, (8,))
    for epoch in range(2):
        model.train()
        for i in range(0, 16, 4):
            opt.zero_grad()
            nn.functional.cross_entropy(model(x[i:i + 4]), y[i:i + 4]).backward()
            opt.step()
        print("epoch", epoch, "val", round(validate(model, xv, yv), 4))
    scores = snip_scores(model, xv, yv)
    print("scores", {k: round(v, 3) for k, v in scores.items()})


if __name__ == "__main__":
    main()
