import torch
import torch.nn as nn


class LstmCtcModel(nn.Module):
    def __init__(self, num_features=8, d_model=16, num_classes=6, num_layers=2):
        super().__init__()
        self.encoder_embed = nn.Conv1d(num_features, d_model, 3, stride=2, padding=1)
        self.encoder = nn.LSTM(d_model, d_model, num_layers=num_layers, batch_first=True, dropout=0.1)
        self.ctc_output = nn.Sequential(nn.Dropout(0.1), nn.Linear(d_model, num_classes), nn.LogSoftmax(-1))

    def forward(self, feature, feature_lens):
        x = self.encoder_embed(feature.transpose(1, 2)).transpose(1, 2)
        x, _ = self.encoder(x)
        return self.ctc_output(x), (feature_lens + 1) // 2
