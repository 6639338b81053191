import torch
import torch.nn as nn


class DPRNNBlock(nn.Module):
    """Intra-chunk BiLSTM then inter-chunk BiLSTM, each with a residual."""

    def __init__(self, feat, hidden):
        super().__init__()
        self.intra_rnn = nn.LSTM(feat, hidden, batch_first=True, bidirectional=True)
        self.intra_lin = nn.Linear(2 * hidden, feat)
        self.inter_rnn = nn.LSTM(feat, hidden, batch_first=True, bidirectional=True)
        self.inter_lin = nn.Linear(2 * hidden, feat)

    def forward(self, x):
        b, f, k, s = x.shape
        intra = x.permute(0, 3, 2, 1).reshape(b * s, k, f)
        intra = self.intra_lin(self.intra_rnn(intra)[0]).reshape(b, s, k, f).permute(0, 3, 2, 1)
        x = x + intra
        inter = x.permute(0, 2, 3, 1).reshape(b * k, s, f)
        inter = self.inter_lin(self.inter_rnn(inter)[0]).reshape(b, k, s, f).permute(0, 3, 1, 2)
        return x + inter


class DPRNN(nn.Module):
    def __init__(self, n_src, feat, chunk, hidden, n_repeats):
        super().__init__()
        self.n_src, self.chunk = n_src, chunk
        self.encoder = nn.Conv1d(1, feat, 2, stride=1, padding=0)
        self.blocks = nn.ModuleList([DPRNNBlock(feat, hidden) for _ in range(n_repeats)])
        self.mask = nn.Conv2d(feat, n_src * feat, 1)
        self.decoder = nn.ConvTranspose1d(feat, 1, 2)

    def forward(self, mix):
        w = torch.relu(self.encoder(mix))
        b, f, t = w.shape
        x = w.unfold(2, self.chunk, self.chunk).permute(0, 1, 3, 2)
        for blk in self.blocks:
            x = blk(x)
        m = torch.sigmoid(self.mask(x)).view(b, self.n_src, f, self.chunk, -1)
        m = m.permute(0, 1, 2, 4, 3).reshape(b, self.n_src, f, -1)
        est = m * w[:, None, :, : m.size(-1)]
        return torch.stack([self.decoder(est[:, i]) for i in range(self.n_src)], 1).squeeze(2)
