"""DeepSpeech2-like acoustic model: conv front end, stacked bidirectional GRUs, CTC output."""
import torch.nn as nn


class BatchRNN(nn.Module):
    def __init__(self, input_size, hidden_size, bidirectional=True):
        super().__init__()
        self.rnn = nn.GRU(input_size, hidden_size, bidirectional=bidirectional, batch_first=True)
        self.hidden_size = hidden_size

    def forward(self, x):
        x, _ = self.rnn(x)
        # sum the two directions, as DeepSpeech2 does
        return x[..., : self.hidden_size] + x[..., self.hidden_size:]


class DeepSpeech(nn.Module):
    def __init__(self, n_feats=8, hidden=12, n_layers=2, n_tokens=6):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv1d(n_feats, hidden, 3, padding=1), nn.Hardtanh(0, 20))
        layers = [BatchRNN(hidden, hidden) for _ in range(n_layers)]
        self.rnns = nn.Sequential(*layers)
        self.fc = nn.Linear(hidden, n_tokens)

    def forward(self, spect):
        x = self.conv(spect.transpose(1, 2)).transpose(1, 2)
        return self.fc(self.rnns(x)).log_softmax(-1)
