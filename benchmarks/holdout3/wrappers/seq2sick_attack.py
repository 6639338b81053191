# expect: crash
# category: wrappers
"""Seq2Sick-style attack: perturb source embeddings of a GRU seq2seq model held by a Translator wrapper."""
import torch
from torch import nn

torch.manual_seed(20)
SRC_V, TGT_V, D = 40, 30, 12


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.embeddings = nn.Embedding(SRC_V, D)
        self.rnn = nn.GRU(D, D, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * D, D)

    def forward(self, src=None, emb=None):
        emb = self.embeddings(src) if emb is None else emb
        memory, h = self.rnn(emb)
        return memory, torch.tanh(self.bridge(torch.cat([h[0], h[1]], -1))).unsqueeze(0)


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.embeddings = nn.Embedding(TGT_V, D)
        self.rnn = nn.GRU(D, D, batch_first=True)
        self.generator = nn.Linear(D, TGT_V)

    def forward(self, tgt, state):
        out, state = self.rnn(self.embeddings(tgt), state)
        return self.generator(out), state


class Seq2Seq(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder, self.decoder = encoder, decoder

    def forward(self, src, tgt, src_emb=None):
        _, state = self.encoder(src, emb=src_emb)
        logits, _ = self.decoder(tgt, state)
        return logits


class Translator:
    def __init__(self, model, max_len=6):
        self.model, self.max_len = model, max_len
        self.model.eval()

    def translate(self, src):
        with torch.no_grad():
            _, state = self.model.encoder(src)
            tok, out = torch.zeros(src.size(0), 1, dtype=torch.long), []
            for _ in range(self.max_len):
                logits, state = self.model.decoder(tok, state)
                tok = logits.argmax(-1)
                out.append(tok)
        return torch.cat(out, 1)


def nonoverlap_attack(translator, src, steps=3, lr=0.5, lam=1.0):
    model = translator.model
    original = translator.translate(src)
    src_emb = model.encoder.embeddings(src).detach()
    delta = torch.zeros_like(src_emb, requires_grad=True)
    optimizer = torch.optim.Adam([delta], lr=lr)
    tgt_in = torch.cat([torch.zeros_like(original[:, :1]), original[:, :-1]], 1)
    for _ in range(steps):
        logits = model(src, tgt_in, src_emb=src_emb + delta)
        # push the original output tokens down (non-overlapping attack) while keeping delta small
        loss = -nn.functional.cross_entropy(logits.reshape(-1, TGT_V), original.reshape(-1)) + lam * delta.norm()
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
    return translator.translate(src), original


if __name__ == "__main__":
    translator = Translator(Seq2Seq(Encoder(), Decoder()))
    src = torch.randint(0, SRC_V, (2, 7))
    adv, orig = nonoverlap_attack(translator, src)
    print("changed tokens:", (adv != orig).sum().item())
