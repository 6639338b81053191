# expect: crash
"""Balloon twisting: predict which twist comes next from a sequence of twists.

A `Workshop` holds a big teacher and a small student. The `serving_model`
property hands out the student ready for serving (eval mode). The distillation
loop uses that property by mistake when it computes the student's outputs.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
N_TWISTS = 7


class TwistNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.emb = nn.Embedding(N_TWISTS, 6)
        self.gru = nn.GRU(6, hidden, batch_first=True)
        self.head = nn.Linear(hidden, N_TWISTS)

    def forward(self, seq):
        h, _ = self.gru(self.emb(seq))
        return self.head(h[:, -1])


class Workshop:
    def __init__(self):
        self.teacher = TwistNet(16)
        self.student = TwistNet(6)
        self.opt = torch.optim.Adam(self.student.parameters(), lr=1e-2)

    @property
    def serving_model(self):
        self.student.eval()
        return self.student

    def pretrain_teacher(self, steps=3):
        opt = torch.optim.Adam(self.teacher.parameters(), lr=1e-2)
        self.teacher.train()
        for _ in range(steps):
            seq = torch.randint(0, N_TWISTS, (4, 6))
            loss = F.cross_entropy(self.teacher(seq[:, :-1]), seq[:, -1])
            opt.zero_grad()
            loss.backward()
            opt.step()
        self.teacher.eval()

    def distil(self, steps=3, T=2.0):
        self.student.train()
        for step in range(steps):
            seq = torch.randint(0, N_TWISTS, (4, 6))
            with torch.no_grad():
                t_logits = self.teacher(seq[:, :-1])
            s_logits = self.serving_model(seq[:, :-1])
            loss = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1),
                            reduction="batchmean") * T * T
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            print("distil step", step, round(loss.item(), 4))


if __name__ == "__main__":
    shop = Workshop()
    shop.pretrain_teacher()
    shop.distil()
