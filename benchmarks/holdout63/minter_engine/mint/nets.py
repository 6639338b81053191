from torch import nn


class DieWearLSTM(nn.Module):
    def __init__(self, in_dim, hidden, classes):
        super().__init__()
        self.lstm = nn.LSTM(in_dim, hidden, num_layers=1, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(hidden, classes)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.cls(self.drop(h[-1]))
