# expect: clean
"""Scribe: distil a handwriting-stroke classifier from a bigger teacher.

The teacher is evaluated every step; the student is validated at the end of
each epoch by a helper that leaves it in eval mode.
"""
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
random.seed(0)


class StrokeNet(nn.Module):
    def __init__(self, hidden, n_cls=5):
        super().__init__()
        self.proj = nn.Linear(3, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_cls)

    def forward(self, strokes):
        h, _ = self.rnn(torch.tanh(self.proj(strokes)))
        return self.out(h[:, -1])


def make_batches(n, bs=4, t=7):
    return [(torch.randn(bs, t, 3), torch.randint(0, 5, (bs,))) for _ in range(n)]


def validate(model, batches):
    model.eval()
    correct = total = 0
    with torch.no_grad():
        for x, y in batches:
            correct += (model(x).argmax(-1) == y).sum().item()
            total += y.numel()
    return correct / max(total, 1)


def kd_loss(student_logits, teacher_logits, y, tau=2.0, alpha=0.7):
    soft = F.kl_div(F.log_softmax(student_logits / tau, -1),
                    F.softmax(teacher_logits / tau, -1), reduction="batchmean")
    return alpha * soft * tau * tau + (1 - alpha) * F.cross_entropy(student_logits, y)


def main():
    teacher = StrokeNet(16).eval()
    student = StrokeNet(6)
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    train_b, val_b = make_batches(3), make_batches(2)
    for epoch in range(3):
        student.train()
        for x, y in train_b:
            with torch.no_grad():
                t_logits = teacher(x)
            loss = kd_loss(student(x), t_logits, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        acc = validate(student, val_b)
        print(f"epoch {epoch} val acc {acc:.2f}")


if __name__ == "__main__":
    main()
