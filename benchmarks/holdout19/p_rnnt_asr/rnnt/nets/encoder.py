import torch.nn as nn


class AudioEncoder(nn.Module):
    def __init__(self, n_mels=8, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_mels, hidden, num_layers=2, batch_first=True)

    def forward(self, feats):
        return self.lstm(feats)[0]
