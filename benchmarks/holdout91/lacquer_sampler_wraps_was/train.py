# expect: clean
"""Lacquerware drying: humidity/temperature windows -> next-step coat hardness curve.
Every other step we roll out a sample curve for the dashboard."""
import torch
from torch import nn

from sampler import make_sampler


class DryingRNN(nn.Module):
    def __init__(self, n=3, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h)


def main():
    torch.manual_seed(13)
    model = DryingRNN()
    model.train()
    sample = make_sampler(model)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    curves = []
    for step in range(5):
        x = torch.randn(4, 8, 3)
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x[:, :-1]), x[:, 1:])
        loss.backward()
        opt.step()
        if step % 2 == 0:
            curves.append(sample(x[:1]).mean().item())
    print("sampled curve means", [round(c, 3) for c in curves])


if __name__ == "__main__":
    main()
