# expect: crash
# category: held_objects
import random

import torch
import torch.nn as nn

from models import Decoder, Encoder, Seq2Seq, toy_pairs, translate

random.seed(0)
torch.manual_seed(0)
VOCAB = 30
enc = Encoder(VOCAB)
dec = Decoder(VOCAB)
model = Seq2Seq(enc, dec)
optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
criterion = nn.CrossEntropyLoss()
src, trg = toy_pairs(vocab=VOCAB)

model.train()
for epoch in range(3):
    for i in range(0, len(src), 8):
        s, t = src[i:i + 8], trg[i:i + 8]
        optimizer.zero_grad()
        logits = model(s, t)
        loss = criterion(logits.reshape(-1, VOCAB), t[:, 1:].reshape(-1))
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
    print(epoch, loss.item(), translate(model, src[:2]).tolist())
