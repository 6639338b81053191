import torch
import torch.nn as nn


class TextDecoder(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True)
        self.attn = nn.Linear(hidden, hidden, bias=False)
        self.out = nn.Linear(2 * hidden, vocab)

    def forward(self, tokens, memory, h0):
        o, _ = self.rnn(self.emb(tokens), h0)
        scores = torch.bmm(self.attn(o), memory.transpose(1, 2)).softmax(-1)
        ctx = torch.bmm(scores, memory)
        return self.out(torch.cat([o, ctx], -1))
