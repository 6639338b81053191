# expect: crash
"""Silversmith polish-time regressor: predicts buffing minutes from a tarnish sensor trace.

Fine-tunes after a quick validation pass; the validation helper leaves the model in eval.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)


class PolishNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


def finetune(model, opt, x, y, steps=3):
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    model = PolishNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(4, 6, 3), torch.rand(4) * 10
    print("val before", validate(model, x, y))
    print("finetune", finetune(model, opt, x, y))


if __name__ == "__main__":
    main()
