import torch
import torch.nn as nn


class FrameEncoder(nn.Module):
    def __init__(self, feat=10, hidden=12):
        super().__init__()
        self.proj = nn.Linear(feat, hidden)
        self.drop = nn.Dropout(0.2)

    def forward(self, frames):
        return self.drop(torch.relu(self.proj(frames))).mean(1)


class CaptionDecoder(nn.Module):
    def __init__(self, vocab=25, hidden=12):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.word = nn.Linear(hidden, vocab)

    def forward(self, tokens, ctx):
        h0 = ctx.unsqueeze(0)
        out, _ = self.lstm(self.embed(tokens), (h0, torch.zeros_like(h0)))
        return self.word(out)


class S2VT(nn.Module):
    def __init__(self, **kw):
        super().__init__()
        self.encoder = FrameEncoder(**{k: v for k, v in kw.items() if k in ("feat", "hidden")})
        self.decoder = CaptionDecoder(**{k: v for k, v in kw.items() if k in ("vocab", "hidden")})

    def forward(self, frames, tokens):
        return self.decoder(tokens, self.encoder(frames))

    def greedy(self, frames, max_len=5, bos=1):
        ctx = self.encoder(frames)
        ys = torch.full((frames.size(0), 1), bos, dtype=torch.long)
        for _ in range(max_len):
            ys = torch.cat([ys, self.decoder(ys, ctx)[:, -1:].argmax(-1)], 1)
        return ys[:, 1:]
