import torch
from torch import nn


class Generator(nn.Module):
    def __init__(self, vocab, emb, hidden, seq_len):
        super().__init__()
        self.seq_len = seq_len
        self.emb = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.lin = nn.Linear(hidden, vocab)

    def forward(self, inp, h=None):
        out, h = self.lstm(self.emb(inp), h)
        return self.lin(out), h

    def sample(self, num_samples, prefix=None):
        self.eval()
        with torch.no_grad():
            tok = torch.zeros(num_samples, 1, dtype=torch.long) if prefix is None else prefix[:, -1:]
            out = [] if prefix is None else [prefix]
            h = None if prefix is None else self(prefix[:, :-1])[1] if prefix.size(1) > 1 else None
            steps = self.seq_len - (0 if prefix is None else prefix.size(1))
            for _ in range(steps):
                logits, h = self(tok, h)
                tok = torch.multinomial(logits[:, -1].softmax(-1), 1)
                out.append(tok)
        return torch.cat(out, 1)

    def batch_log_prob(self, seq):
        inp = torch.cat([torch.zeros_like(seq[:, :1]), seq[:, :-1]], 1)
        logits, _ = self(inp)
        return logits.log_softmax(-1).gather(-1, seq.unsqueeze(-1)).squeeze(-1)
