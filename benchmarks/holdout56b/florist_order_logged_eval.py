# expect: clean
"""Florist order-volume forecaster.  Each step logs an "eval-mode" sanity
number for the dashboard; the loss that is back-propagated comes from the
forward pass made before the switch."""
import torch
import torch.nn as nn

torch.manual_seed(71)


class Orders(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 10, batch_first=True, dropout=0.2, num_layers=2)
        self.out = nn.Linear(10, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def dashboard_value(model, x):
    model.eval()
    with torch.no_grad():
        return model(x).mean().item()


def main():
    model = Orders()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    x_dash = torch.randn(3, 7, 4)
    for step in range(5):
        model.train()
        x, y = torch.randn(6, 7, 4), torch.randn(6)
        pred = model(x)
        dash = dashboard_value(model, x_dash)
        loss = nn.functional.mse_loss(pred, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} loss {loss.item():.4f} dashboard {dash:.3f} training={model.training}")


if __name__ == "__main__":
    main()
