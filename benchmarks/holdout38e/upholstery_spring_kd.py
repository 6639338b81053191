# expect: clean
"""Upholsterers' spring tension: distil a big tension model into a small one.

The student starts as a copy of the teacher's weights (same architecture,
then a narrower head is fine-tuned). The teacher is put in eval every step
before it labels the batch.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class TensionNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1]).squeeze(-1)


def coils(batch=5, steps=6):
    x = torch.rand(batch, steps, 2)
    return x, x[..., 0].prod(1) + x[..., 1].mean(1)


def pretrain(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x, y = coils()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def main():
    torch.manual_seed(67)
    teacher = TensionNet()
    pretrain(teacher)
    student = copy.deepcopy(teacher)
    opt = torch.optim.Adam(student.parameters(), lr=5e-3)
    for step in range(5):
        teacher.eval()
        x, _ = coils()
        with torch.no_grad():
            soft = teacher(x)
        loss = F.mse_loss(student(x), soft)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"kd step {step}: {loss.item():.5f} (student training={student.training})")


if __name__ == "__main__":
    main()
