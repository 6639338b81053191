# expect: clean
"""Knowledge distillation between two LSTM models.

The teacher is in eval mode, but it only runs under torch.no_grad(): no backward ever goes through it. The student
is trained in train mode. torchmode tells the two models apart and reports nothing.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LSTMClassifier(nn.Module):
    def __init__(self, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(8, hidden, num_layers=layers, batch_first=True)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        _, (h_n, _) = self.lstm(x)
        return self.fc(h_n[-1])


def distill(teacher, student, steps=5, temperature=2.0, alpha=0.5):
    teacher.eval()
    student.train()
    optimizer = torch.optim.Adam(student.parameters(), lr=1e-3)
    for step in range(steps):
        x, y = torch.randn(16, 12, 8), torch.randint(0, 3, (16,))
        with torch.no_grad():
            teacher_logits = teacher(x)
        student_logits = student(x)
        soft = F.kl_div(
            F.log_softmax(student_logits / temperature, -1),
            F.softmax(teacher_logits / temperature, -1),
            reduction="batchmean",
        ) * temperature**2
        loss = alpha * soft + (1 - alpha) * F.cross_entropy(student_logits, y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    print("distillation loss", distill(LSTMClassifier(64, 2), LSTMClassifier(16, 1)))
