# expect: clean
"""Handwriting-to-LaTeX decoder; the beam-search preview puts the mode back the way it found it."""
import torch
import torch.nn as nn
import torch.nn.functional as F

VOCAB = ["<s>", "</s>", "x", "^", "2", "+", "\\sqrt", "{", "}"]


class LatexDecoder(nn.Module):
    def __init__(self, vocab=len(VOCAB), hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.encoder = nn.GRU(3, hidden, batch_first=True)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, vocab)

    def forward(self, strokes, tokens):
        _, h = self.encoder(strokes)
        out, _ = self.rnn(self.embed(tokens), h)
        return self.proj(out)

    @torch.no_grad()
    def beam_search(self, strokes, width=2, max_len=4):
        was_training = self.training
        self.eval()
        _, h = self.encoder(strokes[:1])
        beams = [([0], 0.0, h)]
        for _ in range(max_len):
            cand = []
            for seq, score, state in beams:
                out, new = self.rnn(self.embed(torch.tensor([[seq[-1]]])), state)
                logp = F.log_softmax(self.proj(out[:, -1]), -1)[0]
                for lp, ix in zip(*[t.tolist() for t in logp.topk(width)]):
                    cand.append((seq + [ix], score + lp, new))
            beams = sorted(cand, key=lambda b: -b[1])[:width]
        self.train(was_training)
        return " ".join(VOCAB[i] for i in beams[0][0][1:])


def main():
    torch.manual_seed(0)
    model = LatexDecoder()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    strokes = torch.randn(4, 6, 3)
    tokens = torch.randint(0, len(VOCAB), (4, 5))
    for epoch in range(3):
        logits = model(strokes, tokens[:, :-1])
        loss = F.cross_entropy(logits.reshape(-1, len(VOCAB)), tokens[:, 1:].reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(epoch, round(loss.item(), 3), model.beam_search(strokes))


if __name__ == "__main__":
    main()
