# expect: crash
"""Noisy-student round: after pseudo-labelling, the student starts as a copy of the teacher and is trained with
extra dropout noise on the union of labelled and pseudo-labelled windows."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class ECGNet(nn.Module):
    def __init__(self, hidden=12, classes=3, p=0.1):
        super().__init__()
        self.rnn = nn.GRU(1, hidden, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(p)
        self.fc = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(self.dropout(h.mean(1)))


def train(model, x, y, epochs=1):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for i in range(0, len(x), 4):
            loss = F.cross_entropy(model(x[i:i + 4]), y[i:i + 4])
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
    return model


torch.manual_seed(0)
x_lab, y_lab = torch.randn(8, 16, 1), torch.randint(0, 3, (8,))
x_unlab = torch.randn(12, 16, 1)

teacher = ECGNet()
teacher.train()
train(teacher, x_lab, y_lab, epochs=2)

teacher.eval()
with torch.no_grad():
    soft = F.softmax(teacher(x_unlab), -1)
pseudo = soft.argmax(-1)
print("pseudo-label histogram", torch.bincount(pseudo, minlength=3).tolist())

student = copy.deepcopy(teacher)
student.dropout.p = 0.4  # more noise for the student
train(student, torch.cat([x_lab, x_unlab]), torch.cat([y_lab, pseudo]), epochs=1)
print("student done")
