import torch
import torch.nn as nn
import torch.nn.functional as F


class CopyRNN(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.vocab = vocab
        self.emb = nn.Embedding(vocab, dim)
        self.encoder = nn.GRU(dim, dim, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * dim, dim)
        self.decoder = nn.GRU(dim, dim, batch_first=True)
        self.attn = nn.Linear(dim, 2 * dim, bias=False)
        self.gen = nn.Linear(3 * dim, vocab)
        self.p_gen = nn.Linear(3 * dim, 1)

    def forward(self, src, tgt_in):
        mem, h = self.encoder(self.emb(src))
        h0 = torch.tanh(self.bridge(torch.cat([h[0], h[1]], -1))).unsqueeze(0)
        dec, _ = self.decoder(self.emb(tgt_in), h0)
        scores = torch.bmm(self.attn(dec), mem.transpose(1, 2))
        a = scores.softmax(-1)
        ctx = torch.bmm(a, mem)
        feat = torch.cat([dec, ctx], -1)
        p = torch.sigmoid(self.p_gen(feat))
        gen_dist = F.softmax(self.gen(feat), -1) * p
        copy_dist = torch.zeros_like(gen_dist).scatter_add(
            2, src.unsqueeze(1).expand(-1, tgt_in.shape[1], -1), a * (1 - p))
        return torch.log(gen_dist + copy_dist + 1e-9)
