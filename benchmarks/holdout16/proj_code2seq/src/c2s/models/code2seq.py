import torch
import torch.nn as nn


class PathEncoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.node_emb = nn.Embedding(cfg.n_nodes, cfg.emb)
        self.lstm = nn.LSTM(cfg.emb, cfg.hid, batch_first=True, bidirectional=True)

    def forward(self, paths):
        b, c, l = paths.shape
        _, (h, _) = self.lstm(self.node_emb(paths.view(b * c, l)))
        return h.transpose(0, 1).reshape(b, c, -1)


class Code2Seq(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.tok_emb = nn.Embedding(cfg.n_tokens, cfg.emb)
        self.path_enc = PathEncoder(cfg)
        self.combine = nn.Linear(2 * cfg.emb + 2 * cfg.hid, cfg.hid)
        self.attn = nn.Linear(cfg.hid, 1)
        self.out = nn.Linear(cfg.hid, cfg.n_targets)

    def forward(self, starts, paths, ends):
        ctx = torch.cat([self.tok_emb(starts), self.path_enc(paths), self.tok_emb(ends)], -1)
        ctx = torch.tanh(self.combine(ctx))
        a = torch.softmax(self.attn(ctx), 1)
        return self.out((a * ctx).sum(1))
