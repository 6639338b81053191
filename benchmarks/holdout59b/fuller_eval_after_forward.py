# expect: clean
"""Fuller's mill shrinkage model: each step logs a dropout-free metric between the forward and the backward."""
import torch
import torch.nn as nn

torch.manual_seed(14)


class ShrinkNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.drop(self.lstm(x)[0][:, -1])).squeeze(-1)


def deterministic_mae(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x) - y).abs().mean().item()


def step(model, opt, x, y, log):
    model.train()
    loss = nn.functional.smooth_l1_loss(model(x), y)
    log.append(deterministic_mae(model, x, y))  # leaves the model in eval ...
    opt.zero_grad()
    loss.backward()  # ... but this graph was recorded in train mode
    opt.step()
    return loss.item()


def main():
    model = ShrinkNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    log = []
    for i in range(4):
        x = torch.randn(6, 8, 3)
        y = x[:, :, 1].mean(1)
        print(i, round(step(model, opt, x, y, log), 4), round(log[-1], 4))


if __name__ == "__main__":
    main()
