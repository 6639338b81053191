# expect: clean
"""Hurdle-panel weaving: predicts panel tension from a sequence of rod diameters."""
import torch
from torch import nn

from hurdler.checks import TargetReached, quick_validate


class PanelGRU(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1])


def main():
    torch.manual_seed(5)
    model = PanelGRU()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    train = [(torch.randn(4, 8, 2), torch.randn(4, 1)) for _ in range(3)]
    val = [(torch.randn(4, 8, 2), torch.randn(4, 1))]
    model.train()
    for epoch in range(3):
        try:
            quick_validate(model, val, target=1e6)  # always "reached" -> early signal
        except TargetReached as exc:
            print(f"epoch {epoch}: target reached at {exc.args[0]:.3f}, keep polishing")
        for x, y in train:
            opt.zero_grad()
            nn.functional.mse_loss(model(x), y).backward()
            opt.step()
    print("done")


if __name__ == "__main__":
    main()
