import torch.nn as nn


class CallLSTM(nn.Module):
    def __init__(self, n_mel, hidden, n_species):
        super().__init__()
        self.lstm = nn.LSTM(n_mel, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(2 * hidden, n_species)

    def forward(self, spec):
        out, _ = self.lstm(spec)
        return self.fc(self.drop(out.max(1).values))
