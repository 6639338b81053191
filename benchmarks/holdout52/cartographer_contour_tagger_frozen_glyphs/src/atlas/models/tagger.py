import torch.nn as nn


class SegmentEncoder(nn.Module):
    def __init__(self, emb, hidden):
        super().__init__()
        self.gru = nn.GRU(emb, hidden, num_layers=2, dropout=0.25, batch_first=True, bidirectional=True)

    def forward(self, x):
        return self.gru(x)[0]


class ContourTagger(nn.Module):
    def __init__(self, vocab, emb, hidden, tags):
        super().__init__()
        self.glyphs = nn.Embedding(vocab, emb)
        self.encoder = SegmentEncoder(emb, hidden)
        self.crf_like = nn.Linear(2 * hidden, tags)
        self.frozen_encoder = False

    def freeze_encoder(self):
        self.frozen_encoder = True
        for p in [*self.glyphs.parameters(), *self.encoder.parameters()]:
            p.requires_grad_(False)
        return self

    def train(self, mode=True):
        super().train(mode)
        if self.frozen_encoder:
            self.encoder.eval()
        return self

    def forward(self, segments):
        return self.crf_like(self.encoder(self.glyphs(segments)))
