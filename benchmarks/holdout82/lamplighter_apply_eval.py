# expect: crash
"""Street-lamp outage forecaster: deterministic fine-tuning by switching stochastic layers off with apply()."""
import torch
from torch import nn

STOCHASTIC = (nn.Dropout, nn.LSTM)


class LampNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.drop = nn.Dropout(0.2)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(self.drop(self.embed(x)))
        return self.out(h[:, -1])


def freeze_stochastic(module):
    if isinstance(module, STOCHASTIC):
        module.eval()


def main():
    torch.manual_seed(4)
    model = LampNet()
    model.train()
    model.apply(freeze_stochastic)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    x, y = torch.randn(6, 10, 3), torch.randint(0, 2, (6,))
    for step in range(3):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
