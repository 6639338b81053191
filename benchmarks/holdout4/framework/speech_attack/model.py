"""A DeepSpeech2-like acoustic model: a conv front end over spectrograms and a stack of bidirectional GRUs."""
import torch
import torch.nn as nn

LABELS = "_' abcdefghijklmnopqrstuvwxyz"


class MaskConv(nn.Module):
    def __init__(self, n_feats, channels=4):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, channels, kernel_size=(3, 3), padding=(1, 1)),
            nn.BatchNorm2d(channels),
            nn.Hardtanh(0, 20, inplace=True),
        )
        self.out_features = channels * n_feats

    def forward(self, spect):
        # spect: (batch, 1, n_feats, time)
        x = self.conv(spect)
        b, c, f, t = x.shape
        return x.view(b, c * f, t).permute(2, 0, 1).contiguous()  # (time, batch, features)


class DeepSpeechLite(nn.Module):
    def __init__(self, n_feats=8, hidden=12, layers=2):
        super().__init__()
        self.front = MaskConv(n_feats)
        self.rnn = nn.GRU(self.front.out_features, hidden, num_layers=layers, bidirectional=True)
        self.fc = nn.Sequential(nn.LayerNorm(2 * hidden), nn.Linear(2 * hidden, len(LABELS), bias=False))

    def forward(self, spect, lengths):
        x = self.front(spect)
        x, _ = self.rnn(x)
        logits = self.fc(x)
        return logits.log_softmax(-1), lengths


def encode(text):
    return torch.tensor([LABELS.index(ch) for ch in text], dtype=torch.long)
