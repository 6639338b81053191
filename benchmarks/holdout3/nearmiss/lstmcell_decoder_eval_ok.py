# expect: clean
# category: nearmiss
"""Attention decoder built from nn.LSTMCell and an encoder of nn.GRUCell, fine-tuned while left in eval mode."""
import torch
from torch import nn

torch.manual_seed(76)


class CellSeq2Seq(nn.Module):
    def __init__(self, vocab=20, dim=12):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.enc_cell = nn.GRUCell(dim, dim)
        self.dec_cell = nn.LSTMCell(2 * dim, dim)
        self.out = nn.Linear(dim, vocab)
        self.dropout = nn.Dropout(0.2)

    def forward(self, src, tgt_in):
        h = torch.zeros(src.size(0), self.enc_cell.hidden_size)
        memory = []
        for t in range(src.size(1)):
            h = self.enc_cell(self.emb(src[:, t]), h)
            memory.append(h)
        memory = torch.stack(memory, 1)
        state = (h, torch.zeros_like(h))
        logits = []
        for t in range(tgt_in.size(1)):
            attn = torch.softmax((memory @ state[0].unsqueeze(-1)).squeeze(-1), -1)
            ctx = (attn.unsqueeze(-1) * memory).sum(1)
            state = self.dec_cell(torch.cat([self.emb(tgt_in[:, t]), ctx], -1), state)
            logits.append(self.out(self.dropout(state[0])))
        return torch.stack(logits, 1)


model = CellSeq2Seq()
model.eval()  # deterministic fine-tuning: no dropout
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(3):
    src = torch.randint(1, 20, (4, 6))
    tgt = src.flip(1)
    tgt_in = torch.cat([torch.zeros(4, 1, dtype=torch.long), tgt[:, :-1]], 1)
    loss = nn.functional.cross_entropy(model(src, tgt_in).reshape(-1, 20), tgt.reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"step {step}: {loss.item():.3f}")
