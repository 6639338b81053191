# expect: crash
"""Bellwether flock tracking: GPS-collar windows -> which sheep leads next.
Born-again style self-distillation without restarts: each generation's student is frozen in time as the
next generation's teacher, and the student keeps training."""
import copy

import torch
from torch import nn

GENERATIONS, STEPS, T = 3, 3, 2.0


class LeaderNet(nn.Module):
    def __init__(self, n_in=4, hidden=8, n_sheep=5):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_sheep)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


def kd_loss(student_logits, teacher_logits, y, alpha=0.5):
    soft = nn.functional.kl_div(
        nn.functional.log_softmax(student_logits / T, -1),
        nn.functional.softmax(teacher_logits / T, -1),
        reduction="batchmean",
    ) * T * T
    return alpha * soft + (1 - alpha) * nn.functional.cross_entropy(student_logits, y)


def main():
    torch.manual_seed(14)
    data = [(torch.randn(6, 7, 4), torch.randint(0, 5, (6,))) for _ in range(STEPS)]
    teacher = None
    student = LeaderNet().train()
    for gen in range(GENERATIONS):
        opt = torch.optim.Adam(student.parameters(), lr=1e-2)
        for x, y in data:
            logits = student(x)
            if teacher is None:
                loss = nn.functional.cross_entropy(logits, y)
            else:
                with torch.no_grad():
                    t_logits = teacher(x)
                loss = kd_loss(logits, t_logits, y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print(f"generation {gen} last loss {loss.item():.4f}")
        teacher = student
        teacher.eval()  # the student keeps training from where it is


if __name__ == "__main__":
    main()
