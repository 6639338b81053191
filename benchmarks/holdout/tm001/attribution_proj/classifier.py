import torch.nn as nn


class ECGClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(1, 8, 5, padding=2)
        self.lstm = nn.LSTM(8, 16, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(32, 4)

    def forward(self, signal):
        feats = self.conv(signal.unsqueeze(1)).relu().transpose(1, 2)
        return self.fc(self.lstm(feats)[0].mean(1))
