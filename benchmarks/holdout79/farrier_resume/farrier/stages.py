import torch
from torch import nn


class ShoeWear(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)


def batch():
    x = torch.randn(4, 6, 4)
    return x, x[:, -1, :].sum(-1)


def pretrain(keeper, epochs):
    model = ShoeWear()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(epochs):
        model.train()
        for _ in range(2):
            x, y = batch()
            opt.zero_grad()
            nn.functional.mse_loss(model(x), y).backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            x, y = batch()
            keeper.update(model, nn.functional.mse_loss(model(x), y).item())


def restore(keeper):
    return keeper.load()


def resume_and_tune(keeper, steps):
    model = restore(keeper)
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    losses = []
    for _ in range(steps):
        x, y = batch()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        losses.append(round(loss.item(), 4))
    return losses
