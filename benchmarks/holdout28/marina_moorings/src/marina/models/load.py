from torch import nn


class MooringLoad(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.tension = nn.Linear(8, 1)

    def forward(self, x):
        return self.tension(self.lstm(x)[0][:, -1]).squeeze(-1)
