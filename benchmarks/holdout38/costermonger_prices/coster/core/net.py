from torch import nn


class PriceNet(nn.Module):
    def __init__(self, n_fruit, hidden):
        super().__init__()
        self.embed = nn.Linear(n_fruit, hidden)
        self.drop = nn.Dropout(0.1)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_fruit)

    def forward(self, x):
        z, _ = self.lstm(self.drop(self.embed(x)))
        return self.head(z[:, -1])
