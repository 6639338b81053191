# expect: clean
"""Ferry ramp wear: noisy-student round; teacher reloaded from disk in eval, pseudo-labels under no_grad."""
import os
import tempfile

import torch
import torch.nn as nn

torch.manual_seed(9)


class WearNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1])


def save_teacher(model, path):
    model.eval()
    torch.save(model, path)


def load_teacher(path):
    return torch.load(path, weights_only=False)


x = torch.randn(4, 6, 3)
teacher = WearNet()
path = os.path.join(tempfile.mkdtemp(), "teacher.pt")
save_teacher(teacher, path)
teacher = load_teacher(path)
os.remove(path)
os.rmdir(os.path.dirname(path))
with torch.no_grad():
    pseudo = teacher(x)
student = WearNet()
opt = torch.optim.Adam(student.parameters(), 1e-3)
loss = nn.functional.mse_loss(student(x + 0.1 * torch.randn_like(x)), pseudo)
loss.backward()
opt.step()
print(float(loss))
