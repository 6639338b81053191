# expect: crash
import torch
from torch import nn

from fletch.task import FlightTask


class SpinLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 12, batch_first=True)
        self.out = nn.Linear(12, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


torch.manual_seed(9)
task = FlightTask(SpinLSTM())
x, y = torch.randn(5, 8, 4), torch.randn(5)
for i in range(3):
    print(i, round(task.update(x, y), 4))
