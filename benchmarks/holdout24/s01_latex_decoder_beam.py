# expect: crash
"""Handwriting-to-LaTeX: GRU decoder over stroke features, with a beam-search preview each epoch."""
import torch
import torch.nn as nn
import torch.nn.functional as F

VOCAB = ["<s>", "</s>", "x", "^", "2", "+", "\\frac", "{", "}"]


class StrokeEncoder(nn.Module):
    def __init__(self, d_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(d_in, hidden, batch_first=True, bidirectional=True)

    def forward(self, strokes):
        out, h = self.rnn(strokes)
        return out, h[0] + h[1]


class LatexDecoder(nn.Module):
    def __init__(self, vocab=len(VOCAB), hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.encoder = StrokeEncoder(hidden=hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, vocab)

    def forward(self, strokes, tokens):
        _, h = self.encoder(strokes)
        out, _ = self.rnn(self.embed(tokens), h.unsqueeze(0))
        return self.proj(out)

    def beam_search(self, strokes, width=2, max_len=5):
        self.eval()
        with torch.no_grad():
            _, h = self.encoder(strokes[:1])
            beams = [([0], 0.0, h.unsqueeze(0))]
            for _ in range(max_len):
                cand = []
                for seq, score, state in beams:
                    tok = torch.tensor([[seq[-1]]])
                    out, new = self.rnn(self.embed(tok), state)
                    logp = F.log_softmax(self.proj(out[:, -1]), -1)[0]
                    top = logp.topk(width)
                    for lp, ix in zip(top.values.tolist(), top.indices.tolist()):
                        cand.append((seq + [ix], score + lp, new))
                beams = sorted(cand, key=lambda b: -b[1])[:width]
        return " ".join(VOCAB[i] for i in beams[0][0][1:])


def main():
    torch.manual_seed(0)
    model = LatexDecoder()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    strokes = torch.randn(4, 6, 3)
    tokens = torch.randint(0, len(VOCAB), (4, 5))
    for epoch in range(2):
        logits = model(strokes, tokens[:, :-1])
        loss = F.cross_entropy(logits.reshape(-1, len(VOCAB)), tokens[:, 1:].reshape(-1))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(epoch, round(loss.item(), 3), model.beam_search(strokes))


if __name__ == "__main__":
    main()
