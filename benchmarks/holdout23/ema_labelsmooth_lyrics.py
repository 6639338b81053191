# expect: crash
"""Lyric-line LM: label smoothing towards an EMA teacher's distribution; teacher and student share the embedding table."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

V = 20


class LM(nn.Module):
    def __init__(self, emb):
        super().__init__()
        self.emb = emb
        self.rnn = nn.LSTM(emb.embedding_dim, 8, batch_first=True)
        self.dec = nn.Linear(8, V)

    def forward(self, tok):
        h, _ = self.rnn(self.emb(tok))
        return self.dec(h)


def ema_update(teacher, student, decay=0.99):
    with torch.no_grad():
        for name, tp in teacher.named_parameters():
            if name.startswith("emb."):
                continue
            tp.mul_(decay).add_(dict(student.named_parameters())[name], alpha=1 - decay)


def main():
    torch.manual_seed(7)
    shared = nn.Embedding(V, 6)
    student = LM(shared)
    teacher = LM(shared)
    teacher.rnn = copy.deepcopy(student.rnn)
    teacher.dec = copy.deepcopy(student.dec)
    teacher.rnn.requires_grad_(False)
    teacher.dec.requires_grad_(False)
    teacher.eval()
    opt = torch.optim.Adam(student.parameters(), lr=5e-3)
    eps = 0.1
    for step in range(3):
        tok = torch.randint(0, V, (2, 6))
        inp, tgt = tok[:, :-1], tok[:, 1:]
        logits = student(inp)
        soft = F.softmax(teacher(inp), -1)
        target = (1 - eps) * F.one_hot(tgt, V).float() + eps * soft
        loss = -(target * F.log_softmax(logits, -1)).sum(-1).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        ema_update(teacher, student)
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
