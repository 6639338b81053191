from torch import nn


class GaitLSTM(nn.Module):
    """Horse gait (walk/trot/canter/gallop) from hoof-sensor accelerations."""

    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 4)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1])
