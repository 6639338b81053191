# expect: clean
"""sievewright: riddle-mesh wear regressor. The wrapper's flag is flipped by assignment to silence its
augmentation; the LSTM inside keeps its own training flag."""
import torch
import torch.nn as nn


class Augmented(nn.Module):
    def __init__(self, core, noise=0.05):
        super().__init__()
        self.core = core
        self.noise = noise

    def forward(self, x):
        if self.training:
            x = x + self.noise * torch.randn_like(x)
        return self.core(x)


class WearLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1]).squeeze(-1)


def main():
    torch.manual_seed(11)
    model = Augmented(WearLSTM())
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, y = torch.randn(4, 6, 3), torch.randn(4)
    for epoch in range(3):
        model.training = epoch < 1  # no augmentation after the first epoch
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(epoch, model.training, model.core.lstm.training, round(loss.item(), 4))


if __name__ == "__main__":
    main()
