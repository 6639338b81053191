from torch import nn


class StitchEncoder(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)

    def forward(self, emb):
        out, _ = self.lstm(emb)
        return out.mean(1)
