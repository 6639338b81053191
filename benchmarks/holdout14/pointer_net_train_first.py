# expect: clean
"""Pointer Networks (sorting task): validation runs first in eval; `model.train()` is called at the top of the
training step, before the forward."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class PointerNet(nn.Module):
    def __init__(self, hid=10):
        super().__init__()
        self.embedding = nn.Linear(1, hid)
        self.encoder = nn.LSTM(hid, hid, batch_first=True)
        self.decoder = nn.LSTMCell(hid, hid)
        self.W1, self.W2, self.v = nn.Linear(hid, hid, bias=False), nn.Linear(hid, hid, bias=False), nn.Linear(hid, 1, bias=False)

    def forward(self, inputs):
        emb = self.embedding(inputs.unsqueeze(-1))
        enc, (h, c) = self.encoder(emb)
        h, c = h[0], c[0]
        dec_in = torch.zeros_like(h)
        mask = torch.zeros(inputs.shape, dtype=torch.bool)
        log_pointers, pointers = [], []
        for _ in range(inputs.size(1)):
            h, c = self.decoder(dec_in, (h, c))
            u = self.v(torch.tanh(self.W1(enc) + self.W2(h).unsqueeze(1))).squeeze(-1)
            u = u.masked_fill(mask, -1e9)
            logp = F.log_softmax(u, -1)
            idx = logp.argmax(-1)
            mask = mask.clone(); mask[torch.arange(len(idx)), idx] = True
            dec_in = emb[torch.arange(len(idx)), idx]
            log_pointers.append(logp); pointers.append(idx)
        return torch.stack(log_pointers, 1), torch.stack(pointers, 1)


def step(model, opt, batch, train=True):
    if train:
        model.train()
    else:
        model.eval()
    with torch.set_grad_enabled(train):
        logp, ptr = model(batch)
        target = batch.argsort(-1)
        loss = F.nll_loss(logp.reshape(-1, batch.size(1)), target.reshape(-1))
        if train:
            opt.zero_grad(); loss.backward(); opt.step()
    return loss.item()


model = PointerNet()
opt = torch.optim.Adam(model.parameters(), 1e-3)
for epoch in range(3):
    print("val", step(model, opt, torch.rand(4, 5), train=False))
    print("train", step(model, opt, torch.rand(4, 5), train=True))
