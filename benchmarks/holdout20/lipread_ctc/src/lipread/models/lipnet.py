import torch.nn as nn


class LipNet(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.norm = nn.BatchNorm3d(1)
        self.conv = nn.Sequential(nn.Conv3d(1, 4, (3, 3, 3), padding=1), nn.ReLU(), nn.AdaptiveAvgPool3d((None, 2, 2)))
        self.gru = nn.GRU(16, hidden, batch_first=True, bidirectional=True, num_layers=2, dropout=0.2)
        self.fc = nn.Linear(2 * hidden, vocab)

    def forward(self, clip):
        f = self.conv(self.norm(clip))              # B, C, T, 2, 2
        f = f.permute(0, 2, 1, 3, 4).flatten(2)      # B, T, C*4
        h, _ = self.gru(f)
        return self.fc(h).log_softmax(-1)            # B, T, V
