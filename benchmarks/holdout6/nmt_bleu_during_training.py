# expect: clean
# category: seq2seq
"""GRU encoder-decoder NMT; greedy translations are printed mid-epoch (eval), and the training
step always switches back to train mode before its forward pass."""
import random
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
random.seed(0)
SRC_V, TGT_V, HID, BOS = 30, 30, 12, 1


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(SRC_V, HID)
        self.rnn = nn.GRU(HID, HID, bidirectional=True, batch_first=True)
        self.bridge = nn.Linear(2 * HID, HID)

    def forward(self, src):
        out, h = self.rnn(self.emb(src))
        return out, torch.tanh(self.bridge(torch.cat([h[0], h[1]], -1))).unsqueeze(0)


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(TGT_V, HID)
        self.rnn = nn.GRU(HID, HID, batch_first=True)
        self.out = nn.Linear(HID, TGT_V)

    def forward(self, tok, h):
        o, h = self.rnn(self.emb(tok), h)
        return self.out(o), h


class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder, self.decoder = Encoder(), Decoder()

    def forward(self, src, tgt, teacher_forcing=0.5):
        _, h = self.encoder(src)
        tok, logits = torch.full((src.size(0), 1), BOS), []
        for t in range(tgt.size(1)):
            step_logits, h = self.decoder(tok, h)
            logits.append(step_logits)
            tok = tgt[:, t:t + 1] if random.random() < teacher_forcing else step_logits.argmax(-1)
        return torch.cat(logits, 1)

    def translate(self, src, max_len=6):
        self.eval()
        with torch.no_grad():
            return self.forward(src, torch.zeros(src.size(0), max_len, dtype=torch.long), 0.0).argmax(-1)


def train_step(model, opt, src, tgt):
    model.train()
    logits = model(src, tgt)
    loss = F.cross_entropy(logits.reshape(-1, TGT_V), tgt.reshape(-1))
    opt.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    return loss.item()


model = Seq2Seq()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
pairs = [(torch.randint(2, SRC_V, (3, 7)), torch.randint(2, TGT_V, (3, 6))) for _ in range(4)]
for epoch in range(2):
    for i, (src, tgt) in enumerate(pairs):
        loss = train_step(model, opt, src, tgt)
        if i % 2 == 1:
            print(epoch, i, round(loss, 3), model.translate(src[:1]).tolist())
