# expect: crash
# category: wrappers
"""Toy translation (reverse the source sentence); prints a greedy translation after each epoch."""
import random

import torch
import torch.nn as nn

from seq2seq import SOS, AttnDecoder, Encoder, Seq2Seq

random.seed(0)
torch.manual_seed(10)
VOCAB = 20


def make_pairs(n, length=6):
    src = torch.randint(3, VOCAB, (n, length))
    trg = torch.cat([torch.full((n, 1), SOS), src.flip(1)], dim=1)
    return src, trg


model = Seq2Seq(Encoder(VOCAB), AttnDecoder(VOCAB))
optimizer = torch.optim.Adam(model.parameters(), lr=4e-3)
criterion = nn.CrossEntropyLoss()
src_all, trg_all = make_pairs(24)
model.train()

for epoch in range(2):
    for i in range(0, 24, 8):
        src, trg = src_all[i:i + 8], trg_all[i:i + 8]
        logits = model(src, trg)
        loss = criterion(logits.reshape(-1, VOCAB), trg[:, 1:].reshape(-1))
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
    sample = model.translate(src_all[:1])
    print(f"epoch {epoch} loss {loss.item():.3f} src {src_all[0].tolist()} -> {sample[0].tolist()}")
