# expect: crash
"""Cidermaker: distil a big pressing-yield GRU teacher into a small student.

The teacher is evaluated every step. Both share the token embedding (tied to save
memory), so the distillation loss reaches the embedding through the teacher too.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
VOCAB, EMB = 20, 8


class Encoder(nn.Module):
    def __init__(self, emb, hidden, n_cls=3):
        super().__init__()
        self.emb = emb
        self.rnn = nn.GRU(EMB, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, tok):
        h, _ = self.rnn(self.emb(tok))
        return self.head(h.mean(1))


def kd_loss(s_logits, t_logits, y, T=2.0, alpha=0.5):
    soft = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1),
                    reduction="batchmean") * T * T
    return alpha * soft + (1 - alpha) * F.cross_entropy(s_logits, y)


def main():
    shared = nn.Embedding(VOCAB, EMB)
    teacher = Encoder(shared, 16)
    student = Encoder(shared, 4)
    params = list(student.parameters())
    opt = torch.optim.Adam(params, lr=1e-2)
    teacher.eval()
    for step in range(3):
        tok = torch.randint(0, VOCAB, (4, 7))
        y = torch.randint(0, 3, (4,))
        t_logits = teacher(tok)
        loss = kd_loss(student(tok), t_logits, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
