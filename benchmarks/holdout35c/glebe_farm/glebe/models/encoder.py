import torch.nn as nn


class FieldHistoryEncoder(nn.Module):
    def __init__(self, n_crops, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_crops, hidden, num_layers=2, batch_first=True)
        self.hidden = hidden

    def forward(self, history):
        _, (h, _) = self.rnn(history)
        return h[-1]
