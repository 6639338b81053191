import torch
import torch.nn as nn
import torch.nn.functional as F

from minilit import LiteModule


class BuckleLM(LiteModule):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.vocab = vocab
        self.emb = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)
        self.last_sample = None

    def forward(self, tok):
        h, _ = self.lstm(self.emb(tok))
        return self.out(h)

    @torch.no_grad()
    def sample(self, n=2, length=4):
        self.eval()
        tok = torch.zeros(n, 1, dtype=torch.long)
        for _ in range(length):
            nxt = self(tok)[:, -1].argmax(-1, keepdim=True)
            tok = torch.cat([tok, nxt], 1)
        return tok

    def training_step(self, batch, batch_idx):
        if batch_idx == 0:
            self.last_sample = self.sample().tolist()  # peek at generations
        x, y = batch
        logits = self(x)
        return F.cross_entropy(logits.reshape(-1, self.vocab), y.reshape(-1))

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return F.cross_entropy(self(x).reshape(-1, self.vocab), y.reshape(-1))

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)

    def train_batches(self, n):
        for _ in range(n):
            seq = torch.randint(0, self.vocab, (4, 7))
            yield seq[:, :-1], seq[:, 1:]
