import torch.nn as nn


class RipenessNet(nn.Module):
    """Scores a pickling batch of green walnuts from daily brine acidity readings."""

    def __init__(self, hidden, layers=1):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, num_layers=layers, batch_first=True)
        self.out = nn.Linear(hidden, 4)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.out(h[-1])


def build(kind):
    return {"teacher": lambda: RipenessNet(16, layers=2), "student": lambda: RipenessNet(4)}[kind]()
