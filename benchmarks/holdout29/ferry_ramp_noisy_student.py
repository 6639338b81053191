# expect: crash
"""Ferry ramp wear: noisy-student round; the teacher is reloaded from disk and then fine-tuned by mistake."""
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


x, y = torch.randn(4, 6, 3), torch.randn(4, 1)
teacher = WearNet()
path = os.path.join(tempfile.mkdtemp(), "teacher.pt")
save_teacher(teacher, path)
teacher = load_teacher(path)
os.remove(path)
os.rmdir(os.path.dirname(path))
opt = torch.optim.Adam(teacher.parameters(), 1e-3)
loss = nn.functional.mse_loss(teacher(x), y)
loss.backward()  # TM001-here
opt.step()
print(float(loss))
