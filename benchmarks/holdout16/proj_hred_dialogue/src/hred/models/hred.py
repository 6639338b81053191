import torch
import torch.nn as nn

from hred.models.encoders import ContextEncoder, UtteranceEncoder


class HRED(nn.Module):
    def __init__(self, vocab, emb, hid):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.utt_enc = UtteranceEncoder(emb, hid)
        self.ctx_enc = ContextEncoder(2 * hid, hid)
        self.decoder = nn.GRU(emb, hid, batch_first=True)
        self.out = nn.Linear(hid, vocab)

    def encode(self, dialog):
        b, turns, length = dialog.shape
        u = self.utt_enc(self.embedding(dialog.reshape(b * turns, length))).view(b, turns, -1)
        return self.ctx_enc(u)

    def forward(self, context, response):
        h = self.encode(context)
        return self.out(self.decoder(self.embedding(response[:, :-1]), h)[0])

    def generate(self, context, max_len=4):
        self.eval()
        with torch.no_grad():
            h = self.encode(context)
            tok = torch.ones(context.size(0), 1, dtype=torch.long)
            out = []
            for _ in range(max_len):
                o, h = self.decoder(self.embedding(tok), h)
                tok = self.out(o).argmax(-1)
                out.append(tok)
        return torch.cat(out, 1)
