# expect: crash
"""Cheesewright: whey-acidity forecasting with a gradient-norm penalty (flat-minimum regulariser)."""
import torch
import torch.nn as nn


class WheyNet(nn.Module):
    def __init__(self, d=2, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.fc = nn.Linear(h, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def penalised_loss(model, x, y, lam=0.1):
    loss = ((model(x) - y) ** 2).mean()
    grads = torch.autograd.grad(loss, list(model.parameters()), create_graph=True)
    gnorm = torch.sqrt(sum((g ** 2).sum() for g in grads))
    return loss + lam * gnorm, gnorm.detach()


def main():
    torch.manual_seed(17)
    model = WheyNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    x, y = torch.randn(8, 6, 2), torch.randn(8)
    model.train()
    for step in range(3):
        total, gn = penalised_loss(model, x, y)
        opt.zero_grad()
        total.backward()  # TM003-here
        opt.step()
        print(f"step {step} total {total.item():.4f} gnorm {gn.item():.4f}")


if __name__ == "__main__":
    main()
