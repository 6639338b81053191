import torch
import torch.nn as nn


class RainfallRunoffLSTM(nn.Module):
    """Dynamic forcings plus static catchment attributes, streamflow from the last time step."""

    def __init__(self, n_dynamic=3, n_static=2, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_dynamic + n_static, hidden, batch_first=True)
        self.dropout = nn.Dropout(0.4)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x_d, x_s):
        x = torch.cat([x_d, x_s.unsqueeze(1).expand(-1, x_d.size(1), -1)], -1)
        out, _ = self.lstm(x)
        return self.head(self.dropout(out))
