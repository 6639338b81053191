# expect: clean
"""Velvet dyeing: predict final shade from a dye-bath temperature trace.

Knowledge distillation where the teacher is evaluated every step (eval mode,
no_grad) and the student is trained. The student is put in eval for a quick
validation after each epoch and the epoch loop calls train() again before the
next distillation batch.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(4)


class ShadeNet(nn.Module):
    def __init__(self, hidden, layers=1):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, num_layers=layers, batch_first=True)
        self.proj = nn.Linear(hidden, 3)

    def forward(self, trace):
        out, _ = self.lstm(trace)
        return self.proj(out.mean(1))


def dye_batch(n=4):
    trace = torch.randn(n, 10, 2)
    rgb = torch.sigmoid(trace.mean(1).repeat(1, 2)[:, :3])
    return trace, rgb


def validate(student):
    student.eval()
    with torch.no_grad():
        x, y = dye_batch(8)
        return F.mse_loss(student(x), y).item()


def main():
    teacher = ShadeNet(16, layers=2)
    student = ShadeNet(5)
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    teacher.eval()
    for epoch in range(3):
        student.train()
        for _ in range(3):
            x, y = dye_batch()
            with torch.no_grad():
                soft = teacher(x)
            pred = student(x)
            loss = 0.5 * F.mse_loss(pred, y) + 0.5 * F.mse_loss(pred, soft)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"epoch {epoch} val {validate(student):.4f}")


if __name__ == "__main__":
    main()
