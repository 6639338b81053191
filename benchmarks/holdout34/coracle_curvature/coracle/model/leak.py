import torch.nn as nn


class LeakRNN(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, tension):
        h, _ = self.rnn(tension)
        return self.fc(h[:, -1]).squeeze(-1)
