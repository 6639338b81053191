import torch.nn as nn


class DeepSpeech2Lite(nn.Module):
    """Conv front-end over spectrogram frames followed by stacked bidirectional GRUs and a CTC head."""

    def __init__(self, n_feats=8, hidden=12, n_layers=2, n_tokens=12):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv1d(n_feats, hidden, 5, padding=2), nn.BatchNorm1d(hidden), nn.Hardtanh(0, 20))
        self.rnns = nn.ModuleList(
            [nn.GRU(hidden if i == 0 else 2 * hidden, hidden, bidirectional=True) for i in range(n_layers)]
        )
        self.fc = nn.Linear(2 * hidden, n_tokens)

    def forward(self, feats):  # feats: batch, n_feats, time
        x = self.conv(feats).permute(2, 0, 1)  # time, batch, hidden
        for rnn in self.rnns:
            x, _ = rnn(x)
        return self.fc(x).log_softmax(-1)
