import random

import torch
import torch.nn as nn

SOS, EOS = 1, 2


class Encoder(nn.Module):
    def __init__(self, vocab, emb=16, hid=24):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hid, batch_first=True)

    def forward(self, src):
        outputs, hidden = self.rnn(self.embedding(src))
        return outputs, hidden


class Decoder(nn.Module):
    def __init__(self, vocab, emb=16, hid=24):
        super().__init__()
        self.vocab = vocab
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hid, batch_first=True)
        self.fc_out = nn.Linear(hid, vocab)

    def forward(self, token, hidden):
        output, hidden = self.rnn(self.embedding(token).unsqueeze(1), hidden)
        return self.fc_out(output.squeeze(1)), hidden


class Seq2Seq(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, src, trg, teacher_forcing_ratio=0.5):
        _, hidden = self.encoder(src)
        token = trg[:, 0]
        logits = []
        for t in range(1, trg.size(1)):
            out, hidden = self.decoder(token, hidden)
            logits.append(out)
            token = trg[:, t] if random.random() < teacher_forcing_ratio else out.argmax(-1)
        return torch.stack(logits, 1)


def translate(model, src, max_len=6):
    """Greedy decoding for a quick look at the outputs."""
    model.eval()
    with torch.no_grad():
        _, hidden = model.encoder(src)
        token = torch.full((src.size(0),), SOS, dtype=torch.long)
        result = []
        for _ in range(max_len):
            out, hidden = model.decoder(token, hidden)
            token = out.argmax(-1)
            result.append(token)
    return torch.stack(result, 1)


def toy_pairs(n=32, vocab=30, seed=0):
    g = torch.Generator().manual_seed(seed)
    src = torch.randint(3, vocab, (n, 7), generator=g)
    trg = torch.cat([torch.full((n, 1), SOS), src.flip(1)[:, :5]], 1)
    return src, trg
