import torch
import torch.nn as nn

from .beam import beam_search

BOS, EOS = 1, 2


class VideoCaptioner(nn.Module):
    def __init__(self, feat_dim, vocab, hidden):
        super().__init__()
        self.vocab = vocab
        self.init_h = nn.Linear(feat_dim, hidden)
        self.emb = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden + feat_dim, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, vocab)

    def step(self, tokens, video, h):
        ctx = video.mean(1, keepdim=True).expand(-1, tokens.shape[1], -1)
        o, h = self.gru(torch.cat([self.emb(tokens), ctx], -1), h)
        return self.out(self.drop(o)), h

    def forward(self, video, captions):
        h0 = torch.tanh(self.init_h(video.mean(1))).unsqueeze(0)
        logits, _ = self.step(captions[:, :-1], video, h0)
        return logits

    @torch.no_grad()
    def generate(self, video, beam=3, max_len=5):
        self.eval()
        return beam_search(self, video, beam, max_len, BOS, EOS)
