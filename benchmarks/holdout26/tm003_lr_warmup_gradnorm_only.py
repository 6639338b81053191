# expect: clean
"""Railway delay LSTM: warm-up LR from the gradient norm; create_graph=True is kept but nothing differentiates again."""
import torch
import torch.nn as nn

torch.manual_seed(25)


class Delay(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def grad_norm(model, x, y):
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, list(model.parameters()), create_graph=True)
    return torch.sqrt(sum(g.pow(2).sum() for g in grads)).item()


if __name__ == "__main__":
    m = Delay()
    x, y = torch.randn(6, 9, 4), torch.randn(6)
    gn = grad_norm(m, x, y)
    lr = min(0.1, 0.5 / (gn + 1e-3))
    opt = torch.optim.SGD(m.parameters(), lr=lr)
    opt.zero_grad()
    nn.functional.mse_loss(m(x), y).backward()
    opt.step()
    print("warm-up lr", lr)
