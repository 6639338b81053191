# expect: crash
"""Ostler's stable: distil an LSTM teacher into a GRU student, also matching the teacher on student-embedded inputs."""
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
    global bridge
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    bridge = nn.Linear(4, 16)
    opt = torch.optim.Adam(list(student.parameters()) + list(bridge.parameters()), lr=5e-3)
    for step in range(steps):
        x = torch.randn(4, 7, 5)
        y = torch.randint(0, 3, (4,))
        with torch.no_grad():
            t_logits = teacher(x)
        s_logits = student(x)
        kd = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean") * T * T
        # the teacher reads the student's embedding (projected back up): its rnn must agree with the raw-input view
        t_h, _ = teacher.rnn(bridge(student.embed(x)))
        align = F.mse_loss(teacher.out(t_h[:, -1]), t_logits)
        loss = 0.5 * kd + 0.5 * F.cross_entropy(s_logits, y) + 0.1 * align
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    teacher = Scheduler(nn.LSTM, 16)
    student = Scheduler(nn.GRU, 4)
    distil(student, teacher)
