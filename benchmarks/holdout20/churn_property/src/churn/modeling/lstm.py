import torch
import torch.nn as nn


class ChurnLSTM(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, 1)
        self.log_t = nn.Parameter(torch.zeros(()))

    def forward(self, x):
        return self.out(self.drop(self.lstm(x)[0][:, -1])).squeeze(-1) / self.log_t.exp()
