# expect: clean
"""Brushmaker bristle-stiffness regressor: distil a GRU teacher into a smaller student."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class BristleNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.proj = nn.Linear(3, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.out(h[:, -1])


def make_batch(n=4, t=6):
    x = torch.randn(n, t, 3)
    return x, x.sum(dim=(1, 2)).unsqueeze(1) * 0.1


teacher = BristleNet(12)
student = BristleNet(6)
opt_t = torch.optim.Adam(teacher.parameters(), lr=1e-2)
for _ in range(3):
    x, y = make_batch()
    loss = nn.functional.mse_loss(teacher(x), y)
    opt_t.zero_grad()
    loss.backward()
    opt_t.step()

teacher.eval()
student.eval()  # "share the same eval settings"
student.train()  # ...but the student must learn
opt_s = torch.optim.Adam(student.parameters(), lr=1e-2)
for step in range(4):
    x, y = make_batch()
    with torch.no_grad():
        soft = teacher(x)
    pred = student(x)
    loss = 0.5 * nn.functional.mse_loss(pred, soft) + 0.5 * nn.functional.mse_loss(pred, y)
    opt_s.zero_grad()
    loss.backward()
    opt_s.step()
print("student done")
