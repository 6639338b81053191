"""Tablature language model for Renaissance lute pieces (course/fret tokens)."""
import torch
import torch.nn as nn

VOCAB = 16


class TabLM(nn.Module):
    def __init__(self, emb=8, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.proj = nn.Linear(hidden, VOCAB)

    def forward(self, tokens, state=None):
        h, state = self.lstm(self.emb(tokens), state)
        return self.proj(self.drop(h)), state

    @torch.no_grad()
    def generate(self, start, n=8):
        self.eval()
        tok = torch.tensor([[start]])
        out, state = [start], None
        for _ in range(n):
            logits, state = self(tok, state)
            tok = logits[:, -1].argmax(-1, keepdim=True)
            out.append(tok.item())
        return out
