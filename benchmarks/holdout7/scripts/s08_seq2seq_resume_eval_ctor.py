# expect: crash
"""Seq2seq with Bahdanau attention. The script builds the model for "inference" with .eval(), restores a
checkpoint with load_state_dict, then decides to fine-tune it."""
import io

import torch
import torch.nn.functional as F
from torch import nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab=20, dim=8):
        super().__init__()
        self.src_embed = nn.Embedding(vocab, dim)
        self.tgt_embed = nn.Embedding(vocab, dim)
        self.encoder = nn.GRU(dim, dim, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * dim, dim)
        self.decoder = nn.GRU(dim + 2 * dim, dim, batch_first=True)
        self.attn = nn.Linear(dim + 2 * dim, 1)
        self.out = nn.Linear(dim, vocab)

    def forward(self, src, tgt_in):
        enc, h = self.encoder(self.src_embed(src))
        hidden = torch.tanh(self.bridge(torch.cat([h[0], h[1]], -1))).unsqueeze(0)
        logits = []
        for t in range(tgt_in.size(1)):
            q = hidden[-1].unsqueeze(1).expand(-1, enc.size(1), -1)
            w = F.softmax(self.attn(torch.cat([q, enc], -1)).squeeze(-1), -1)
            ctx = (w.unsqueeze(-1) * enc).sum(1, keepdim=True)
            step_in = torch.cat([self.tgt_embed(tgt_in[:, t:t + 1]), ctx], -1)
            o, hidden = self.decoder(step_in, hidden)
            logits.append(self.out(o))
        return torch.cat(logits, 1)


torch.manual_seed(0)
buf = io.BytesIO()
torch.save(Seq2Seq().state_dict(), buf)  # stands in for the released checkpoint
buf.seek(0)

model = Seq2Seq().eval()
model.load_state_dict(torch.load(buf))
with torch.no_grad():
    print("greedy check:", model(torch.randint(0, 20, (1, 5)), torch.zeros(1, 3, dtype=torch.long)).argmax(-1))

# domain fine-tuning
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(2):
    src, tgt = torch.randint(0, 20, (4, 5)), torch.randint(0, 20, (4, 4))
    logits = model(src, tgt[:, :-1])
    loss = F.cross_entropy(logits.reshape(-1, 20), tgt[:, 1:].reshape(-1))
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
    print(step, loss.item())
