import torch
import torch.nn.functional as F


class Distiller:
    def __init__(self, teacher, student, temperature, alpha):
        self.teacher = teacher
        self.student = student
        self.T = temperature
        self.alpha = alpha
        self.optimizer = torch.optim.Adam(student.parameters(), lr=1e-2)

    def soft_targets(self, x):
        with torch.no_grad():
            return F.softmax(self.teacher(x) / self.T, dim=-1)

    def loss(self, x, y):
        logits = self.student(x)
        kd = F.kl_div(F.log_softmax(logits / self.T, -1), self.soft_targets(x), reduction="batchmean")
        return self.alpha * kd * self.T ** 2 + (1 - self.alpha) * F.cross_entropy(logits, y)

    def train_epoch(self, data):
        self.student.train()
        total = 0.0
        for x, y in data:
            self.optimizer.zero_grad()
            loss = self.loss(x, y)
            loss.backward()
            self.optimizer.step()
            total += loss.item()
        return total / len(data)

    def evaluate(self, data):
        self.student.eval()
        with torch.no_grad():
            return sum((self.student(x).argmax(-1) == y).float().mean().item() for x, y in data) / len(data)
