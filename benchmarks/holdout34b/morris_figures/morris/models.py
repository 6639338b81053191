import torch
import torch.nn as nn


class StepEncoder(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * hidden, hidden)

    def forward(self, steps):
        _, (h, _) = self.lstm(self.emb(steps))
        return torch.tanh(self.bridge(torch.cat([h[0], h[1]], dim=-1)))


class FigureDecoder(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, prev_tokens, h0):
        out, _ = self.gru(self.emb(prev_tokens), h0.unsqueeze(0))
        return self.out(out)


def build_models(vocab, hidden):
    return {"encoder": StepEncoder(vocab, hidden), "decoder": FigureDecoder(vocab, hidden)}
