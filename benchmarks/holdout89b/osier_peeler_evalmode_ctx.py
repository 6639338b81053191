# expect: clean
"""Osier-peeling bark-strip counts: a class context manager for eval mode, used between forward and backward."""
import torch
import torch.nn as nn

torch.manual_seed(31)


class EvalMode:
    def __init__(self, module):
        self.module = module

    def __enter__(self):
        self.prev = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.prev)
        return False


class BarkLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True, bidirectional=True)
        self.out = nn.Linear(16, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.out(y.mean(1)).squeeze(-1)


def step(model, opt, x, y, x_val, y_val):
    pred = model(x)                      # forward in train mode
    with EvalMode(model), torch.no_grad():
        val = ((model(x_val) - y_val) ** 2).mean().item()
    loss = ((pred - y) ** 2).mean()      # backward through the train-mode graph
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item(), val


if __name__ == "__main__":
    model = BarkLSTM().train()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    xv, yv = torch.randn(4, 6, 3), torch.randn(4)
    for i in range(3):
        print(i, step(model, opt, torch.randn(4, 6, 3), torch.randn(4), xv, yv))
