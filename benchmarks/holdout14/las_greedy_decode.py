# expect: crash
"""Listen, Attend and Spell: pyramidal BiLSTM listener + LSTMCell speller. A greedy-decode CER check between
epochs calls model.train(mode=False); the next epoch's loop only calls model.train() when teacher forcing is on."""
import torch
import torch.nn as nn
import torch.nn.functional as F

VOCAB, SOS = 12, 0


class pBLSTMLayer(nn.Module):
    def __init__(self, in_dim, hid):
        super().__init__()
        self.BLSTM = nn.LSTM(in_dim * 2, hid, bidirectional=True, batch_first=True)

    def forward(self, x):
        B, T, D = x.shape
        x = x[:, : T // 2 * 2].contiguous().view(B, T // 2, D * 2)
        out, _ = self.BLSTM(x)
        return out


class Listener(nn.Module):
    def __init__(self, feat=6, hid=8):
        super().__init__()
        self.layers = nn.Sequential(pBLSTMLayer(feat, hid), pBLSTMLayer(2 * hid, hid))

    def forward(self, x):
        return self.layers(x)


class Speller(nn.Module):
    def __init__(self, hid=16):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, hid)
        self.cell = nn.LSTMCell(2 * hid, hid)
        self.out = nn.Linear(2 * hid, VOCAB)

    def forward(self, listener_feats, targets=None, max_len=4):
        B = listener_feats.size(0)
        h = c = torch.zeros(B, 16)
        ctx = listener_feats.mean(1)
        y = torch.full((B,), SOS, dtype=torch.long)
        logits = []
        for t in range(targets.size(1) if targets is not None else max_len):
            h, c = self.cell(torch.cat([self.emb(y), ctx], -1), (h, c))
            att = F.softmax((listener_feats @ h.unsqueeze(-1)).squeeze(-1), -1)
            ctx = (att.unsqueeze(-1) * listener_feats).sum(1)
            lg = self.out(torch.cat([h, ctx], -1))
            logits.append(lg)
            y = targets[:, t] if targets is not None else lg.argmax(-1)
        return torch.stack(logits, 1)


class LAS(nn.Module):
    def __init__(self):
        super().__init__()
        self.listener, self.speller = Listener(), Speller()

    def forward(self, x, targets=None):
        return self.speller(self.listener(x), targets)


model = LAS()
opt = torch.optim.Adam(model.parameters(), 1e-3)
x, y = torch.randn(3, 12, 6), torch.randint(1, VOCAB, (3, 4))
for epoch in range(3):
    tf_rate = 1.0 - 0.5 * epoch
    if tf_rate >= 1.0:
        model.train()
    for _ in range(2):
        logits = model(x, y if tf_rate > 0.5 else None)
        loss = F.cross_entropy(logits.reshape(-1, VOCAB), y.reshape(-1))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    model.train(mode=False)
    with torch.no_grad():
        pred = model(x).argmax(-1)
    print("epoch", epoch, "ser", (pred != y).float().mean().item())
