import re

import torch
import torch.nn as nn

TOKEN_RE = re.compile(r"[A-Za-z_]+|\d+|\S")


def tokenize(src, vocab):
    ids = []
    for tok in TOKEN_RE.findall(src):
        ids.append(vocab.setdefault(tok, len(vocab)))
    return ids


class CodeLSTM(nn.Module):
    def __init__(self, vocab_size=64, hidden=16):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, 8)
        self.lstm = nn.LSTM(8, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, vocab_size)

    def forward(self, x):
        return self.out(self.lstm(self.emb(x))[0])
