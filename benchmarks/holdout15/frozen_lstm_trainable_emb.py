# expect: crash
"""Adapter-style fine-tuning: the pretrained LSTM body is frozen (eval +
requires_grad False) and only the new token embedding table and the output
head are trained. The embedding sits *before* the frozen LSTM, so the gradient
for it has to flow back through the recurrent body.
"""
import torch
import torch.nn as nn


class LM(nn.Module):
    def __init__(self, vocab=30, dim=8):
        super().__init__()
        self.tok = nn.Embedding(vocab, dim)
        self.body = nn.LSTM(dim, dim, num_layers=2, batch_first=True)
        self.head = nn.Linear(dim, vocab)

    def forward(self, ids):
        return self.head(self.body(self.tok(ids))[0])


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad = False
    return module


torch.manual_seed(0)
lm = LM()
freeze(lm.body)
trainable = [p for p in lm.parameters() if p.requires_grad]
opt = torch.optim.Adam(trainable, lr=1e-2)
for step in range(3):
    ids = torch.randint(0, 30, (4, 8))
    logits = lm(ids[:, :-1])
    loss = nn.functional.cross_entropy(logits.reshape(-1, 30), ids[:, 1:].reshape(-1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print(loss.item())
