# expect: clean
"""Mean-teacher training: a staticmethod called through `self` copies the student into the teacher and puts the
teacher (its second parameter) in eval; the student it reads from stays in train mode."""
import copy

import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.gru(x)[0])


class MeanTeacher:
    def __init__(self, student):
        self.student = student
        self.teacher = copy.deepcopy(student)
        self._sync(self.student, self.teacher)
        self.opt = torch.optim.Adam(student.parameters(), lr=1e-3)

    @staticmethod
    def _sync(source, target):
        target.load_state_dict(source.state_dict())
        target.eval()

    def fit(self, batches, epochs=2):
        for _ in range(epochs):
            for x, y in batches:
                with torch.no_grad():
                    soft = self.teacher(x).softmax(-1)
                logits = self.student(x)
                loss = nn.functional.cross_entropy(logits.reshape(-1, 3), y.reshape(-1)) + \
                    (logits.softmax(-1) - soft).pow(2).mean()
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            self._sync(self.student, self.teacher)


if __name__ == "__main__":
    torch.manual_seed(0)
    data = [(torch.randn(4, 7, 6), torch.randint(0, 3, (4, 7))) for _ in range(3)]
    MeanTeacher(Tagger()).fit(data)
    print("done")
