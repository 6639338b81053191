import torch
import torch.nn as nn


class DPRNNBlock(nn.Module):
    def __init__(self, B, H):
        super().__init__()
        self.intra_rnn = nn.LSTM(B, H, batch_first=True, bidirectional=True)
        self.intra_fc = nn.Linear(2 * H, B)
        self.inter_rnn = nn.LSTM(B, H, batch_first=True)
        self.inter_fc = nn.Linear(H, B)

    def forward(self, x):  # x: (M, K, S, B)
        M, K, S, Bd = x.shape
        intra = x.permute(0, 2, 1, 3).reshape(M * S, K, Bd)
        intra = self.intra_fc(self.intra_rnn(intra)[0]).reshape(M, S, K, Bd).permute(0, 2, 1, 3)
        x = x + intra
        inter = x.reshape(M * K, S, Bd)
        inter = self.inter_fc(self.inter_rnn(inter)[0]).reshape(M, K, S, Bd)
        return x + inter


class DPRNNTasNet(nn.Module):
    def __init__(self, N, B, H, chunk, n_blocks, C):
        super().__init__()
        self.C, self.chunk = C, chunk
        self.encoder = nn.Conv1d(1, N, 2, 1)
        self.bottleneck = nn.Linear(N, B)
        self.blocks = nn.Sequential(*[DPRNNBlock(B, H) for _ in range(n_blocks)])
        self.mask = nn.Linear(B, N * C)
        self.decoder = nn.ConvTranspose1d(N, 1, 2, 1)

    def forward(self, mixture):
        w = torch.relu(self.encoder(mixture.unsqueeze(1)))  # (M, N, T)
        M, N, T = w.shape
        T2 = T - T % self.chunk
        y = self.bottleneck(w[:, :, :T2].transpose(1, 2)).reshape(M, T2 // self.chunk, self.chunk, -1)
        y = self.blocks(y.transpose(1, 2)).transpose(1, 2).reshape(M, T2, -1)
        masks = torch.sigmoid(self.mask(y)).reshape(M, T2, self.C, N).permute(2, 0, 3, 1)
        est = [self.decoder(w[:, :, :T2] * masks[c]) for c in range(self.C)]
        out = torch.stack(est, 1).squeeze(2)
        return nn.functional.pad(out, (0, mixture.size(-1) - out.size(-1)))
