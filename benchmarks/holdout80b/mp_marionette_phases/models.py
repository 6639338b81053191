import torch.nn as nn

from registry import register


@register("tension_lstm")
class TensionLSTM(nn.Module):
    def __init__(self, n_in=4, hidden=8, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(self.drop(o[:, -1]))


@register("tension_gru")
class TensionGRU(TensionLSTM):
    def __init__(self, n_in=4, hidden=8, n_cls=3):
        super().__init__(n_in, hidden, n_cls)
        self.lstm = nn.GRU(n_in, hidden, batch_first=True)
