import torch.nn as nn


class EmotionLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.norm = nn.LayerNorm(8)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(8, 4)

    def forward(self, x):
        return self.cls(self.drop(self.norm(self.lstm(x)[0].mean(1))))
