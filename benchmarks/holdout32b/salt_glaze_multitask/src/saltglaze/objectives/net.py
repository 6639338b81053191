from torch import nn


class GlazeNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.encoder = nn.LSTM(3, hidden, batch_first=True)
        self.colour = nn.Linear(hidden, 1)
        self.crackle = nn.Linear(hidden, 1)

    def shared(self, atmos):
        return self.encoder(atmos)[0][:, -1]

    def forward(self, atmos):
        z = self.shared(atmos)
        return self.colour(z), self.crackle(z)
