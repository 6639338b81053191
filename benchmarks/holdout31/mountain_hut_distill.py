# expect: clean
"""Mountain-hut water supply: forecast snow-melt inflow to the hut's cistern
from temperature and radiation. A big LSTM teacher (trained once) guides a
tiny GRU student that runs on the hut's microcontroller. The teacher is
evaluated between epochs and the distillation weight follows how good it is
on the latest melt data."""
import torch
from torch import nn
from torch.nn import functional as F

torch.manual_seed(59)


class Teacher(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


class Student(nn.Module):
    def __init__(self, hidden=4):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


def melt_days(n=8, hours=12, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, hours, 2, generator=g)
    y = F.relu(x[..., 0] - 0.3).sum(1) * x[..., 1].mean(1)
    return x, y


def fit(model, steps, seed0=0):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for s in range(steps):
        x, y = melt_days(seed=seed0 + s)
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


@torch.no_grad()
def evaluate(model, seed):
    model.eval()
    x, y = melt_days(seed=seed)
    return F.mse_loss(model(x), y).item()


def distil(teacher, student, epochs=3):
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    alpha = 0.5
    for epoch in range(epochs):
        student.train()
        for b in range(3):
            x, y = melt_days(seed=100 + 10 * epoch + b)
            with torch.inference_mode():
                soft = teacher(x)
            pred = student(x)
            loss = (1 - alpha) * F.mse_loss(pred, y) + alpha * F.mse_loss(pred, soft.clone())
            opt.zero_grad()
            loss.backward()
            opt.step()
        t_val = evaluate(teacher, seed=500 + epoch)
        s_val = evaluate(student, seed=500 + epoch)
        alpha = max(0.1, min(0.9, s_val / (s_val + t_val + 1e-8)))
        print(f"epoch {epoch}: teacher {t_val:.4f} student {s_val:.4f} alpha {alpha:.2f}")


if __name__ == "__main__":
    teacher = Teacher()
    fit(teacher, steps=4)
    teacher.eval()
    distil(teacher, Student())
