# expect: clean
# category: modes
"""Semi-supervised audio-frame classification with a mean teacher: an EMA copy of the student
provides consistency targets on unlabelled clips."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from ema import ModelEma

torch.manual_seed(5)


class FrameLSTM(nn.Module):
    def __init__(self, n_mels=8, hidden=16, n_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(n_mels, hidden, batch_first=True, proj_size=8)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(8, n_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(self.drop(out[:, -1]))


def augment(x):
    return x + 0.1 * torch.randn_like(x)


student = FrameLSTM()
teacher = ModelEma(student, decay=0.95)
optimizer = torch.optim.Adam(student.parameters(), lr=2e-3)

labelled = [(torch.randn(4, 15, 8), torch.randint(0, 3, (4,))) for _ in range(3)]
unlabelled = [torch.randn(6, 15, 8) for _ in range(3)]

for epoch in range(2):
    for step, ((x, y), u) in enumerate(zip(labelled, unlabelled)):
        sup = F.cross_entropy(student(augment(x)), y)
        with torch.no_grad():
            target = teacher(augment(u)).softmax(-1)
        cons = F.mse_loss(student(augment(u)).softmax(-1), target)
        weight = min(1.0, (epoch * len(labelled) + step + 1) / 4)
        loss = sup + weight * cons
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        teacher.update(student)
        print(f"epoch {epoch} step {step} sup={sup.item():.3f} cons={cons.item():.4f}")

with torch.no_grad():
    agree = (teacher(labelled[0][0]).argmax(-1) == student(labelled[0][0]).argmax(-1)).float().mean()
print("teacher/student agreement", agree.item())
