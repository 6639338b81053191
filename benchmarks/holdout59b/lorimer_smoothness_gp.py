# expect: crash
"""Lorimer bridle-strain forecaster trained with an input-gradient smoothness penalty (double backprop)."""
import torch
import torch.nn as nn

torch.manual_seed(4)


class StrainRNN(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.RNN(4, hidden, batch_first=True, nonlinearity="tanh")
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)


def penalised_loss(model, x, y, lam=0.1):
    x = x.requires_grad_(True)
    pred = model(x)
    mse = nn.functional.mse_loss(pred, y)
    (gx,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
    return mse + lam * gx.pow(2).sum(dim=(1, 2)).mean(), mse.item()


def main():
    model = StrainRNN()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for step in range(4):
        x = torch.randn(5, 8, 4)
        y = x.sum(dim=(1, 2)) * 0.1
        loss, mse = penalised_loss(model, x, y)
        opt.zero_grad()
        loss.backward()  # TM003-here
        opt.step()
        print(f"step {step} mse {mse:.4f}")


if __name__ == "__main__":
    main()
