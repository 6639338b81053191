# expect: crash
# category: held_objects
"""Tutorial-style seq2seq: encoder and decoder kept as separate objects with their own optimizers."""
import random

import torch
import torch.nn as nn

from models import SOS, Decoder, Encoder, toy_pairs

VOCAB = 30


class Translator:
    """Plain helper object (not an nn.Module) holding both halves."""

    def __init__(self, encoder, decoder):
        self.encoder = encoder
        self.decoder = decoder

    def eval(self):
        self.encoder.eval()
        self.decoder.eval()

    def greedy(self, src, max_len=5):
        self.eval()
        with torch.no_grad():
            _, hidden = self.encoder(src)
            token = torch.full((src.size(0),), SOS, dtype=torch.long)
            out = []
            for _ in range(max_len):
                logits, hidden = self.decoder(token, hidden)
                token = logits.argmax(-1)
                out.append(token)
        return torch.stack(out, 1)


def train_batch(encoder, decoder, enc_opt, dec_opt, src, trg, criterion):
    enc_opt.zero_grad()
    dec_opt.zero_grad()
    _, hidden = encoder(src)
    loss = 0.0
    token = trg[:, 0]
    for t in range(1, trg.size(1)):
        logits, hidden = decoder(token, hidden)
        loss = loss + criterion(logits, trg[:, t])
        token = trg[:, t]
    loss.backward()  # TM001-here
    enc_opt.step()
    dec_opt.step()
    return loss.item() / (trg.size(1) - 1)


random.seed(0)
torch.manual_seed(0)
encoder, decoder = Encoder(VOCAB), Decoder(VOCAB)
translator = Translator(encoder, decoder)
enc_opt = torch.optim.SGD(encoder.parameters(), lr=0.05)
dec_opt = torch.optim.SGD(decoder.parameters(), lr=0.05)
src, trg = toy_pairs(vocab=VOCAB)
for epoch in range(3):
    decoder.train()
    for i in range(0, len(src), 8):
        loss = train_batch(encoder, decoder, enc_opt, dec_opt, src[i:i + 8], trg[i:i + 8], nn.CrossEntropyLoss())
    print(epoch, loss, translator.greedy(src[:2]).tolist())
