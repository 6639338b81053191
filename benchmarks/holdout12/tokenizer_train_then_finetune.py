# expect: crash
"""A char-level LM shipped as a whole pickled module (saved after evaluation, so in eval mode). The user trains a new
tokenizer with tokenizer.train(files) -- a tokenizer method, not nn.Module.train -- and fine-tunes the loaded LM."""
import io
import os
import tempfile
from collections import Counter

import torch
import torch.nn as nn


class CharTokenizer:
    def __init__(self):
        self.vocab = {"<unk>": 0}

    def train(self, files, vocab_size=30):
        counts = Counter()
        for f in files:
            with open(f) as fh:
                counts.update(fh.read())
        for ch, _ in counts.most_common(vocab_size - 1):
            self.vocab.setdefault(ch, len(self.vocab))
        return self

    def encode(self, text):
        return torch.tensor([self.vocab.get(c, 0) for c in text])


class CharLM(nn.Module):
    def __init__(self, vocab=30, dim=16):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.rnn = nn.LSTM(dim, dim, num_layers=2, dropout=0.2, batch_first=True)
        self.out = nn.Linear(dim, vocab)

    def forward(self, ids):
        h, _ = self.rnn(self.emb(ids))
        return self.out(h)


def publish_checkpoint():
    lm = CharLM()
    lm.eval()  # evaluated before export
    buf = io.BytesIO()
    torch.save(lm, buf)
    return buf.getvalue()


if __name__ == "__main__":
    torch.manual_seed(0)
    blob = publish_checkpoint()
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "corpus.txt")
        with open(path, "w") as fh:
            fh.write("the quick brown fox jumps over the lazy dog " * 5)
        tokenizer = CharTokenizer()
        tokenizer.train([path])
        ids = tokenizer.encode(open(path).read()).view(5, -1)
    lm = torch.load(io.BytesIO(blob), weights_only=False)
    opt = torch.optim.AdamW(lm.parameters(), lr=1e-3)
    for step in range(2):
        logits = lm(ids[:, :-1])
        loss = nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), ids[:, 1:].reshape(-1))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, loss.item())
