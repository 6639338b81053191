# expect: clean
# category: wrappers
"""Transliteration (shift each letter by one) trained with teacher forcing; shows a sample each epoch."""
import torch
import torch.nn as nn

from modeling import BOS, PAD, CharDecoder, CharEncoder, EncoderDecoder

torch.manual_seed(82)
V, HIDDEN = 16, 12


def batch(n=8, length=6):
    src = torch.randint(3, V - 1, (n, length))
    trg = src + 1
    trg_in = torch.cat([torch.full((n, 1), BOS), trg[:, :-1]], 1)
    return src, trg_in, trg


model = EncoderDecoder(CharEncoder(V, HIDDEN), CharDecoder(V, HIDDEN))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
criterion = nn.CrossEntropyLoss(ignore_index=PAD)
model.train()
for epoch in range(2):
    for _ in range(3):
        src, trg_in, trg = batch()
        logits = model(src, trg_in)
        loss = criterion(logits.reshape(-1, V), trg.reshape(-1))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    probe, _, gold = batch(1)
    print(f"epoch {epoch}: loss {loss.item():.3f}  {probe[0].tolist()} -> {model.generate(probe)[0].tolist()}"
          f" (gold {gold[0].tolist()})")
