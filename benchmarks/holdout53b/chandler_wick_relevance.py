# expect: crash
"""Chandler wick-burn relevance: gradient*input relevance over flame-height sequences.

The scorer uses a fused `nn.LSTM`; the relevance pass runs in eval mode so dropout is off.
"""
import torch
import torch.nn as nn

torch.manual_seed(9)


class WickScorer(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)


def grad_times_input(model, x):
    model.eval()
    x = x.clone().requires_grad_(True)
    model.zero_grad()
    model(x).sum().backward()  # TM001-here
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
