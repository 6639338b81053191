from torch import nn


class Encoder(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0][:, -1]


class Classifier(nn.Module):
    def __init__(self, encoder, hidden, width):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Sequential(nn.Linear(hidden, width), nn.ReLU(), nn.Dropout(0.1), nn.Linear(width, 2))

    def forward(self, x):
        return self.head(self.encoder(x))
