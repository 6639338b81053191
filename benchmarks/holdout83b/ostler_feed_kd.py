# expect: clean
"""Ostler's stable: distil a large LSTM feed-schedule teacher into a small GRU student."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)
T = 2.0


class Scheduler(nn.Module):
    def __init__(self, rnn_cls, hidden, n_out=3):
        super().__init__()
        self.embed = nn.Linear(5, hidden)
        self.rnn = rnn_cls(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.rnn(self.embed(x))
        return self.out(h[:, -1])


def distil(student, teacher, steps=4):
    teacher.eval()
    opt = torch.optim.Adam(student.parameters(), lr=5e-3)
    for step in range(steps):
        x = torch.randn(4, 7, 5)
        y = torch.randint(0, 3, (4,))
        with torch.no_grad():
            t_logits = teacher(x)
        s_logits = student(x)
        kd = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean") * T * T
        loss = 0.5 * kd + 0.5 * F.cross_entropy(s_logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    teacher = Scheduler(nn.LSTM, 16)
    student = Scheduler(nn.GRU, 4)
    distil(student, teacher)
