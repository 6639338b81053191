# expect: clean
"""Pseudo-labelling: the teacher pass runs under `evaluating_all(...)` (an ExitStack of per-module eval contexts,
each restored on exit), and the consistency loss uses a fresh forward after the block, once every module is back in
train mode."""
import torch
import torch.nn as nn

from modes import evaluating_all

torch.manual_seed(0)
rnn = nn.GRU(4, 6, batch_first=True)
head = nn.Linear(6, 3)
x = torch.randn(3, 5, 4)
with evaluating_all(rnn, head):
    logits = head(rnn(x)[0][:, -1])
    labels = logits.argmax(-1).detach()
loss = nn.functional.cross_entropy(head(rnn(x)[0][:, -1]), labels)
loss.backward()
print(loss.item())
