import torch.nn as nn


class EmotionLSTM(nn.Module):
    def __init__(self, feat=8, hidden=8, n_cls=4):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.cls(self.drop(self.norm(o.mean(1))))
