# expect: clean
"""Seq2seq GRU with scheduled sampling; evaluation each epoch, train() at the top of every epoch."""
import random
import torch
import torch.nn as nn

V, H = 12, 10


class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, 6)
        self.enc = nn.GRU(6, H, batch_first=True)
        self.dec = nn.GRU(6, H, batch_first=True)
        self.out = nn.Linear(H, V)

    def forward(self, src, tgt, teacher_p):
        _, h = self.enc(self.emb(src))
        tok = tgt[:, :1]
        logits = []
        for t in range(1, tgt.shape[1]):
            o, h = self.dec(self.emb(tok), h)
            step = self.out(o[:, -1])
            logits.append(step)
            use_teacher = random.random() < teacher_p
            tok = tgt[:, t:t + 1] if use_teacher else step.argmax(-1, keepdim=True)
        return torch.stack(logits, 1)


def evaluate(model, src, tgt):
    model.eval()
    with torch.no_grad():
        logits = model(src, tgt, teacher_p=0.0)
        return (logits.argmax(-1) == tgt[:, 1:]).float().mean().item()


def train_epoch(model, opt, src, tgt, teacher_p):
    model.train()
    logits = model(src, tgt, teacher_p)
    loss = nn.functional.cross_entropy(logits.reshape(-1, V), tgt[:, 1:].reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


if __name__ == "__main__":
    random.seed(0)
    torch.manual_seed(0)
    model = Seq2Seq()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    src, tgt = torch.randint(0, V, (4, 5)), torch.randint(0, V, (4, 6))
    for epoch in range(4):
        p = max(0.25, 1.0 - 0.25 * epoch)
        loss = train_epoch(model, opt, src, tgt, p)
        print(epoch, p, round(loss, 3), evaluate(model, src, tgt))
