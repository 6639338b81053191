import torch
import torch.nn as nn

BOS, EOS = 1, 2


class CommitGen(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * hidden, hidden)
        self.decoder = nn.GRU(emb, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, vocab)

    def encode(self, diff):
        _, h = self.encoder(self.embed(diff))
        return torch.tanh(self.bridge(torch.cat([h[0], h[1]], -1)))[None]

    def forward(self, diff, msg_in):
        out, _ = self.decoder(self.embed(msg_in), self.encode(diff))
        return self.proj(out)

    def greedy(self, diff, max_len=5):
        h = self.encode(diff)
        tok = torch.full((diff.shape[0], 1), BOS, dtype=torch.long)
        out = []
        for _ in range(max_len):
            o, h = self.decoder(self.embed(tok), h)
            tok = self.proj(o).argmax(-1)
            out.append(tok)
        return torch.cat(out, 1)
