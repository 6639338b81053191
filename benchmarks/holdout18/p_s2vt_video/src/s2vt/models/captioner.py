import torch
import torch.nn as nn


class S2VT(nn.Module):
    """Sequence to sequence, video to text: one stacked LSTM reads frame features, then emits words."""

    def __init__(self, feat_dim=6, vocab=12, hidden=8):
        super().__init__()
        self.frame_proj = nn.Linear(feat_dim, hidden)
        self.word_emb = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, feats, caption):
        seq = torch.cat([self.frame_proj(feats), self.word_emb(caption[:, :-1])], 1)
        h, _ = self.lstm(seq)
        return self.out(h[:, feats.shape[1]:])

    @torch.no_grad()
    def greedy(self, feats, max_len=4):
        self.eval()
        h, state = self.lstm(self.frame_proj(feats))
        tok = torch.zeros(feats.shape[0], 1, dtype=torch.long)
        out = []
        for _ in range(max_len):
            h, state = self.lstm(self.word_emb(tok), state)
            tok = self.out(h).argmax(-1)
            out.append(tok)
        return torch.cat(out, 1)
