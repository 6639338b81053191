import torch.nn as nn


class DeliveryRNN(nn.Module):
    def __init__(self, n_stops, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_stops, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h).squeeze(-1)
