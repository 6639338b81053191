# expect: clean
"""Bell foundry tuning: predict the strike-note partials of a bell from the
cooling curve of its casting. A wide GRU teacher is trained first, then a
narrow student learns from the teacher's soft targets, evaluated each step."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(21)
STEPS, FEAT, PARTIALS = 10, 3, 5


class PartialNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(FEAT, hidden, batch_first=True)
        self.head = nn.Linear(hidden, PARTIALS)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


def cooling_batch(b=6):
    x = torch.randn(b, STEPS, FEAT).cumsum(1) * 0.2
    y = torch.randint(0, PARTIALS, (b,))
    return x, y


def train_supervised(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x, y = cooling_batch()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


def distill(teacher, student, steps=5, T=2.0, alpha=0.7):
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    for step in range(steps):
        x, y = cooling_batch()
        with torch.no_grad():
            t_logits = teacher(x)
        s_logits = student(x)
        kd = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1),
                      reduction="batchmean") * T * T
        loss = alpha * kd + (1 - alpha) * F.cross_entropy(s_logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} kd={kd.item():.4f} total={loss.item():.4f}")


def main():
    teacher = train_supervised(PartialNet(16))
    teacher = copy.deepcopy(teacher).eval()
    student = PartialNet(6)
    distill(teacher, student)


if __name__ == "__main__":
    main()
